/** The header block: a borderless two-column table (Phụ lục I, mục II.1-4 and the sample layout). */
import { BorderStyle, LineRuleType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { formatDocNumber, formatPlaceDate } from '../../reports/document-rules.js';
import type { ReportMeta } from '../../reports/meta-schema.js';
import { CENTER, size, textWidth, tightSpacing } from './format.js';
import { plain } from './runs.js';

const leftWidth = 3600; // about 6,35 cm
const rightWidth = textWidth - leftWidth;

/** A solid line under a heading, `width` twips long, centred in a column `columnWidth` wide. */
export function rule(width: number, columnWidth: number): Paragraph {
  const indent = Math.max(0, Math.round((columnWidth - width) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    // An exact 2 pt line: the rule sits just under the text above without touching it.
    spacing: { before: 40, after: 40, line: 40, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

const line = (text: string, style: { size: number; bold?: boolean; italics?: boolean }, spacing: { before?: number; after?: number; line?: number } = tightSpacing) =>
  new Paragraph({ alignment: CENTER, spacing, children: [plain(text, style)] });

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });

export function headerTable(meta: ReportMeta): Table {
  const left = [
    ...(meta.parentBody ? [line(meta.parentBody.toLocaleUpperCase('vi'), { size: size.body13 })] : []),
    line(meta.issuingBody.toLocaleUpperCase('vi'), { size: size.body13, bold: true }),
    // 1/3 to 1/2 of the issuing body's line.
    rule(1300, leftWidth),
    line(formatDocNumber(meta.number, meta.symbol), { size: size.body13 }, { ...tightSpacing, before: 60 }),
  ];
  const right = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: size.motto, bold: true }),
    line('Độc lập - Tự do - Hạnh phúc', { size: size.slogan, bold: true }),
    // As long as the slogan.
    rule(3700, rightWidth),
    line(formatPlaceDate(meta.place, meta.date), { size: size.body, italics: true }, { ...tightSpacing, before: 60 }),
  ];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(leftWidth, left), cell(rightWidth, right)] })],
  });
}

/** "DỰ THẢO" in a box above the header, so a draft is never taken for the signed copy. */
export function draftMark(): Paragraph {
  const side = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 };
  return new Paragraph({
    spacing: { before: 0, after: 120 },
    indent: { right: textWidth - 1500 },
    alignment: CENTER,
    border: { top: side, bottom: side, left: side, right: side },
    children: [plain('DỰ THẢO', { size: size.body13, bold: true })],
  });
}
