/** Tables in the text: the writer's own tables and the template's figure tables, full width, single lines. */
import { LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { cellDecimals, type FigureTableDef, type FigureTexts, type FigureValues, type Inline, type Table as TableBlock } from '../../content/content-schema.js';
import { printedFigure } from '../../content/written-figures.js';
import { bodySpacing, CENTER, gridBorders, LEFT, RIGHT, size, textWidth, type Alignment } from './format.js';
import { inlineRuns, plain } from './runs.js';

interface Row {
  cells: Paragraph[][];
  /** A heading row: repeated at the top of each page the table runs onto. */
  header: boolean;
}

export function gridRow(row: Row, widths: readonly number[]): TableRow {
  return new TableRow({
    tableHeader: row.header,
    cantSplit: true,
    children: row.cells.map((children, i) => new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA }, borders: gridBorders, children,
      // Headings of different lengths share a middle line.
      verticalAlign: row.header ? VerticalAlignTable.CENTER : undefined,
    })),
  });
}

/** A full-width table of single lines; rows already built (stamped-rows.ts) are taken as they are. */
export function gridTable(rows: readonly (Row | TableRow)[], widths: readonly number[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    rows: rows.map((row) => (row instanceof TableRow ? row : gridRow(row, widths))),
  });
}

export const cellParagraph = (content: readonly Inline[], bold: boolean, alignment: Alignment, fontSize: number = size.table) =>
  new Paragraph({ alignment, spacing: { before: 40, after: 40 }, children: inlineRuns(content, { size: fontSize, bold }) });

const text = (t: string): Inline[] => [{ type: 'text', text: t }];

/** 6 pt after a table; also keeps two tables in a row from merging into one, as Word merges them. */
export const afterTable = () => new Paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] });

/** Columns split evenly, so the table spans the text width. */
const evenWidths = (columns: number) => Array.from({ length: columns }, (_, i) =>
  Math.floor(textWidth / columns) + (i === 0 ? textWidth % columns : 0));

export function blockTable(table: TableBlock): (Paragraph | Table)[] {
  return [gridTable(table.rows.map((row, r) => {
    const header = r < table.headerRows;
    return { header, cells: row.map((cell) => [cellParagraph(cell.content, header, header ? CENTER : LEFT)]) };
  }), evenWidths(table.rows[0]!.length)), afterTable()];
}

/**
 * A figure table: its title, then the row header and one column per figure ("label (unit)"), a row per
 * item with the figures the Vietnamese way (6.957,81) and as written ("715,10", "hơn 256"), blank where none
 * was entered.
 */
export function figureTable(table: FigureTableDef, values: FigureValues[string] | undefined, texts: FigureTexts[string] | undefined): (Paragraph | Table)[] {
  const first = Math.round(textWidth * 0.4);
  const rest = Math.floor((textWidth - first) / table.columns.length);
  const widths = [textWidth - rest * table.columns.length, ...table.columns.map(() => rest)];
  return [
    new Paragraph({ spacing: { ...bodySpacing, after: 60 }, keepNext: true, children: plain(table.title, { bold: true, italics: true, size: size.table }) }),
    gridTable([
      { header: true, cells: [table.rowHeader, ...table.columns.map((c) => (c.unit ? `${c.label} (${c.unit})` : c.label))].map((t) => [cellParagraph(text(t), true, CENTER)]) },
      ...table.rows.map((row) => ({
        header: false,
        cells: [[cellParagraph(text(row.label), false, LEFT)], ...table.columns.map((c) => {
          const value = printedFigure(values?.[row.key]?.[c.key], texts?.[row.key]?.[c.key], cellDecimals(row, c));
          return [cellParagraph(value ? text(value) : [], false, RIGHT)];
        })],
      })),
    ], widths),
    afterTable(),
  ];
}
