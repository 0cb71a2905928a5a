/**
 * Format constants of an administrative document. Source: Nghị định 30/2020/NĐ-CP về công tác văn thư,
 * Phụ lục I (thể thức, kỹ thuật trình bày văn bản hành chính): A4 portrait; margins top and bottom
 * 20-25 mm, left 30-35 mm, right 15-20 mm; Times New Roman, black; a size and style per element; the
 * body justified with a first-line indent of 1 or 1,27 cm, at least 6 pt between paragraphs, line
 * spacing single to 1,5.
 */
import { AlignmentType, BorderStyle, LineRuleType } from 'docx';

/** Millimetres to twips, rounded to the nearest (docx's convertMillimetersToTwip rounds down: 11905 x 16837). */
const mm = (value: number) => Math.round((value * 1440) / 25.4);

/** A4 portrait: 11906 x 16838 twips. */
export const page = { width: mm(210), height: mm(297) } as const;
/** The smallest margins the decree allows; the page number sits in the top margin, 10 mm from the edge. */
export const margins = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) } as const;
/** The writing width between the margins: 9355 twips, 16,5 cm. */
export const textWidth = page.width - margins.left - margins.right;

export const font = 'Times New Roman';

/** Sizes in half-points, as Word stores them; the ranges are Phụ lục I's. */
export const size = {
  /** Quốc hiệu 12-13 pt; cơ quan chủ quản, cơ quan ban hành 12-13 pt; "Số:" 13 pt. */
  header: 26,
  /** Tiêu ngữ 13-14 pt; place and date, tên loại, trích yếu, body, signer 13-14 pt; page number 13-14 pt. */
  body: 28,
  /** Footnotes, "Nơi nhận:" 12 pt; annex tables. */
  note: 24,
  /** The recipients 11 pt. */
  recipient: 22,
  /** Tables in the body and their titles: a point below the body, as reports set them. */
  table: 26,
} as const;

/** 1,27 cm. */
export const firstLineIndent = 720;
/** 6 pt before each paragraph; line spacing 1,15 (within single to 1,5). */
export const bodySpacing = { before: 120, after: 0, line: 276, lineRule: LineRuleType.AUTO } as const;
export const tightSpacing = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

export const { CENTER, JUSTIFIED, LEFT, RIGHT } = AlignmentType;
export type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

const single = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** Grid lines of a table in the text. */
export const gridBorders = { top: single, bottom: single, left: single, right: single } as const;
/** A solid rule under a heading: 0,75 pt. */
export const ruleBorder = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;
