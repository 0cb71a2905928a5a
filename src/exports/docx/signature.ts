/** "Nơi nhận" on the left, the signature block on the right (Phụ lục I, mục II.7-8), without borders. */
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { recipientLines, signatureLines } from '../../reports/document-rules.js';
import type { ReportMeta } from '../../reports/meta-schema.js';
import { CENTER, LEFT, size, textWidth, tightSpacing } from './format.js';
import { plain } from './runs.js';

const leftWidth = Math.round(textWidth * 0.45);
const rightWidth = textWidth - leftWidth;

export function signatureTable(meta: ReportMeta): Table {
  const recipients = meta.recipients.length ? [
    new Paragraph({ alignment: LEFT, spacing: tightSpacing, children: [plain('Nơi nhận:', { size: size.note, bold: true, italics: true })] }),
    ...recipientLines(meta.recipients).map((text) => new Paragraph({ alignment: LEFT, spacing: tightSpacing, children: [plain(text, { size: size.recipient })] })),
  ] : [new Paragraph({ children: [] })];
  const signature = [
    ...signatureLines(meta.signer).map((text) => new Paragraph({ alignment: CENTER, spacing: tightSpacing, children: [plain(text, { bold: true })] })),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => new Paragraph({ spacing: tightSpacing, children: [plain('')] })),
    new Paragraph({ alignment: CENTER, spacing: tightSpacing, children: [plain(meta.signer.name, { bold: true })] }),
  ];
  const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(leftWidth, recipients), cell(rightWidth, signature)] })],
  });
}
