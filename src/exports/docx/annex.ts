/** Compiled annexes after the signature, each from a new page: title, subtitle and the table. */
import { Paragraph, type Table } from 'docx';
import type { Annex } from '../model.js';
import { CENTER, LEFT, RIGHT, size, textWidth, tightSpacing } from './format.js';
import { measure } from './measure.js';
import { plain } from './runs.js';
import { cellParagraph, gridRow, gridTable } from './tables.js';
import { RowStamp, StampedRow } from './stamped-rows.js';

/** A column of figures ("1.234,5", "55,55%", or blank) is right-aligned and narrow; a column of names is wide. */
const figure = /^-?[\d.]+(,\d+)?%?$/;
const isFigureColumn = (annex: Annex, i: number) => annex.rows.some((r) => r[i]) && annex.rows.every((r) => !r[i] || figure.test(r[i]!.trim()));

/** Around a cell's text: Word's cell margins (2 x 108), the borders, and room, as LibreOffice wraps text that fits to the twip. */
const PADDING = 400;

/**
 * Each column as wide as its widest entry (at most half the page), the room left over to the columns of
 * names; when the entries do not fit, every column gives up room in proportion.
 */
function columnWidths(annex: Annex, figures: readonly boolean[]): number[] {
  const need = annex.columns.map((header, i) => Math.min(textWidth / 2, PADDING + Math.max(
    measure(header, size.note, true), ...annex.rows.map((row) => measure(row[i] ?? '', size.note, true)))));
  const total = need.reduce((a, b) => a + b, 0);
  if (total > textWidth) return fill(need.map((n) => Math.floor((n * textWidth) / total)));
  // The first column always holds names, so some column takes the room left.
  const share = (textWidth - total) / figures.filter((f) => !f).length;
  return fill(need.map((n, i) => Math.floor(figures[i] ? n : n + share)));
}

/** Rounding's few twips to the first column, so the table spans the text exactly. */
function fill(widths: number[]): number[] {
  widths[0]! += textWidth - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function annexElements(annex: Annex): (Paragraph | Table)[] {
  const figures = annex.columns.map((_, i) => i > 0 && isFigureColumn(annex, i));
  // compiledAnnexes ends with the "Tổng cộng" rows: set in bold, as totals are.
  const totalFrom = annex.rows.findIndex((r) => r[0]?.trim() === 'Tổng cộng');
  const cells = (row: readonly string[], bold: boolean, header = false) => annex.columns.map((_, i) =>
    [cellParagraph(row[i] ? [{ type: 'text', text: row[i] }] : [], bold, header ? CENTER : figures[i] ? RIGHT : LEFT, size.note)]);
  const heading = [
    new Paragraph({ alignment: CENTER, pageBreakBefore: true, spacing: tightSpacing, children: plain(annex.title, { bold: true }) }),
    new Paragraph({ alignment: CENTER, spacing: { ...tightSpacing, after: 240 }, children: plain(annex.subtitle, { italics: true, size: size.table }) }),
  ];
  if (!annex.columns.length) return heading;
  const widths = columnWidths(annex, figures);
  // A row a unit, thousands of them: written from one prepared row (stamped-rows.ts), the totals from another.
  const stamp = (bold: boolean) => new RowStamp((texts) => gridRow({ header: false, cells: cells(texts, bold) }, widths), widths);
  const [plainRow, totalRow] = [stamp(false), stamp(true)];
  return [
    ...heading,
    gridTable([
      { header: true, cells: cells(annex.columns, true, true) },
      ...annex.rows.map((row, r) => new StampedRow(totalFrom >= 0 && r >= totalFrom ? totalRow : plainRow, annex.columns.map((_, i) => row[i] ?? ''))),
    ], widths),
  ];
}
