/** Compiled annexes after the signature, each on its own page. */
import { BorderStyle, PageBreak, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Annex } from '../model.js';
import { CENTER, LEFT, RIGHT, size, textWidth, tightSpacing } from './format.js';
import { plain } from './runs.js';

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

export function annexElements(annex: Annex): (Paragraph | Table)[] {
  const firstTwo = [Math.round(textWidth * 0.22), Math.round(textWidth * 0.3)];
  const restCount = Math.max(1, annex.columns.length - 2);
  const rest = Math.floor((textWidth - firstTwo[0]! - firstTwo[1]!) / restCount);
  const widths = annex.columns.map((_, i) => (i < 2 ? firstTwo[i]! : rest));
  const cell = (text: string, i: number, header: boolean) => new TableCell({
    width: { size: widths[i]!, type: WidthType.DXA }, borders,
    children: [new Paragraph({ alignment: header ? CENTER : i < 2 ? LEFT : RIGHT, spacing: { before: 30, after: 30 }, children: [plain(text, { size: size.annex, bold: header || text === 'Tổng cộng' })] })],
  });
  return [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ alignment: CENTER, spacing: tightSpacing, children: [plain(annex.title, { bold: true })] }),
    new Paragraph({ alignment: CENTER, spacing: { ...tightSpacing, after: 200 }, children: [plain(annex.subtitle, { italics: true, size: size.body13 })] }),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, children: annex.columns.map((c, i) => cell(c, i, true)) }),
        ...annex.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false)) })),
      ],
    }),
  ];
}
