// References to official documents (văn bản) in free Vietnamese text.
//
// Grammar accepted (blanks = spaces/tabs/NBSP, at most one line break; text may be NFC or NFD):
//
//   reference := [lead] symbol [date] [issuer [date-after]]
//              | lead-with-số serial (date [issuer] | issuer [date-after])  ("Quyết định số 2150 của ...")
//              | named-law [issuer]                          ("Luật Đất đai ngày 18/01/2024", laws.ts)
//   lead      := kind-word [qualifier{1,3} "số"] | kind-word "số"[":"] | ABBR ["số"]
//                 | ("Luật" | "Bộ luật" | "Pháp lệnh") Name "số"      ("Luật Tiếp công dân số 42/2013/QH13")
//   symbol    := state | party                                                            (symbol.ts)
//   state     := serial sep0 "/" [year "/"] [KIND sep] ISSUER {sep CODE} [" " legislature] | serial "/" KIND
//                 -- Nghị định 30/2020/NĐ-CP, Phụ lục I: "Số: 39/BC-UBND", "59/2023/NĐ-CP", "1444/UBND-NV"
//   party     := serial sep0 "-" KIND ("/" | "-") ISSUER {sep CODE}
//                 -- Hướng dẫn 36-HD/VPTW (2018): "Số 53-KH/HU", "25-CTr/BDVHU-UBND"; "53-KH-HU" is a typo
//   serial    := digits [one ASCII letter]                                               ("37b/QĐ-UBND")
//   sep       := [blank] ("/" | dash) [blank | line break]  (hyphen, en/em dash, minus; "24/KH –UBND")
//   sep0      := the same around the serial's separator ("15 - NQ/ĐU", "42 -KH/ĐU", "125 /BC-UBND"), which
//                 counts only after a kind word or before a known kind code, and is normalised away
//   CODE      := [A-ZĐ][A-ZĐ0-9&]* or a known mixed-case code (CTr, TTg, QĐi, QyĐ, TTr); "Ð" (U+00D0) is read
//                as "Đ"; wrong case ("53-kh/hu", "12/KH-ubnd") is accepted only after a known kind code
//   legislature := 1-2 digits after a code ending in QH ("34/2007/PL-UBTVQH 11" -> "...UBTVQH11")
//   date      := [","] "ngày" (d/m/yyyy | d-m-yyyy | d.m.yyyy | d "tháng" m "năm" yyyy)   (dates.ts)
//   issuer    := [","] "của" body-name                                                   (issuer.ts)
//   date-after := ["được"] ["ban hành" | "ký"] date, no comma ("của Ban Thường vụ Tỉnh ủy ban hành ngày ...")
//
// Why: a symbol must contain a letter code, so figures (2.971, 6957,81, 95,5/100), ratios (19 đơn/19 vụ,
// 6/6 TDP), dates (26/01/2022, 27/2) and ranges (2021-2025, 15 - 20) never match. The serial must not
// follow a letter, digit, "." "," "/" or dash, nor a word that numbers something else (Mẫu số, Phụ lục,
// Tổ, số nhà, đường...). A kind word followed by a bare number ("Chỉ thị 08", "Chỉ thị số 08") is a short
// name for a document cited in full elsewhere and is NOT returned; it is returned when "số" introduces it
// and a date or an issuer follows, which identify it ("Quyết định số 2150 của Ban Thường vụ Tỉnh ủy"):
// "Kế hoạch 2024 của UBND xã" is a year. A blank draft number ("Số: /BC-UBND") is skipped. A report's
// own number ("Số: 39/BC-UBND") is returned like any other reference.
// The kind comes from the nearest kind word before the symbol, unless the symbol's kind code contradicts
// it (then the code's, lead.ts), else from the kind code (kinds.ts). Quốc hội laws and resolutions share
// the form 10/2022/QH15, so a bare one gets kind null. Only "của ..." introduces an issuer; a date or
// issuer is attached to the reference it directly follows.

import { matchDateAt } from './dates.js';
import { matchIssuerSpanAt } from './issuer.js';
import { alternation, canonicalKindCode, type DocumentFamily, type DocumentKind } from './kinds.js';
import { findNamedLaws, lawNumberParts } from './laws.js';
import { leadBefore, numbersSomethingElse, type Lead } from './lead.js';
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
export { KNOWN_LAWS, knownLawNumber } from './laws.js';

export interface DocumentReference {
  /**
   * exact substring of the input: from the kind word (or the symbol) through the date if one follows;
   * the issuer is inside it only when the date comes after it ("... của Ban Thường vụ Tỉnh ủy ban hành ngày ...")
   */
  text: string;
  /** UTF-16 offsets: text === input.slice(start, end) */
  start: number;
  end: number;
  kind: DocumentKind | null;
  /**
   * normalised number/symbol ("53-KH/HU" for "53-KH-HU"); the bare serial for "Quyết định số 2150 của ...";
   * for a law cited by name, its number when the table of well-known laws has it, else null
   */
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
  /** the name of a law or ordinance cited by name ("Luật Đất đai"); absent otherwise */
  name?: string;
}

// Serial candidates: a digit run not glued to a word, a figure, a date or a range.
const SERIAL_START = /(?<![\p{L}\p{M}\p{N}.,/\-\u2010-\u2015\u2212])\d+/gu;
// A bare serial, then the blanks (or comma) before its date or issuer.
const BARE_SERIAL = /\d{1,6}[A-Za-z]?(?=[ \t\u00a0]*,?\s)/y;
// After an issuer: "[được] ban hành ngày ...", "ký ngày ...", "ngày ..." on the same line and with no
// comma, which would open a clause ("của UBND huyện, ngày 15/3 xã đã ...").
const BLANKS = '[ \\t\\u00a0]+';
const DATE_AFTER_ISSUER = new RegExp(
  `(?:(?:${BLANKS}(?:${alternation(['được'])}))?${BLANKS}(?:${alternation(['ban hành', 'ký'])}))?(?=${BLANKS}(?:${alternation(['ngày'])}))`,
  'uy',
);

interface Found {
  end: number;
  date: string | null;
  issuer: string | null;
}

/** The date and issuer that follow a reference ending at `pos`, and where the reference ends. */
function tail(text: string, pos: number): Found {
  let end = pos;
  const date = matchDateAt(text, end);
  if (date) end = date.end;
  const issuer = matchIssuerSpanAt(text, end);
  if (!date && issuer) {
    DATE_AFTER_ISSUER.lastIndex = issuer.end;
    const lead = DATE_AFTER_ISSUER.exec(text);
    const later = lead ? matchDateAt(text, issuer.end + lead[0].length) : null;
    if (later) return { end: later.end, date: later.iso, issuer: issuer.issuer };
  }
  return { end, date: date?.iso ?? null, issuer: issuer?.issuer ?? null };
}

function reference(
  text: string,
  start: number,
  found: Found,
  kind: DocumentKind | null,
  n: Partial<ParsedDocNumber>,
  lead: Lead | null,
): DocumentReference {
  const ref: DocumentReference = {
    text: text.slice(start, found.end),
    start,
    end: found.end,
    kind,
    number: n.number ?? null,
    serial: n.serial ?? null,
    year: n.year ?? null,
    kindCode: n.kindCode ?? null,
    issuerCode: n.issuerCode ?? null,
    family: n.family ?? null,
    date: found.date,
    issuer: found.issuer,
  };
  if (lead?.name) ref.name = lead.name;
  return ref;
}

/** A reference whose serial starts at `pos` (with a symbol, or bare after "<kind> số"), or null. */
function referenceAt(text: string, pos: number, floor: number): DocumentReference | null {
  if (numbersSomethingElse(text, pos, floor)) return null;
  const sym = scanSymbol(text, pos);
  if (sym) {
    const { parsed } = sym;
    const lead = leadBefore(text, pos, floor, parsed);
    // "15 - NQ/ĐU" needs a kind word or a known kind code: "Tổ 42 - KP3" is an address.
    if (sym.spaced && !lead && !canonicalKindCode(parsed.kindCode ?? '')) return null;
    return reference(text, lead ? lead.start : pos, tail(text, sym.end), lead ? lead.kind : parsed.kind, parsed, lead);
  }
  BARE_SERIAL.lastIndex = pos;
  const bare = BARE_SERIAL.exec(text);
  if (!bare) return null;
  const lead = leadBefore(text, pos, floor, null);
  if (!lead?.so) return null;
  const found = tail(text, pos + bare[0].length);
  if (!found.date && !found.issuer) return null;
  return reference(text, lead.start, found, lead.kind, { number: bare[0], serial: parseInt(bare[0], 10) }, lead);
}

/** Every reference to an official document in `text`, in order of appearance. */
export function findDocumentReferences(text: string): DocumentReference[] {
  const out: DocumentReference[] = [];
  let floor = 0;
  SERIAL_START.lastIndex = 0;
  for (let m = SERIAL_START.exec(text); m; m = SERIAL_START.exec(text)) {
    const ref = referenceAt(text, m.index, floor);
    if (!ref) continue;
    out.push(ref);
    floor = ref.end;
    SERIAL_START.lastIndex = ref.end;
  }
  const laws = findNamedLaws(text).filter((l) => !out.some((r) => l.start < r.end && r.start < l.end));
  if (!laws.length) return out;
  for (const l of laws) {
    const issuer = matchIssuerSpanAt(text, l.end);
    const parts = lawNumberParts(l.number);
    out.push({
      text: text.slice(l.start, l.end), start: l.start, end: l.end, kind: l.kind, number: l.number,
      serial: parts.serial, year: l.year, kindCode: null, issuerCode: parts.issuerCode, family: parts.family,
      date: l.date, issuer: issuer?.issuer ?? null, name: l.name,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
