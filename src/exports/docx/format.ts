/**
 * Format constants of an administrative document. Source: Nghị định 30/2020/NĐ-CP về công tác văn thư,
 * Phụ lục I (thể thức, kỹ thuật trình bày văn bản hành chính): A4; margins top and bottom 20-25 mm, left
 * 30-35 mm, right 15-20 mm; Times New Roman; sizes per element (mục II); paragraphs justified with a
 * first-line indent of 1 or 1,27 cm, at least 6 pt between paragraphs, line spacing single to 1,5.
 */
import { AlignmentType, LineRuleType } from 'docx';

const mm = (value: number) => Math.round((value * 1440) / 25.4);

/** A4, 210 x 297 mm, in twips. */
export const page = { width: 11906, height: 16838 } as const;
export const margins = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) } as const;
/** The writing width between the margins. */
export const textWidth = page.width - margins.left - margins.right;

export const font = 'Times New Roman';

/** Sizes in half-points, as Word stores them. */
export const size = {
  /** Quốc hiệu 12-13 pt: 12 keeps it on one line of the right column. */
  motto: 24,
  /** Tiêu ngữ 13-14 pt. */
  slogan: 28,
  /** Cơ quan chủ quản and cơ quan ban hành 12-13 pt. */
  body13: 26,
  /** Body, title, subject, place and date, signature 13-14 pt. */
  body: 28,
  /** Footnotes, "Nơi nhận:" 12 pt. */
  note: 24,
  /** Recipients 11 pt. */
  recipient: 22,
  /** Tables in the body. */
  table: 26,
  annex: 24,
} as const;

export const firstLineIndent = 720; // 1,27 cm
/** 6 pt before each paragraph; line spacing 1,15 (within single to 1,5). */
export const bodySpacing = { before: 120, after: 0, line: 276, lineRule: LineRuleType.AUTO } as const;
export const tightSpacing = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

export const { CENTER, JUSTIFIED, LEFT, RIGHT } = {
  CENTER: AlignmentType.CENTER, JUSTIFIED: AlignmentType.JUSTIFIED, LEFT: AlignmentType.LEFT, RIGHT: AlignmentType.RIGHT,
};
