/**
 * The figures of one unit for one period, each with where it comes from. Registry indicators are counted
 * from the registry's indexed records at read time; entered ones are read from indicator_values, combined
 * over the period when entered by quarter or month; ratios are recomputed from their parts.
 */
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../core/db/connection.js';
import type { NamedPeriod } from '../periods/rules.js';
import { measures, type TotalsCache } from './measures.js';
import { indicators, validationRules, type IndicatorDefinition } from './catalogue.js';
import { checkRules, combineEntries, formatValue, ratePercent, type EnteredValue } from './rules.js';
import { indicatorValues } from './tables.js';
import { fullNameOf } from '../core/access/people.js';

export interface Figure {
  value: number | null;
  formatted: string;
  source: 'computed' | 'entered' | 'imported' | null;
  numerator?: number | null;
  denominator?: number | null;
  /** Counts by disaggregation option (`field:economy`). */
  by?: Record<string, number>;
  /** Estimated in part: printed "khoảng 250". */
  approximate?: boolean;
  /** The entered periods that made the value, and whether they cover the whole period. */
  parts?: string[];
  complete?: boolean;
  enteredBy?: string | null;
  enteredAt?: string | null;
  /** The entry's version when it was entered for this very period: what an edit of it names. */
  version?: number;
  /** Broken validation rules that involve this indicator. */
  checks: string[];
}

const monthsBetween = (start: string, end: string) =>
  (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(start.slice(5, 7)) + 1;

type EntryRow = EnteredValue & { code: string; source: string; enteredBy: string | null; enteredAt: Date; version: number };

async function entriesWithin(db: Db, unitId: number, period: NamedPeriod): Promise<EntryRow[]> {
  const rows = await db.select({
    code: indicatorValues.indicatorCode, periodKind: indicatorValues.periodKind, periodStart: indicatorValues.periodStart,
    periodEnd: indicatorValues.periodEnd, value: indicatorValues.value, source: indicatorValues.source, version: indicatorValues.version,
    enteredBy: fullNameOf(sql`${indicatorValues.enteredBy}`), enteredAt: indicatorValues.enteredAt,
  }).from(indicatorValues).where(and(
    eq(indicatorValues.unitId, unitId), eq(indicatorValues.disaggregation, ''),
    // Overlapping the period: a year's stock answers for its quarters too.
    lte(indicatorValues.periodStart, period.end), gte(indicatorValues.periodEnd, period.start),
  ));
  return rows.map((r) => ({ ...r, value: Number(r.value), spec: specOf(r.periodKind, r.periodStart, r.periodEnd) }));
}

/** The API's name of a stored period ("2023Q1"): the inverse of parsePeriod for the kinds stored. */
function specOf(kind: string, start: string, end: string): string {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7));
  switch (kind) {
    case 'month': return start.slice(0, 7);
    case 'quarter': return `${year}Q${(month + 2) / 3}`;
    case 'half_year': return `${year}H${month === 1 ? 1 : 2}`;
    case 'year': return year;
    default: return `${year}..${end.slice(0, 4)}`;
  }
}

async function registryFigure(db: Db, def: IndicatorDefinition & { source: { kind: 'registry' } }, unitId: number, period: NamedPeriod, cache: TotalsCache): Promise<Figure> {
  const measure = measures[`${def.source.registry}/${def.source.measure}`];
  if (!measure) throw new Error(`No measure for ${def.code}`);
  const m = await measure(db, unitId, period, cache);
  const formatted = formatValue(def, m.value);
  return {
    value: m.value, formatted: m.approximate ? `khoảng ${formatted}` : formatted, source: 'computed',
    ...(m.by ? { by: m.by } : {}), ...(m.approximate ? { approximate: true } : {}), checks: [],
  };
}

function entryFigure(def: IndicatorDefinition, entries: EntryRow[], period: NamedPeriod): Figure {
  const mine = entries.filter((e) => e.code === def.code);
  const combined = combineEntries(mine, period, monthsBetween(period.start, period.end), def.overTime);
  if (!combined) return { value: null, formatted: '', source: null, checks: [] };
  const used = mine.filter((e) => combined.parts.includes(e.spec));
  const latest = used.reduce((a, b) => (a.enteredAt > b.enteredAt ? a : b));
  return {
    value: combined.value, formatted: formatValue(def, combined.value), source: latest.source === 'imported' ? 'imported' : 'entered',
    parts: combined.parts, complete: combined.complete, enteredBy: latest.enteredBy, enteredAt: latest.enteredAt.toISOString(), checks: [],
    ...(used.length === 1 && used[0]!.periodStart === period.start && used[0]!.periodEnd === period.end ? { version: used[0]!.version } : {}),
  };
}

export async function computeFigures(db: Db, unitId: number, period: NamedPeriod): Promise<Record<string, Figure>> {
  const entries = await entriesWithin(db, unitId, period);
  const figures: Record<string, Figure> = {};
  const cache: TotalsCache = new Map();
  for (const def of indicators) {
    if (def.source.kind === 'registry') figures[def.code] = await registryFigure(db, def as IndicatorDefinition & { source: { kind: 'registry' } }, unitId, period, cache);
    else if (def.source.kind === 'entry') figures[def.code] = entryFigure(def, entries, period);
  }
  for (const def of indicators) {
    if (def.source.kind !== 'ratio') continue;
    const numerator = figures[def.source.numerator]?.value ?? null;
    const denominator = figures[def.source.denominator]?.value ?? null;
    const value = ratePercent(numerator, denominator);
    figures[def.code] = { value, formatted: formatValue(def, value), source: value === null ? null : 'computed', numerator, denominator, checks: [] };
  }
  const values = new Map(Object.entries(figures).map(([code, f]) => [code, f.value]));
  for (const breach of checkRules(validationRules, values)) {
    for (const code of breach.indicators) figures[code]!.checks.push(breach.message);
  }
  return figures;
}
