/**
 * The header: a borderless table, the bodies and the number on the left, quốc hiệu, tiêu ngữ and the
 * place and date on the right (Nghị định 30/2020/NĐ-CP, Phụ lục I: Quốc hiệu và Tiêu ngữ, tên cơ quan,
 * số và ký hiệu, địa danh và thời gian). Its second row puts "Số:" and the date on one line, as the
 * decree's model layout does.
 */
import { BorderStyle, Paragraph, type Table } from 'docx';
import { formatDocNumber, formatPlaceDate } from '../../content/document-rules.js';
import type { ReportMeta } from '../../content/meta-schema.js';
import { CENTER, size, textWidth } from './format.js';
import { centred, layoutTable, rule } from './lines.js';
import { measure } from './measure.js';
import { plain } from './runs.js';

export const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const SLOGAN = 'Độc lập - Tự do - Hạnh phúc';

/**
 * The right column fits the quốc hiệu, bold 13 pt, on one line (5424 twips) with room to spare; the left
 * one, 6,35 cm, fits "UBND HUYỆN TRÀ BỒNG" and "ỦY BAN NHÂN DÂN" (2448) as the seeds set them.
 */
export const headerColumns = [3600, textWidth - 3600] as const;
const [leftWidth, rightWidth] = headerColumns;

/** Where a body's name breaks when it is too long for its column: before its level, as clerks set it. */
const beforeLevel = /\s(?=(?:THỊ XÃ|THỊ TRẤN|THÀNH PHỐ|ĐẶC KHU|XÃ|PHƯỜNG|HUYỆN|QUẬN|TỈNH)\s)/u;

function bodyLines(name: string, isBold: boolean): string[] {
  const upper = name.trim().toLocaleUpperCase('vi');
  const at = upper.search(beforeLevel);
  // 200 twips of room: LibreOffice wraps a line that fits to the twip.
  if (measure(upper, size.header, isBold) + 200 <= leftWidth || at <= 0) return [upper];
  return [upper.slice(0, at), upper.slice(at + 1)];
}

export function headerTable(meta: ReportMeta): Table {
  const issuing = bodyLines(meta.issuingBody, true);
  // The issuing body's rule: 1/3 to 1/2 of its line (Phụ lục I: tên cơ quan ban hành); 2/5 of its longest line here.
  const issuingWidth = Math.min(leftWidth, Math.max(...issuing.map((l) => measure(l, size.header, true))));
  const bodies = [
    ...(meta.parentBody.trim() ? [centred(bodyLines(meta.parentBody, false).join('\n'), { size: size.header })] : []),
    centred(issuing.join('\n'), { size: size.header, bold: true }),
    rule(Math.round(issuingWidth * 0.4), leftWidth),
  ];
  const motto = [
    centred(MOTTO, { size: size.header, bold: true }),
    centred(SLOGAN, { size: size.body, bold: true }),
    // As long as the tiêu ngữ (Phụ lục I: Quốc hiệu và Tiêu ngữ).
    rule(measure(SLOGAN, size.body, true), rightWidth),
  ];
  return layoutTable(headerColumns, [
    [bodies, motto],
    [
      [centred(formatDocNumber(meta.number, meta.symbol), { size: size.header }, 120)],
      [centred(formatPlaceDate(meta.place, meta.date), { size: size.body, italics: true }, 120)],
    ],
  ]);
}

/** "DỰ THẢO" boxed above the header, so a draft is never taken for the signed copy. */
export function draftMark(): Paragraph {
  const side = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 };
  const label = 'DỰ THẢO';
  return new Paragraph({
    alignment: CENTER,
    // The box is the paragraph's, narrowed by its right indent to the word and some room.
    indent: { left: 60, right: textWidth - measure(label, size.header, true) - 300 },
    spacing: { before: 0, after: 160 },
    border: { top: side, bottom: side, left: side, right: side },
    children: plain(label, { size: size.header, bold: true }),
  });
}
