/**
 * A report's figure tables as the registries fill them: each bound cell's value for the report's unit and
 * the cell's period, where it comes from, the writer's replacement and its reason, and, once submitted, the
 * values the level above received (with a mark where the registries have changed since).
 */
import type { Context } from '../core/context.js';
import { consistentTexts, figureTablesByKey, walkSections, type ReportSection } from '../content/content-schema.js';
import { fillDraft } from '../content/draft-sentences.js';
import { documentsIssuedBy } from '../documents/service.js';
import { citationOf } from '../documents/rules.js';
import type { NamedPeriod } from '../periods/rules.js';
import { periodWording } from '../periods/wording.js';
import type { ReportContent } from '../content/meta-schema.js';
import { formatNumber } from '../core/vi-format.js';
import { figuresFor, figuresForPeriods, isIndicator, unitOfMeasure } from '../indicators/service.js';
import { textFigureWarnings } from './figure-text-rules.js';
import { boundCells, cellKey, columnLabel, printedFigures, replacement, reportPeriodOf, type BoundCell } from './figure-rules.js';
import type { LoadedReport } from './report-access.js';
import type { FigureCellOut, ReportOut } from './schema.js';

export const reportPeriod = (loaded: Pick<LoadedReport, 'request'>) => (loaded.request ? reportPeriodOf(loaded.request.periodStart, loaded.request.periodEnd) : null);

export const cellsOf = (content: ReportContent, loaded: Pick<LoadedReport, 'request'>) => boundCells(content.sections, reportPeriod(loaded), isIndicator);

type Computed = { value: number | null; formatted: string; approximate: boolean };

/** The engine's value of each cell: one figures call per period the cells name. */
export async function computeCells(ctx: Context, unitId: number, cells: readonly BoundCell[]): Promise<Map<string, Computed>> {
  const byPeriod = new Map<string, BoundCell[]>();
  for (const c of cells) byPeriod.set(c.period.spec, [...(byPeriod.get(c.period.spec) ?? []), c]);
  const values = new Map<string, Computed>();
  const groups = [...byPeriod.values()];
  const figuresByGroup = await figuresForPeriods(ctx.db, unitId, groups.map((g) => g[0]!.period));
  for (const [i, group] of groups.entries()) {
    const figures = figuresByGroup[i]!;
    for (const c of group) {
      const f = figures[c.indicator];
      const value = c.disaggregation ? f?.by?.[c.disaggregation] ?? (f?.value === null ? null : 0) : f?.value ?? null;
      const formatted = c.disaggregation ? formatNumber(value) : f?.formatted ?? '';
      values.set(cellKey(c.table, c.row, c.column), { value, formatted, approximate: !c.disaggregation && f?.approximate === true });
    }
  }
  return values;
}

/** Whether the reader gets the values frozen at submission: the level above always, the unit once it is out of its hands. */
const frozenFor = (loaded: LoadedReport) => (loaded.side === 'above' || loaded.report.status === 'submitted' || loaded.report.status === 'accepted') && loaded.report.figureSnapshot !== null;

export interface ReportFigures {
  cells: BoundCell[];
  computed: Map<string, Computed>;
  frozen: Record<string, number | null> | null;
}

export async function reportFigures(ctx: Context, loaded: LoadedReport, content: ReportContent): Promise<ReportFigures> {
  const cells = cellsOf(content, loaded);
  return { cells, computed: await computeCells(ctx, loaded.report.unitId, cells), frozen: frozenFor(loaded) ? loaded.report.figureSnapshot : null };
}

/** What each bound cell shows and why, for the editor and the reader. */
export function figureCellsOut(content: ReportContent, figures: ReportFigures): FigureCellOut[] {
  return figures.cells.map((cell) => {
    const key = cellKey(cell.table, cell.row, cell.column);
    const live = figures.computed.get(key)!;
    const replaced = replacement(content, cell);
    const frozen = figures.frozen && key in figures.frozen ? figures.frozen[key]! : undefined;
    const value = replaced ? replaced.value : frozen !== undefined ? frozen : live.value;
    return {
      table: cell.table, row: cell.row, column: cell.column, indicator: cell.indicator, disaggregation: cell.disaggregation,
      period: cell.period.spec, periodLabel: cell.period.label, value,
      source: replaced ? 'override' : frozen !== undefined ? 'submitted' : 'computed',
      reason: replaced?.reason ?? null, computed: live.value, computedText: live.formatted, approximate: live.approximate,
      // Someone reading what was submitted (or replaced) sees that the registries say otherwise now.
      changed: value !== live.value,
    };
  });
}

/**
 * The content as the document prints it: bound cells filled, an estimate from the registries written as
 * one ("khoảng 250"), the writer's replacements as the writer wrote them.
 */
export function printedContent(content: ReportContent, figures: ReportFigures): ReportContent {
  const printed = printedFigures(content, figures.cells, (c) => {
    const key = cellKey(c.table, c.row, c.column);
    return figures.frozen && key in figures.frozen ? figures.frozen[key]! : figures.computed.get(key)?.value ?? null;
  });
  const figureTexts = structuredClone(content.figureTexts ?? {});
  for (const c of figures.cells) {
    const live = figures.computed.get(cellKey(c.table, c.row, c.column));
    const value = printed[c.table]?.[c.row]?.[c.column];
    if (!replacement(content, c) && live?.approximate && live.value === value) ((figureTexts[c.table] ??= {})[c.row] ??= {})[c.column] = live.formatted;
  }
  return { ...content, figures: printed, figureTexts: consistentTexts(figureTexts, printed) };
}

/** The values a submission freezes, cell by cell (replacements included: it is what the level above reads). */
export function snapshotOf(content: ReportContent, figures: ReportFigures): Record<string, number | null> {
  return Object.fromEntries(figureCellsOut(content, { ...figures, frozen: null }).map((c) => [cellKey(c.table, c.row, c.column), c.value]));
}

/** "Số liệu "Tiếp công dân": Đơn tiếp nhận / Năm 2023" for messages and the audit log. */
export function cellLabeller(content: ReportContent, loaded: Pick<LoadedReport, 'request'>) {
  const tables = figureTablesByKey(content.sections);
  const period = reportPeriod(loaded);
  return (c: BoundCell) => {
    const table = tables.get(c.table);
    const column = table?.columns.find((col) => col.key === c.column);
    return `Số liệu "${table?.title ?? c.table}": ${table?.rows.find((r) => r.key === c.row)?.label ?? c.row} / ${column ? columnLabel(column.label, column.period, period) : c.column}`;
  };
}

/** Numbers in the text that the tables beside them contradict ("06 đợt" written, 5 in the registry). */
export function textWarnings(content: ReportContent, cells: FigureCellOut[]) {
  const tables = figureTablesByKey(content.sections);
  return textFigureWarnings(content.sections, cells.flatMap((c) => {
    const unit = unitOfMeasure(c.indicator);
    // The figure as written: the writer's ("hơn 256"), or the registries' estimate ("khoảng 250").
    const text = c.source === 'override' ? content.figureTexts?.[c.table]?.[c.row]?.[c.column] ?? null : c.approximate && c.value === c.computed ? c.computedText : null;
    return unit && unit !== '%' ? [{ table: c.table, row: c.row, unit, name: tables.get(c.table)?.rows.find((r) => r.key === c.row)?.label ?? c.indicator, value: c.value, text }] : [];
  }));
}

export type { ReportOut };

/**
 * The sentences the template gives its sections, filled from the unit's figures for the report's period
 * and the documents it issued then, naming the period as the request does ("Trong 6 tháng đầu năm, ...");
 * a section the writer has not started gets its sentence to edit.
 */
export async function withDraftSentences(tx: Context, sections: ReportSection[], unit: { id: number; name: string; typeName: string }, period: NamedPeriod) {
  const drafted = [...walkSections(sections)].filter(({ section }) => section.draft && section.blocks.length === 0);
  if (!drafted.length) return;
  const figures = await figuresFor(tx.db, unit.id, period);
  const documents = (await documentsIssuedBy(tx.db, unit, period.start, period.end))
    .map((d) => `${citationOf(d)}${d.summary ? ` về ${d.summary}` : ''}`);
  const body = `UBND ${unit.typeName.toLocaleLowerCase('vi')}`;
  const words = periodWording(period.start, period.end);
  for (const { section } of drafted) section.blocks = [{ type: 'paragraph', marker: null, content: fillDraft(section.draft, { figures, documents, body, period: words }) }];
}
