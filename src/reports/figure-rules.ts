/**
 * Which cells of a report's figure tables fill themselves, and what a cell shows. A cell is bound when its
 * row names an indicator of the catalogue, its column names a period, and the report has a period (the
 * request's): its value comes from the registries, unless the writer replaced it and said why. A report
 * without a request, and a cell that is not bound, is typed as before.
 */
import { walkSections, type ColumnPeriod, type FigureOverrides, type FigureValues, type ReportSection } from '../content/content-schema.js';
import { formatDate } from '../core/vi-format.js';
import { parsePeriod, periodOfDates, isPeriodProblem, type NamedPeriod } from '../periods/rules.js';

export interface BoundCell {
  table: string;
  row: string;
  column: string;
  indicator: string;
  disaggregation: string | null;
  /** The period the cell counts, as the figures API names it ("2023", "2025Q1"). */
  period: NamedPeriod;
}

/** A request's period as the engine counts it; a span that is no named period is counted day to day. */
export function reportPeriodOf(start: string, end: string): NamedPeriod {
  return periodOfDates(start, end) ?? { kind: 'years', spec: `${start}/${end}`, label: `từ ngày ${formatDate(start)} đến ngày ${formatDate(end)}`, start, end };
}

export function columnPeriod(period: ColumnPeriod | undefined, report: NamedPeriod): NamedPeriod | null {
  if (!period) return null;
  if (period === 'report') return report;
  const back = period === 'year' ? 0 : Number(period.slice(5));
  const year = parsePeriod(String(Number(report.end.slice(0, 4)) - back));
  return isPeriodProblem(year) ? null : year;
}

/** "Năm {năm}" with the column's year; other labels as written. */
export function columnLabel(label: string, period: ColumnPeriod | undefined, report: NamedPeriod | null): string {
  const p = report ? columnPeriod(period, report) : null;
  return p && p.kind === 'year' ? label.replace('{năm}', p.spec) : label.replace('{năm}', '...');
}

export const cellKey = (table: string, row: string, column: string) => `${table}/${row}/${column}`;

export function boundCells(sections: readonly ReportSection[], report: NamedPeriod | null, isIndicator: (code: string) => boolean): BoundCell[] {
  if (!report) return [];
  const cells: BoundCell[] = [];
  for (const { section } of walkSections(sections)) {
    for (const table of section.figureTables) {
      for (const row of table.rows) {
        if (!row.indicator || !isIndicator(row.indicator)) continue;
        for (const column of table.columns) {
          const period = columnPeriod(column.period, report);
          if (period) cells.push({ table: table.key, row: row.key, column: column.key, indicator: row.indicator, disaggregation: row.disaggregation ?? null, period });
        }
      }
    }
  }
  return cells;
}

const typed = (figures: FigureValues, c: Pick<BoundCell, 'table' | 'row' | 'column'>) => figures[c.table]?.[c.row]?.[c.column];
const reasonOf = (overrides: FigureOverrides, c: Pick<BoundCell, 'table' | 'row' | 'column'>) => overrides[c.table]?.[c.row]?.[c.column] ?? null;

/**
 * A bound cell the writer replaced: a reason marks it (its value may be blank: "the source gives none"),
 * and a value typed before the cell was bound counts as replaced too.
 */
export function replacement(content: { figures: FigureValues; figureOverrides: FigureOverrides }, cell: BoundCell): { value: number | null; reason: string | null } | null {
  const reason = reasonOf(content.figureOverrides, cell);
  const value = typed(content.figures, cell) ?? null;
  if (reason !== null) return { value, reason };
  return value !== null ? { value, reason: null } : null;
}

export interface OverrideChange {
  cell: BoundCell;
  value: number | null;
  reason: string;
}

export type OverrideProblem = { field: string; message: string };

/**
 * What a save changes in the replaced figures: each new or changed replacement needs a reason; a value
 * removed with its reason gives the cell back to the registries.
 */
export function overrideChanges(before: { figures: FigureValues; figureOverrides: FigureOverrides }, after: { figures: FigureValues; figureOverrides: FigureOverrides }, cells: readonly BoundCell[], labelOf: (c: BoundCell) => string): { changes: OverrideChange[]; problems: OverrideProblem[] } {
  const changes: OverrideChange[] = [];
  const problems: OverrideProblem[] = [];
  for (const cell of cells) {
    const was = replacement(before, cell);
    const now = replacement(after, cell);
    if (!now || (was && was.value === now.value && was.reason === now.reason)) continue;
    if (now.reason === null) {
      problems.push({ field: `content.figureOverrides.${cell.table}.${cell.row}.${cell.column}`, message: `${labelOf(cell)} được tính từ sổ theo dõi: muốn sửa phải ghi lý do.` });
      continue;
    }
    changes.push({ cell, value: now.value, reason: now.reason });
  }
  return { changes, problems };
}

/** The figures as printed: bound cells get their computed (or frozen) value unless replaced. */
export function printedFigures(content: { figures: FigureValues; figureOverrides: FigureOverrides }, cells: readonly BoundCell[], valueOf: (c: BoundCell) => number | null): FigureValues {
  const figures = structuredClone(content.figures);
  for (const cell of cells) {
    if (replacement(content, cell)) continue;
    ((figures[cell.table] ??= {})[cell.row] ??= {})[cell.column] = valueOf(cell);
  }
  return figures;
}

/** A new draft's tables with "{năm}" in their column labels written out for the report's period. */
export function withColumnYears(sections: ReportSection[], report: NamedPeriod | null): ReportSection[] {
  for (const { section } of walkSections(sections)) {
    for (const table of section.figureTables) {
      for (const column of table.columns) column.label = columnLabel(column.label, column.period, report);
    }
  }
  return sections;
}
