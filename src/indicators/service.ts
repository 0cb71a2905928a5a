import { and, eq, sql } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import type { Db } from '../core/db/connection.js';
import { conflict, forbidden, invalid, notFound } from '../core/errors.js';
import { recordAudit } from '../core/audit/writer.js';
import { canWrite } from '../core/access/rules.js';
import { formatNumber } from '../core/vi-format.js';
import { isPeriodProblem, parsePeriod, type NamedPeriod } from '../periods/rules.js';
import { readableUnit } from '../units/service.js';
import { indicatorByCode, indicators, validationRules } from './catalogue.js';
import { computeFigures, type Figure } from './engine.js';
import { keptFigures } from './kept-figures.js';
import { checkRules } from './rules.js';
import type { FigureEntry } from './schema.js';
import { indicatorValues } from './tables.js';

export const listIndicators = () => indicators;

function period(spec: string): NamedPeriod {
  const p = parsePeriod(spec);
  if (isPeriodProblem(p)) throw invalid('PERIOD_INVALID', p.message, [{ field: 'querystring.period', message: p.message }]);
  return p;
}

/** A unit's own figures for a period (not its subtree: roll-ups sum them up the tree). */
export async function unitFigures(ctx: Context, code: string, spec: string): Promise<Record<string, Figure>> {
  const p = period(spec);
  return ctx.transaction(async (tx) => {
    const unit = await readableUnit(tx, code);
    return (await keptFigures(tx.db, unit.id, [p]))[0]!;
  });
}

/**
 * Enters (or with null removes) the value of an entered indicator for a period. A value that breaks a
 * rule against the period's other values ("online ≤ received") is refused and nothing changes.
 */
export async function enterFigure(ctx: Context, code: string, indicatorCode: string, spec: string, input: FigureEntry) {
  const def = indicatorByCode.get(indicatorCode);
  if (!def) throw notFound('INDICATOR_NOT_FOUND', `Không có chỉ tiêu mã "${indicatorCode}".`);
  if (def.source.kind !== 'entry') {
    throw invalid('FIGURE_COMPUTED', `Chỉ tiêu "${def.name}" được tính từ ${def.source.kind === 'registry' ? 'sổ theo dõi' : 'các chỉ tiêu khác'}, không nhập tay.`, [{ field: 'indicator', message: 'Chỉ tiêu không nhập tay' }]);
  }
  if (def.dataSet === 'profile') {
    throw invalid('FIGURE_IN_DATA_SET', `"${def.name}" là số liệu đặc điểm tình hình: nhập ở trang Đặc điểm tình hình của năm, cùng các số liệu khác của năm đó.`, [{ field: 'indicator', message: 'Nhập ở trang Đặc điểm tình hình' }]);
  }
  const p = period(spec);
  if (def.decimals === 0 && input.value !== null && !Number.isInteger(input.value)) {
    throw invalid('FIGURE_NOT_INTEGER', `${def.name} phải là số nguyên.`, [{ field: 'value', message: 'Phải là số nguyên' }]);
  }
  return ctx.transaction(async (tx) => {
    const unit = await readableUnit(tx, code);
    if (!canWrite(tx.actor, await tx.scope(), unit.id)) throw forbidden(`Bạn chỉ có quyền xem, không được nhập số liệu của đơn vị mã "${code}".`, 'READ_ONLY');
    const key = and(eq(indicatorValues.indicatorCode, def.code), eq(indicatorValues.unitId, unit.id), eq(indicatorValues.periodStart, p.start), eq(indicatorValues.periodEnd, p.end), eq(indicatorValues.disaggregation, ''));
    const [before] = await tx.db.select().from(indicatorValues).where(key).for('update');
    if (before && input.version !== before.version) {
      throw conflict('FIGURE_VERSION_CONFLICT', `${def.name} ${p.label} vừa được lưu thành ${formatNumber(Number(before.value))} (phiên bản ${before.version}) trong khi bạn nhập. Hãy tải lại rồi nhập lại nếu cần.`, { currentVersion: before.version });
    }
    let version: number | null = null;
    if (input.value === null) {
      if (before) await tx.db.delete(indicatorValues).where(key);
    } else if (before) {
      const [row] = await tx.db.update(indicatorValues).set({ value: input.value, note: input.note ?? null, version: sql`${indicatorValues.version} + 1`, enteredBy: tx.actor.id, enteredAt: new Date(), source: 'entered' }).where(key).returning();
      version = row!.version;
    } else {
      const [row] = await tx.db.insert(indicatorValues).values({ indicatorCode: def.code, unitId: unit.id, periodKind: p.kind, periodStart: p.start, periodEnd: p.end, value: input.value, note: input.note ?? null, enteredBy: tx.actor.id }).onConflictDoNothing().returning();
      if (!row) throw conflict('FIGURE_VERSION_CONFLICT', `${def.name} ${p.label} vừa được người khác nhập trong khi bạn nhập. Hãy tải lại để xem giá trị đó.`, { currentVersion: 1 });
      version = row.version;
    }
    const figures = await computeFigures(tx.db, unit.id, p);
    const broken = checkRules(validationRules.filter((r) => r.severity === 'error' && (r.left === def.code || r.right === def.code)),
      new Map(Object.entries(figures).map(([c, f]) => [c, f.value])));
    // Throwing rolls the transaction back: the value is not kept.
    if (broken.length) throw invalid('FIGURE_RULE_BROKEN', broken.map((b) => b.message).join(' '), broken.map((b) => ({ field: 'value', message: b.message })));
    await recordAudit(tx.db, tx, {
      unitId: unit.id, entity: 'indicator_value', entityId: `${unit.code}/${def.code}/${p.spec}`, action: input.value === null ? 'figure.delete' : 'figure.set',
      before: before ? { value: Number(before.value), note: before.note } : null, after: input.value === null ? null : { value: input.value, note: input.note ?? null },
    });
    return { indicator: def.code, period: p.spec, value: input.value, version, figures };
  });
}

/** Whether a template's row names an indicator danvan computes or records. */
export const isIndicator = (code: string) => indicatorByCode.has(code);

/**
 * What is wrong with a figure row's binding: an indicator the catalogue does not have, or a part
 * ("kind:periodic") the indicator is not broken down by. A row so bound would silently become typed.
 */
export function bindingProblem(row: { label: string; indicator?: string | undefined; disaggregation?: string | undefined }): string | null {
  if (!row.indicator) return row.disaggregation ? `Dòng "${row.label}" có phần "${row.disaggregation}" nhưng không gắn chỉ tiêu nào.` : null;
  const def = indicatorByCode.get(row.indicator);
  if (!def) return `Dòng "${row.label}" gắn chỉ tiêu "${row.indicator}" không có trong danh mục chỉ tiêu.`;
  if (!row.disaggregation) return null;
  const [dimension, option] = row.disaggregation.split(':');
  const by = def.disaggregations.find((d) => d.code === dimension);
  if (!by || !by.options.some((o) => o.code === option)) {
    const known = def.disaggregations.flatMap((d) => d.options.map((o) => `${d.code}:${o.code}`));
    return `Dòng "${row.label}": chỉ tiêu "${def.code}" không chia theo "${row.disaggregation}"${known.length ? ` (có: ${known.join(', ')})` : ''}.`;
  }
  return null;
}

/** A unit's figures for a period, inside the caller's transaction (for features that print them). */
export const figuresFor = async (db: Db, unitId: number, period: NamedPeriod) => (await keptFigures(db, unitId, [period]))[0]!;

/** A unit's figures for each of several periods, in their order (a report's cells name up to four). */
export const figuresForPeriods = (db: Db, unitId: number, periods: readonly NamedPeriod[]) => keptFigures(db, unitId, periods);

/** The validation rules between indicators that these values (of one unit and period) break. */
export const brokenRules = (values: ReadonlyMap<string, number | null>) => checkRules(validationRules, values);

/** An indicator's unit of measure ("đợt", "vụ"), as report text counts it. */
export const unitOfMeasure = (code: string) => indicatorByCode.get(code)?.unitOfMeasure ?? null;
