/**
 * The district's compiled annex: every recipient's figures, table by table, with a total row where
 * summing means something (counts; not rates or scores, whose rows say `total: 'none'`).
 */
import { formatNumber } from '../core/vi-format.js';
import type { Annex } from '../exports/model.js';
import { cellDecimals, type FigureTableDef, type FigureValues } from '../content/content-schema.js';

export interface UnitFigures {
  unitCode: string;
  unitName: string;
  reportId: number;
  values: FigureValues[string];
}

export interface CompiledTable extends FigureTableDef {
  units: UnitFigures[];
}

/** Sums a row over the units; null when no unit gave a value. */
export function rowTotal(table: CompiledTable, rowKey: string, columnKey: string): number | null {
  let total: number | null = null;
  for (const unit of table.units) {
    const value = unit.values?.[rowKey]?.[columnKey];
    if (typeof value === 'number') total = (total ?? 0) + value;
  }
  return total;
}

export function compiledAnnexes(tables: readonly CompiledTable[], reference: string): Annex[] {
  return tables.map((table, index) => {
    const columns = ['Đơn vị', table.rowHeader, ...table.columns.map((c) => (c.unit ? `${c.label} (${c.unit})` : c.label))];
    const rows: string[][] = [];
    for (const unit of table.units) {
      table.rows.forEach((row, i) => {
        rows.push([i === 0 ? unit.unitName : '', row.label, ...table.columns.map((c) => formatNumber(unit.values?.[row.key]?.[c.key], cellDecimals(row, c)))]);
      });
    }
    table.rows.filter((row) => row.total === 'sum').forEach((row, i) => {
      rows.push([i === 0 ? 'Tổng cộng' : '', row.label, ...table.columns.map((c) => formatNumber(rowTotal(table, row.key, c.key), cellDecimals(row, c)))]);
    });
    return {
      title: tables.length > 1 ? `PHỤ LỤC ${toRoman(index + 1)}` : 'PHỤ LỤC',
      subtitle: `${table.title} của các đơn vị (kèm theo ${reference})`,
      columns,
      rows,
    };
  });
}

function toRoman(n: number): string {
  const numerals: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of numerals) while (n >= value) { out += letters; n -= value; }
  return out;
}
