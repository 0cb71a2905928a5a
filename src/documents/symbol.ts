// Scanner for one document number/symbol (số, ký hiệu). Grammar and sources: see references.ts.

import {
  canonicalKindCode,
  canonicalSegment,
  isCanonicalSegment,
  kindFromCode,
  type DocumentFamily,
  type DocumentKind,
} from './kinds.js';

export interface ParsedDocNumber {
  /** normalised symbol: ASCII hyphens, no stray blanks, canonical case ("53-KH/HU", "34/2007/PL-UBTVQH11") */
  number: string;
  serial: number;
  year: number | null;
  kindCode: string | null;
  issuerCode: string | null;
  family: DocumentFamily;
  /** kind implied by the kind code, null when there is none or it is not a DocumentKind */
  kind: DocumentKind | null;
}

interface Segment {
  raw: string;
  /** separator before it, normalised: '/' or '-' */
  sep: '/' | '-';
  end: number;
}

// A serial is a digit run with at most one letter glued to it ("37b/QĐ-UBND").
const SERIAL = /\d{1,6}[A-Za-z]?(?![\p{L}\p{M}\d])/uy;
const YEAR = /(\d{4})\//y;
// Letters of codes are ASCII plus Đ/đ (or the look-alike Ð/ð); a segment must not run on into a word
// ("UBNDxã", "năm").
const SEGMENT = /[A-Za-zĐđÐð][A-Za-zĐđÐð0-9&]*(?![\p{L}\p{M}\d])/uy;
// Between segments, and between the serial and the first code: "/" or a dash (hyphen, en/em dash,
// minus...) with at most one blank before it and one blank or one line break after it ("17/KH - UBND",
// "42/KH-\nUBND", "15 - NQ/ĐU", "125 /BC-UBND").
const SEPARATOR = /([ \u00a0]?)(\/|[-\u2010-\u2015\u2212])([ \u00a0]?\r?\n[ \u00a0]*|[ \u00a0]?(?![ \u00a0]))/y;
// Legislature number written apart from its code: "UBTVQH 11", "QH 15".
const LEGISLATURE = /[ \u00a0](\d{1,2})(?![\p{L}\p{M}\d/])/uy;
const DASH = /^[-\u2010-\u2015\u2212]$/;

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Read one code segment at pos. `sloppy` admits any case (typos such as "53-kh/hu", "12/KH-ubnd"). */
function readSegment(text: string, pos: number, sloppy: boolean): string | null {
  const m = at(SEGMENT, text, pos);
  if (!m) return null;
  return sloppy || isCanonicalSegment(m[0]) ? m[0] : null;
}

/** Read "sep segment" pairs from pos while they continue the symbol. */
function readMoreSegments(text: string, pos: number, sloppy: boolean, out: Segment[]): number {
  let i = pos;
  for (;;) {
    const s = at(SEPARATOR, text, i);
    if (!s) break;
    const spaced = Boolean(s[1] || s[3]);
    const seg = readSegment(text, i + s[0].length, sloppy && !spaced);
    // After a spaced separator ("KH - UBND") demand a real code, not a stray letter ("– V/v").
    if (!seg || (spaced && seg.length < 2)) break;
    i += s[0].length + seg.length;
    out.push({ raw: seg, sep: s[2] === '/' ? '/' : '-', end: i });
  }
  const last = out[out.length - 1];
  if (last && /QH$/i.test(last.raw)) {
    const l = at(LEGISLATURE, text, i);
    if (l) {
      i += l[0].length;
      last.raw += l[1];
      last.end = i;
    }
  }
  return i;
}

function join(segs: readonly Segment[]): string {
  return segs.map((s, k) => (k === 0 ? '' : s.sep) + canonicalSegment(s.raw)).join('');
}

export interface ScannedSymbol {
  parsed: ParsedDocNumber;
  end: number;
  /** blanks or a line break between the serial and the first code ("15 - NQ/ĐU", "125 /BC-UBND") */
  spaced: boolean;
}

/**
 * Scan a symbol whose serial starts exactly at `pos`. Returns the parse and the end offset, or
 * null when the text there is not a document symbol (a figure, a date, a ratio...).
 */
export function scanSymbol(text: string, pos: number): ScannedSymbol | null {
  const serialM = at(SERIAL, text, pos);
  if (!serialM) return null;
  const serialRaw = serialM[0];
  const sep = at(SEPARATOR, text, pos + serialRaw.length);
  if (!sep) return null;
  const spaced = Boolean(sep[1] || sep[3]);
  const i = pos + serialRaw.length + sep[0].length;
  // Both forms demand a code of two letters or more, so "15 - 20" and "3 - Khu" are not symbols.
  const r = sep[2] === '/' ? scanState(text, i, serialRaw) : scanParty(text, i, serialRaw);
  return r ? { ...r, spaced } : null;
}

// State form (Nghị định 30/2020/NĐ-CP, Phụ lục I): serial "/" [year "/"] [KIND "-"] ISSUER.
function scanState(text: string, pos: number, serialRaw: string) {
  let i = pos;
  let year: number | null = null;
  const y = at(YEAR, text, i);
  if (y) {
    const n = Number(y[1]);
    if (n >= 1900 && n <= 2100) {
      year = n;
      i += y[0].length;
    }
  }
  const firstRaw = at(SEGMENT, text, i)?.[0];
  if (!firstRaw || firstRaw.length < 2) return null;
  const code = canonicalKindCode(firstRaw);
  // A symbol typed in the wrong case counts only when its kind code gives it away ("12/kh-ubnd").
  if (!code && !isCanonicalSegment(firstRaw)) return null;
  const segs: Segment[] = [{ raw: firstRaw, sep: '/', end: i + firstRaw.length }];
  const end = readMoreSegments(text, i + firstRaw.length, code !== null, segs);
  // "12/KH" alone: a kind code without issuer; "424/PNV", "06/CP": an issuer code only.
  const issuerSegs = code ? segs.slice(1) : segs;
  const issuerCode = issuerSegs.length ? join(issuerSegs) : null;
  const body = code ? [code, issuerCode].filter(Boolean).join(issuerSegs[0]?.sep ?? '') : issuerCode;
  const number = `${serialRaw}/${year !== null ? `${year}/` : ''}${body}`;
  const parsed: ParsedDocNumber = {
    number,
    serial: parseInt(serialRaw, 10),
    year,
    kindCode: code,
    issuerCode,
    family: 'state',
    kind: code ? kindFromCode(code, 'state') : null,
  };
  return { parsed, end };
}

// Party form (Hướng dẫn 36-HD/VPTW): serial "-" KIND "/" ISSUER; "53-KH-HU" is a common typo.
function scanParty(text: string, pos: number, serialRaw: string) {
  const kindRaw = at(SEGMENT, text, pos)?.[0];
  if (!kindRaw || kindRaw.length < 2) return null;
  const known = canonicalKindCode(kindRaw);
  if (!known && !isCanonicalSegment(kindRaw)) return null;
  // Once the kind code is known, typos in case are tolerated in the rest ("53-kh/hu", "53-KH/hu").
  const sloppy = known !== null;
  let i = pos + kindRaw.length;
  const sepCh = text[i];
  // "/" may follow any code; a dash only a known kind code (else "53-KH-HU" and "2021-ABC" look alike).
  if (sepCh !== '/' && !(sepCh !== undefined && DASH.test(sepCh) && known)) return null;
  i += 1;
  const firstIssuer = readSegment(text, i, sloppy);
  if (!firstIssuer) return null;
  const segs: Segment[] = [{ raw: firstIssuer, sep: '/', end: i + firstIssuer.length }];
  const end = readMoreSegments(text, i + firstIssuer.length, sloppy, segs);
  const kindCode = known ?? canonicalSegment(kindRaw);
  const issuerCode = join(segs);
  const parsed: ParsedDocNumber = {
    number: `${serialRaw}-${kindCode}/${issuerCode}`,
    serial: parseInt(serialRaw, 10),
    year: null,
    kindCode,
    issuerCode,
    family: 'party',
    kind: kindFromCode(kindCode, 'party'),
  };
  return { parsed, end };
}

const NUMBER_PREFIX = /^\s*(?:(?:số|Số|SỐ|so|So)\s*:?\s*)?/u;

/**
 * Parse one number/symbol on its own ("53-KH-HU", "Số: 39/BC-UBND", "34/2007/PL-UBTVQH 11").
 * Returns the normalised fields, or null when the whole string is not a symbol.
 */
export function parseDocNumber(raw: string): ParsedDocNumber | null {
  const s = raw.normalize('NFC');
  const prefix = NUMBER_PREFIX.exec(s)?.[0].length ?? 0;
  const r = scanSymbol(s, prefix);
  if (!r || s.slice(r.end).trim() !== '') return null;
  return r.parsed;
}
