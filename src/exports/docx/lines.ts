/** Building pieces shared by the header, the title and the signature: centred lines, rules, layout tables. */
import { LineRuleType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { CENTER, ruleBorder, tightSpacing } from './format.js';
import { plain, type RunStyle } from './runs.js';

/** A centred line of the header or the signature block, single spaced. */
export const centred = (text: string, style: RunStyle, before = 0) =>
  new Paragraph({ alignment: CENTER, spacing: { ...tightSpacing, before }, children: plain(text, style) });

/**
 * A solid rule `width` twips long, centred in a column `columnWidth` wide: the top border of an empty
 * paragraph 1 pt high, narrowed by its indents. Word and LibreOffice both draw it where it is, unlike a
 * drawn line, which each anchors its own way. The 3 pt before keeps it clear of the marks under Vietnamese
 * letters (Ạ, Ụ) in the line above.
 */
export function rule(width: number, columnWidth: number, after = 0): Paragraph {
  const indent = Math.max(0, Math.floor((columnWidth - width) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 60, after, line: 20, lineRule: LineRuleType.EXACT },
    border: { top: ruleBorder },
    children: [],
  });
}

/**
 * A table that only places things side by side (header, signature): no borders on the table or its
 * cells, and no cell padding, so each column's text spans the column's full width.
 */
export function layoutTable(widths: readonly number[], rows: readonly (readonly Paragraph[])[][], cantSplit = false): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map((cells) => new TableRow({
      cantSplit,
      children: cells.map((children, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, borders: TableBorders.NONE, children: [...children] })),
    })),
  });
}
