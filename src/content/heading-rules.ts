/**
 * How a heading is set, read from its number rather than from how deep it sits in the outline: seed 004
 * puts a "Phần thứ nhất" above its I., II., so its 1.1-2.9 stand one level deeper than seed 000's, and
 * are set as bold as theirs all the same.
 *
 * Source: Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6 (nội dung văn bản chia thành phần, mục, khoản,
 * điểm): a mục numbered I., II. and a khoản with a title numbered 1., 2. are set upright and bold. The
 * levels below, which the decree does not name, are set as the seeds set them: 1.1. bold (seed 004's
 * 1.1-2.9), 1.1.1. and a heading after "-" bold italic, a) italic.
 */

export type HeadingKind = 'roman' | 'number' | 'sub' | 'subsub' | 'letter' | 'dash';

export interface HeadingEmphasis {
  bold: boolean;
  italic: boolean;
}

export const headingEmphasis: Readonly<Record<HeadingKind, HeadingEmphasis>> = {
  roman: { bold: true, italic: false },
  number: { bold: true, italic: false },
  sub: { bold: true, italic: false },
  subsub: { bold: true, italic: true },
  letter: { bold: false, italic: true },
  dash: { bold: true, italic: true },
};

/** The levels in the order an outline nests them, for a heading whose label says nothing. */
const byDepth: readonly HeadingKind[] = ['roman', 'number', 'sub', 'subsub', 'letter'];

/**
 * The kind of a heading by its label ("II.", "2.", "2.5.", "2.5.1.", "a)", "-"); a blank or unknown label
 * takes the kind of its depth among headings, parts not counted.
 */
export function headingKind(label: string, depth: number): HeadingKind {
  const l = label.trim();
  if (/^[IVXLC]+\.?$/u.test(l)) return 'roman';
  if (/^\d+\.?$/u.test(l)) return 'number';
  if (/^\d+\.\d+\.?$/u.test(l)) return 'sub';
  if (/^\d+(\.\d+){2,}\.?$/u.test(l)) return 'subsub';
  if (/^[a-zđ][).]$/u.test(l)) return 'letter';
  if (/^[-+–•]$/u.test(l)) return 'dash';
  return byDepth[Math.min(Math.max(depth, 0), byDepth.length - 1)]!;
}
