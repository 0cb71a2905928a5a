/**
 * The header: a borderless table, the bodies and the number on the left, quốc hiệu, tiêu ngữ and the
 * place and date on the right (Nghị định 30/2020/NĐ-CP, Phụ lục I: Quốc hiệu và Tiêu ngữ, tên cơ quan,
 * số và ký hiệu, địa danh và thời gian). Its second row puts "Số:" and the date on one line, as the
 * decree's model layout does: level whatever the height of the bodies above.
 */
import { BorderStyle, Paragraph, type Table } from 'docx';
import { bodyNameParts, formatDocNumber, formatPlaceDate } from '../../content/document-rules.js';
import type { ReportMeta } from '../../content/meta-schema.js';
import { CENTER, size, textWidth } from './format.js';
import { centred, layoutTable, rule } from './lines.js';
import { measure } from './measure.js';
import { plain } from './runs.js';

export const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const SLOGAN = 'Độc lập - Tự do - Hạnh phúc';

/** Room beside a line in its column: LibreOffice wraps a line that fits to the twip, Word a little sooner. */
const ROOM = 200;
/** The left column, 6,35 cm, when its lines leave the room: the right one fits the quốc hiệu, bold 13 pt (5424). */
const LEFT = 3600;

/** A body's name on one line, or on two at its level when one is too long for `width`. */
function nameLines(name: string, width: number, halfPoints: number, isBold: boolean): string[] {
  const parts = bodyNameParts(name);
  const whole = parts.join(' ');
  return measure(whole, halfPoints, isBold) + ROOM <= width ? [whole] : parts;
}

export interface HeaderLayout {
  /** Left and right column widths, shared with the signature block. */
  columns: [number, number];
  parent: string[];
  issuing: string[];
  /** Cơ quan chủ quản and ban hành: 13 pt, 12 pt for a name too long (Phụ lục I: 12-13 pt). */
  bodySize: number;
  /** Place and date: 14 pt, 13 pt for a long place (Phụ lục I: 13-14 pt). */
  dateSize: number;
}

const widest = (lines: readonly string[], halfPoints: number, isBold: boolean) => Math.max(0, ...lines.map((l) => measure(l, halfPoints, isBold)));

/**
 * The largest sizes the decree allows at which each line of the bodies and the place and date fits its
 * column unbroken (seed 004: "PHƯỜNG NGUYỄN NGHIÊM" beside "Phường Nguyễn Nghiêm, ngày ... năm 2024"), the
 * left column 6,35 cm where that leaves the right one room.
 */
export function headerLayout(meta: ReportMeta): HeaderLayout {
  const date = formatPlaceDate(meta.place, meta.date);
  const tries = [[size.header, size.body], [size.header, size.header], [size.note, size.body], [size.note, size.header]] as const;
  const layouts = tries.map(([bodySize, dateSize]) => {
    const parent = meta.parentBody.trim() ? nameLines(meta.parentBody, LEFT, bodySize, false) : [];
    const issuing = nameLines(meta.issuingBody, LEFT, bodySize, true);
    const left = Math.max(widest(parent, bodySize, false), widest(issuing, bodySize, true)) + ROOM;
    const right = Math.max(measure(MOTTO, size.header, true), measure(date, dateSize, false)) + ROOM;
    return { parent, issuing, left, right, bodySize, dateSize };
  });
  const { parent, issuing, left, right, bodySize, dateSize } = layouts.find((l) => l.left + l.right <= textWidth) ?? layouts.at(-1)!;
  // 6,35 cm where the right column keeps its room; wider for a long name; never past the right column's need.
  const leftWidth = Math.min(Math.max(LEFT, left), textWidth - right);
  return { columns: [leftWidth, textWidth - leftWidth], parent, issuing, bodySize, dateSize };
}

export function headerTable(meta: ReportMeta): Table {
  const { columns, parent, issuing, bodySize, dateSize } = headerLayout(meta);
  const [leftWidth, rightWidth] = columns;
  // The issuing body's rule: 1/3 to 1/2 of its line (Phụ lục I: tên cơ quan ban hành); 2/5 of its longest line here.
  const issuingWidth = Math.min(leftWidth, widest(issuing, bodySize, true));
  const bodies = [
    ...(parent.length ? [centred(parent.join('\n'), { size: bodySize })] : []),
    centred(issuing.join('\n'), { size: bodySize, bold: true }),
    rule(Math.round(issuingWidth * 0.4), leftWidth),
  ];
  const motto = [
    centred(MOTTO, { size: size.header, bold: true }),
    centred(SLOGAN, { size: size.body, bold: true }),
    // As long as the tiêu ngữ (Phụ lục I: Quốc hiệu và Tiêu ngữ).
    rule(measure(SLOGAN, size.body, true), rightWidth),
  ];
  return layoutTable(columns, [
    [bodies, motto],
    [
      [centred(formatDocNumber(meta.number, meta.symbol), { size: size.header }, 120)],
      [centred(formatPlaceDate(meta.place, meta.date), { size: dateSize, italics: true }, 120)],
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
