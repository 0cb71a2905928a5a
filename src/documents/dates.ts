// Vietnamese dates as written in documents: "26/01/2022", "28/ 02/ 2023", "9-1-2024", "9.1.2024",
// "09 tháng 01 năm 2024" (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5: "ngày ... tháng ... năm ...").
// One line break may stand for any blank ("ngày 18 tháng\n01 năm 2024", as copied from a PDF).

import { GAP, GAP0, alternation } from './kinds.js';

const NGAY = alternation(['ngày']);
const THANG = alternation(['tháng']);
const NAM = alternation(['năm']);
const BLANK = '[ \\t\\u00a0]';

// Numeric form: day sep month sep year, separators / - . with optional blanks around them.
const NUMERIC = `(\\d{1,2})${GAP0}[/.\\-]${GAP0}(\\d{1,2})${GAP0}[/.\\-]${GAP0}(\\d{4})`;
// Written form: 09 tháng 01 năm 2024.
const WORDS = `(\\d{1,2})${GAP}(?:${THANG})${GAP}(\\d{1,2})${GAP}(?:${NAM})${GAP}(\\d{4})`;
const DATE_BODY = `(?:${NUMERIC}|${WORDS})(?![\\d/])`;

/** "ngày <date>" right at the given position, after an optional comma and blanks (at most one line break). */
const DATE_AFTER = new RegExp(`${BLANK}*,?${GAP0}(?:${NGAY})${GAP}${DATE_BODY}`, 'uy');
const DATE_ALONE = new RegExp(`^\\s*(?:(?:${NGAY})${BLANK}+)?${DATE_BODY}\\s*$`, 'u');

/** ISO date from day, month, year, or null when it does not exist (31/02, month 13...). */
export function isoDate(day: number, month: number, year: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${year}-${p2(month)}-${p2(day)}`;
}

function isoFromGroups(m: RegExpExecArray): string | null {
  const [d, mo, y] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return isoDate(Number(d), Number(mo), Number(y));
}

/**
 * A date introduced by "ngày" starting at `pos` (blanks and one comma may come first, as in
 * "08-CT/TU, ngày 25/5/2021"). Returns the ISO date and the end offset, or null.
 */
export function matchDateAt(text: string, pos: number): { iso: string; end: number } | null {
  DATE_AFTER.lastIndex = pos;
  const m = DATE_AFTER.exec(text);
  if (!m) return null;
  const iso = isoFromGroups(m);
  return iso ? { iso, end: pos + m[0].length } : null;
}

/** Parse a whole string as a Vietnamese date ("26/01/2022", "ngày 9 tháng 1 năm 2024"); ISO or null. */
export function parseVietnameseDate(raw: string): string | null {
  const m = DATE_ALONE.exec(raw);
  return m ? isoFromGroups(m) : null;
}
