// What comes before a document number: the kind word that introduces it ("Kế hoạch số", "QĐ",
// "Luật Tiếp công dân số"), and the words that show a number is not a document's (Mẫu số, Tổ, số nhà...).
// Grammar: see references.ts.

import {
  GAP,
  KIND_ABBREVIATIONS,
  KIND_WORD_ALTERNATION,
  alternation,
  kindFitsCode,
  kindFromWord,
  type DocumentKind,
} from './kinds.js';
import type { ParsedDocNumber } from './symbol.js';

const SO = `(?:${alternation(['số'])})(?:[ \\t\\u00a0]*:)?`;
const KIND_WORD = new RegExp(`(?<![\\p{L}\\p{M}])(?:${KIND_WORD_ALTERNATION})(?![\\p{L}\\p{M}])`, 'gu');
const ABBR_WORD = new RegExp(`(?<![\\p{L}\\p{M}])(?:${[...KIND_ABBREVIATIONS.keys()].join('|')})(?![\\p{L}\\p{M}])`, 'gu');
// Between the kind word and the symbol: blanks, or up to three lower-case qualifiers then "số"
// ("Kế hoạch số ", "Công văn ", "Kế hoạch phối hợp số ", "Thông tư liên tịch số ").
const WORD_GAP = new RegExp(`^(?:(?:\\s+[\\p{Ll}\\p{M}]+){0,3}\\s+${SO})?\\s+$`, 'u');
// The same with "số" required, as a bare number needs it ("Quyết định số 2150 của ..."); "dân số",
// "một số" are not "số".
const WORD_SO_GAP = new RegExp(
  `^(?:\\s+(?!(?:${alternation(['dân', 'một', 'tổng'])})\\s)[\\p{Ll}\\p{M}]+){0,3}\\s+${SO}\\s+$`,
  'u',
);
const ABBR_GAP = new RegExp(`^(?:\\s+${SO})?\\s+$`, 'u');
// Laws and ordinances are cited by name: "Luật Tiếp công dân số 42/2013/QH13".
const NAMED_KINDS: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['Luật', 'Pháp lệnh']);
// Both the kind word and the name are capitalised, so "pháp luật ... số" does not qualify.
const NAME_GAP = new RegExp(`^(${GAP}\\p{Lu}[\\p{L}\\p{M}]*(?:,?${GAP}[\\p{L}\\p{M}]+){0,11})${GAP}${SO}\\s+$`, 'u');
// Serials that number something else: forms, appendices, addresses ("Mẫu số 01/BC", "Tổ 5/KP3").
const NOT_A_DOCUMENT = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation([
    'mẫu', 'biểu', 'biểu mẫu', 'phụ lục', 'mã', 'mã số', 'tổ', 'khu phố', 'thôn', 'ấp', 'khóm', 'nhà', 'số nhà',
    'đường', 'quốc lộ', 'tỉnh lộ', 'hẻm', 'kiệt', 'ngõ', 'ngách', 'lô', 'phòng', 'căn hộ',
  ])})(?:[ \\t\\u00a0]+${SO}|[ \\t\\u00a0]*:)?[ \\t\\u00a0]*$`,
  'u',
);
const LOOK_BACK = 80;

export interface Lead {
  start: number;
  kind: DocumentKind | null;
  /** a full kind word followed by "số" (what a bare number needs) */
  so: boolean;
  /** the name of a law or ordinance cited by name ("Luật Tiếp công dân") */
  name?: string;
}

/** Whether the serial at `pos` numbers a form, an appendix, an address... rather than a document. */
export function numbersSomethingElse(text: string, pos: number, floor: number): boolean {
  return NOT_A_DOCUMENT.test(text.slice(Math.max(floor, pos - 30), pos));
}

function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m);
  return out;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim().normalize('NFC');

/**
 * The kind word that introduces the number at `pos`, or null. Only the nearest kind word counts, except
 * that a kind code which contradicts it wins: the kind is then the code's, and the citation starts at an
 * earlier kind word that agrees when there is one ("Thông báo kết luận số 123-TB/TU" is a Thông báo).
 * `parsed` is null for a bare number.
 */
export function leadBefore(text: string, pos: number, floor: number, parsed: ParsedDocNumber | null): Lead | null {
  const from = Math.max(floor, pos - LOOK_BACK);
  const window = text.slice(from, pos);
  const words = allMatches(KIND_WORD, window);
  const w = words[words.length - 1];
  if (w) {
    const kind = kindFromWord(w[0]);
    const gap = window.slice(w.index + w[0].length);
    const named = kind && NAMED_KINDS.has(kind) && /^\p{Lu}/u.test(w[0]) ? NAME_GAP.exec(gap) : null;
    if (kind && (WORD_GAP.test(gap) || named)) {
      const lead: Lead = { start: from + w.index, kind, so: named !== null || WORD_SO_GAP.test(gap) };
      if (named) lead.name = collapse(w[0] + named[1]!);
      const code = parsed?.kindCode;
      if (!code || kindFitsCode(kind, code)) return lead;
      for (let k = words.length - 2; k >= 0; k--) {
        const e = words[k]!;
        const earlier = kindFromWord(e[0]);
        if (!earlier || !WORD_GAP.test(window.slice(e.index + e[0].length))) break;
        if (kindFitsCode(earlier, code)) return { start: from + e.index, kind: earlier, so: true };
      }
      return { ...lead, kind: parsed.kind };
    }
  }
  if (!parsed) return null;
  const a = allMatches(ABBR_WORD, window).pop();
  if (a && ABBR_GAP.test(window.slice(a.index + a[0].length))) {
    const kind = KIND_ABBREVIATIONS.get(a[0])!;
    // "TT", "CT"... are also everyday abbreviations: trust them only when the symbol agrees.
    if (parsed.kind === null ? parsed.kindCode === null : parsed.kind === kind) {
      return { start: from + a.index, kind, so: false };
    }
  }
  return null;
}
