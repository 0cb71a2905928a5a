// References to official documents (văn bản) in free Vietnamese text.
//
// Grammar accepted (blanks = spaces/tabs/NBSP; text may be NFC or NFD):
//
//   reference := [lead] symbol [date] [issuer]
//   lead      := kind-word [qualifier{1,3} "số"] | kind-word "số"[":"] | ABBR ["số"]
//                 | ("Luật" | "Bộ luật" | "Pháp lệnh") Name "số"      ("Luật Tiếp công dân số 42/2013/QH13")
//   symbol    := state | party
//   state     := serial "/" [year "/"] [KIND sep] ISSUER {sep CODE} [" " legislature]   | serial "/" KIND
//                 -- Nghị định 30/2020/NĐ-CP, Phụ lục I: "Số: 39/BC-UBND", "59/2023/NĐ-CP", "1444/UBND-NV"
//   party     := serial "-" KIND ("/" | "-") ISSUER {sep CODE}
//                 -- Hướng dẫn 36-HD/VPTW (2018): "Số 53-KH/HU", "25-CTr/BDVHU-UBND"; "53-KH-HU" is a typo
//   sep       := "/" | blank? dash blank?        (hyphen, en/em dash, minus; "24/KH –UBND", "17/KH - UBND")
//   CODE      := [A-ZĐ][A-ZĐ0-9&]* or a known mixed-case code (CTr, TTg, QĐi, QyĐ, TTr); "Ð" (U+00D0) is read
//                as "Đ"; wrong case ("53-kh/hu", "12/KH-ubnd") is accepted only after a known kind code
//   legislature := 1-2 digits after a code ending in QH ("34/2007/PL-UBTVQH 11" -> "...UBTVQH11")
//   date      := [","] "ngày" (d/m/yyyy | d-m-yyyy | d.m.yyyy | d "tháng" m "năm" yyyy)   (dates.ts)
//   issuer    := [","] "của" body-name                                                   (issuer.ts)
//
// Why: a symbol must contain a letter code, so figures (2.971, 6957,81, 95,5/100), ratios (19 đơn/19 vụ,
// 6/6 TDP), dates (26/01/2022, 27/2) and ranges (2021-2025) never match. The serial must not follow a
// letter, digit, "." "," "/" or dash, nor a word that numbers something else (Mẫu số, Phụ lục, Tổ, số
// nhà, đường...). A kind word followed by a bare number and no symbol ("Chỉ thị 08", "Chỉ thị số 08") is
// NOT returned: it is a short name for a document cited in full elsewhere, and without a symbol there is
// nothing to identify it by. Likewise a blank draft number ("Số: /BC-UBND"). A report's own number
// ("Số: 39/BC-UBND") is returned like any other reference.
// The kind comes from the nearest kind word before the symbol, else from the kind code (kinds.ts). Quốc
// hội laws and resolutions share the form 10/2022/QH15, so a bare one gets kind null. Only "của ..."
// introduces an issuer; a date or issuer is attached to the reference it directly follows.

import { matchDateAt } from './dates.js';
import { matchIssuerAt } from './issuer.js';
import {
  KIND_ABBREVIATIONS,
  KIND_WORD_ALTERNATION,
  alternation,
  kindFromWord,
  type DocumentFamily,
  type DocumentKind,
} from './kinds.js';
import { scanSymbol, type ParsedDocNumber } from './symbol.js';

export {
  DOCUMENT_KINDS,
  OTHER_KIND_CODES,
  kindFromCode,
  type DocumentFamily,
  type DocumentKind,
  type DocumentKindInfo,
} from './kinds.js';
export { parseDocNumber, type ParsedDocNumber } from './symbol.js';
export { parseVietnameseDate } from './dates.js';

export interface DocumentReference {
  /** exact substring of the input: from the kind word (or the symbol) through the date if one follows */
  text: string;
  /** UTF-16 offsets: text === input.slice(start, end) */
  start: number;
  end: number;
  kind: DocumentKind | null;
  /** normalised number/symbol ("53-KH/HU" for "53-KH-HU") */
  number: string | null;
  serial: number | null;
  year: number | null;
  kindCode: string | null;
  issuerCode: string | null;
  family: DocumentFamily | null;
  /** ISO YYYY-MM-DD when "ngày ..." follows the reference */
  date: string | null;
  /** issuing body in words when "của ..." follows ("UBND huyện Trà Bồng") */
  issuer: string | null;
}

// Serial candidates: a digit run not glued to a word, a figure, a date or a range.
const SERIAL_START = /(?<![\p{L}\p{M}\p{N}.,/\-\u2010-\u2015\u2212])\d+/gu;

const SO = `(?:${alternation(['số'])})(?:[ \\t\\u00a0]*:)?`;
const KIND_WORD = new RegExp(`(?<![\\p{L}\\p{M}])(?:${KIND_WORD_ALTERNATION})(?![\\p{L}\\p{M}])`, 'gu');
const ABBR_WORD = new RegExp(`(?<![\\p{L}\\p{M}])(?:${[...KIND_ABBREVIATIONS.keys()].join('|')})(?![\\p{L}\\p{M}])`, 'gu');
// Between the kind word and the symbol: blanks, or up to three lower-case qualifiers then "số"
// ("Kế hoạch số ", "Công văn ", "Kế hoạch phối hợp số ", "Thông tư liên tịch số ").
const WORD_GAP = new RegExp(`^(?:(?:\\s+[\\p{Ll}\\p{M}]+){0,3}\\s+${SO})?\\s+$`, 'u');
const ABBR_GAP = new RegExp(`^(?:\\s+${SO})?\\s+$`, 'u');
// Laws and ordinances are cited by name: "Luật Tiếp công dân số 42/2013/QH13".
const NAMED_KINDS: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['Luật', 'Pháp lệnh']);
// Both the kind word and the name are capitalised, so "pháp luật ... số" does not qualify.
const NAME_GAP = new RegExp(
  `^[ \\t\\u00a0]+\\p{Lu}[\\p{L}\\p{M}]*(?:,?[ \\t\\u00a0]+[\\p{L}\\p{M}]+){0,11}[ \\t\\u00a0]+${SO}\\s+$`,
  'u',
);
// Serials that number something else: forms, appendices, addresses ("Mẫu số 01/BC", "Tổ 5/KP3").
const NOT_A_DOCUMENT = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation([
    'mẫu', 'biểu', 'biểu mẫu', 'phụ lục', 'mã', 'mã số', 'tổ', 'khu phố', 'thôn', 'ấp', 'khóm', 'nhà', 'số nhà',
    'đường', 'quốc lộ', 'tỉnh lộ', 'hẻm', 'kiệt', 'ngõ', 'ngách', 'lô', 'phòng', 'căn hộ',
  ])})(?:[ \\t\\u00a0]+${SO}|[ \\t\\u00a0]*:)?[ \\t\\u00a0]*$`,
  'u',
);
const LOOK_BACK = 80;

/** The last match of a global regex in `s`. */
function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m;
  return last;
}

/** The kind word that introduces the symbol at `pos` (only the nearest one counts), or null. */
function kindWordBefore(
  text: string,
  pos: number,
  floor: number,
  parsed: ParsedDocNumber,
): { start: number; kind: DocumentKind } | null {
  const from = Math.max(floor, pos - LOOK_BACK);
  const window = text.slice(from, pos);
  const w = lastMatch(KIND_WORD, window);
  if (w) {
    const kind = kindFromWord(w[0]);
    const gap = window.slice(w.index + w[0].length);
    if (kind && (WORD_GAP.test(gap) || (NAMED_KINDS.has(kind) && /^\p{Lu}/u.test(w[0]) && NAME_GAP.test(gap)))) {
      return { start: from + w.index, kind };
    }
  }
  const a = lastMatch(ABBR_WORD, window);
  if (a && ABBR_GAP.test(window.slice(a.index + a[0].length))) {
    const kind = KIND_ABBREVIATIONS.get(a[0])!;
    // "TT", "CT"... are also everyday abbreviations: trust them only when the symbol agrees.
    if (parsed.kind === null ? parsed.kindCode === null : parsed.kind === kind) {
      return { start: from + a.index, kind };
    }
  }
  return null;
}

/** Every reference to an official document in `text`, in order of appearance. */
export function findDocumentReferences(text: string): DocumentReference[] {
  const out: DocumentReference[] = [];
  let floor = 0;
  SERIAL_START.lastIndex = 0;
  for (let m = SERIAL_START.exec(text); m; m = SERIAL_START.exec(text)) {
    const sym = scanSymbol(text, m.index);
    if (!sym || NOT_A_DOCUMENT.test(text.slice(Math.max(floor, m.index - 30), m.index))) continue;
    const { parsed } = sym;
    const word = kindWordBefore(text, m.index, floor, parsed);
    const start = word ? word.start : m.index;
    let end = sym.end;
    const date = matchDateAt(text, end);
    if (date) end = date.end;
    out.push({
      text: text.slice(start, end),
      start,
      end,
      kind: word?.kind ?? parsed.kind,
      number: parsed.number,
      serial: parsed.serial,
      year: parsed.year,
      kindCode: parsed.kindCode,
      issuerCode: parsed.issuerCode,
      family: parsed.family,
      date: date?.iso ?? null,
      issuer: matchIssuerAt(text, end),
    });
    floor = end;
    SERIAL_START.lastIndex = end;
  }
  return out;
}
