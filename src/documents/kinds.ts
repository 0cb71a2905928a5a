// Vocabulary of document kinds (tên loại văn bản) and their kind codes.
// State codes: Nghị định 30/2020/NĐ-CP, Phụ lục III (bảng chữ viết tắt tên loại văn bản);
// legal documents (NĐ, TT, PL...) follow Luật Ban hành văn bản QPPL. Party codes: Hướng dẫn
// 36-HD/VPTW (2018) on the format of Party documents. State dispatches (công văn) carry no kind
// code (1444/UBND-NV); Party dispatches do (309-CV/ĐU).

export type DocumentKind =
  | 'Kế hoạch'
  | 'Công văn'
  | 'Chỉ thị'
  | 'Nghị quyết'
  | 'Quyết định'
  | 'Kết luận'
  | 'Thông báo'
  | 'Chương trình'
  | 'Báo cáo'
  | 'Nghị định'
  | 'Pháp lệnh'
  | 'Thông tư'
  | 'Luật'
  | 'Hướng dẫn'
  | 'Quy chế'
  | 'Quy định'
  | 'Thông tri'
  | 'Đề án'
  | 'Tờ trình'
  | 'Hiến pháp';

export type DocumentFamily = 'state' | 'party';

const TONE_SWAP: Record<string, string> = {
  à: 'ò', á: 'ó', ả: 'ỏ', ã: 'õ', ạ: 'ọ',
  è: 'ò', é: 'ó', ẻ: 'ỏ', ẽ: 'õ', ẹ: 'ọ',
  ỳ: 'ù', ý: 'ú', ỷ: 'ủ', ỹ: 'ũ', ỵ: 'ụ',
};

export interface DocumentKindInfo {
  kind: DocumentKind;
  /** code in a state symbol (39/BC-UBND), null when state documents of this kind carry none */
  stateCode: string | null;
  /** code in a Party symbol (53-KH/HU), null when the Party does not issue this kind */
  partyCode: string | null;
  /** other codes seen for this kind (joint documents, old or informal forms) */
  altCodes: readonly string[];
}

export const DOCUMENT_KINDS: readonly DocumentKindInfo[] = [
  { kind: 'Kế hoạch', stateCode: 'KH', partyCode: 'KH', altCodes: [] },
  { kind: 'Công văn', stateCode: null, partyCode: 'CV', altCodes: ['CV'] },
  { kind: 'Chỉ thị', stateCode: 'CT', partyCode: 'CT', altCodes: [] },
  { kind: 'Nghị quyết', stateCode: 'NQ', partyCode: 'NQ', altCodes: ['NQLT'] },
  { kind: 'Quyết định', stateCode: 'QĐ', partyCode: 'QĐ', altCodes: [] },
  { kind: 'Kết luận', stateCode: null, partyCode: 'KL', altCodes: ['KL'] },
  { kind: 'Thông báo', stateCode: 'TB', partyCode: 'TB', altCodes: [] },
  { kind: 'Chương trình', stateCode: 'CTr', partyCode: 'CTr', altCodes: [] },
  { kind: 'Báo cáo', stateCode: 'BC', partyCode: 'BC', altCodes: [] },
  { kind: 'Nghị định', stateCode: 'NĐ', partyCode: null, altCodes: [] },
  { kind: 'Pháp lệnh', stateCode: 'PL', partyCode: null, altCodes: [] },
  { kind: 'Thông tư', stateCode: 'TT', partyCode: null, altCodes: ['TTLT'] },
  // Laws are numbered 10/2022/QH15: no kind code (the same form is used by Quốc hội resolutions).
  { kind: 'Luật', stateCode: null, partyCode: null, altCodes: [] },
  { kind: 'Hướng dẫn', stateCode: 'HD', partyCode: 'HD', altCodes: [] },
  { kind: 'Quy chế', stateCode: 'QC', partyCode: 'QC', altCodes: [] },
  // Party regulations use QĐ (as decisions do) or the older QĐi; state regulations use QyĐ.
  { kind: 'Quy định', stateCode: 'QyĐ', partyCode: 'QĐi', altCodes: [] },
  { kind: 'Thông tri', stateCode: null, partyCode: 'TT', altCodes: [] },
  { kind: 'Đề án', stateCode: 'ĐA', partyCode: 'ĐA', altCodes: [] },
  { kind: 'Tờ trình', stateCode: 'TTr', partyCode: 'TTr', altCodes: [] },
  { kind: 'Hiến pháp', stateCode: null, partyCode: null, altCodes: [] },
];

/** Kind codes recognised in a symbol although their kind is outside DocumentKind (kind stays null). */
export const OTHER_KIND_CODES: readonly string[] = [
  'PA', // Phương án
  'DA', // Dự án
  'BB', // Biên bản
  'HĐ', // Hợp đồng
  'CĐ', // Công điện
  'GM', // Giấy mời
  'GGT', // Giấy giới thiệu
  'GUQ', // Giấy ủy quyền
  'GNh', // Bản ghi nhớ
  'TTh', // Bản thỏa thuận
];

/** Spelling of every known code and mixed-case issuer code, keyed by its upper-case form. */
const CANONICAL = new Map<string, string>();
for (const info of DOCUMENT_KINDS) {
  for (const c of [info.stateCode, info.partyCode, ...info.altCodes]) {
    if (c) CANONICAL.set(c.toUpperCase(), c);
  }
}
for (const c of OTHER_KIND_CODES) CANONICAL.set(c.toUpperCase(), c);
const KIND_CODE_KEYS = new Set(CANONICAL.keys());
// Mixed-case issuer codes that are spelled that way on purpose (Thủ tướng Chính phủ).
CANONICAL.set('TTG', 'TTg');

/** "Ð" (U+00D0, Icelandic eth) stands in for "Đ" in many font-converted Vietnamese documents. */
export function fixEth(s: string): string {
  return s.replace(/\u00d0/g, 'Đ').replace(/\u00f0/g, 'đ');
}

/** The canonical spelling of a kind code ("ctr" -> "CTr"), or null when it is not a kind code. */
export function canonicalKindCode(code: string): string | null {
  const key = fixEth(code).toUpperCase();
  return KIND_CODE_KEYS.has(key) ? (CANONICAL.get(key) ?? null) : null;
}

/** Canonical spelling of any symbol segment: known mixed-case codes keep their case, the rest is upper case. */
export function canonicalSegment(segment: string): string {
  const key = fixEth(segment).toUpperCase();
  return CANONICAL.get(key) ?? key;
}

/** Whether a segment is written in its canonical case (QĐ, CTr, TTg, UBTVQH11; QÐ with an eth counts). */
export function isCanonicalSegment(segment: string): boolean {
  return canonicalSegment(segment) === fixEth(segment);
}

/**
 * Whether a kind word and a kind code can name the same document: the code is one of the kind's codes, or
 * the Party's "QĐ" for a Quy định (Quy định 217-QĐ/TW). "Thông báo kết luận số 123-TB/TU" does not fit
 * "kết luận".
 */
export function kindFitsCode(kind: DocumentKind, code: string): boolean {
  const c = canonicalKindCode(code);
  if (!c) return true;
  if (kind === 'Quy định' && c === 'QĐ') return true;
  const info = DOCUMENT_KINDS.find((i) => i.kind === kind);
  return Boolean(info && (info.stateCode === c || info.partyCode === c || info.altCodes.includes(c)));
}

/** The kind a code denotes in the given family (TT is Thông tư for the state, Thông tri for the Party). */
export function kindFromCode(code: string, family: DocumentFamily | null): DocumentKind | null {
  const c = canonicalKindCode(code);
  if (!c) return null;
  const primary = (i: DocumentKindInfo) => (family === 'party' ? i.partyCode : i.stateCode);
  const secondary = (i: DocumentKindInfo) => (family === 'party' ? i.stateCode : i.partyCode);
  for (const pick of [primary, secondary]) {
    const hit = DOCUMENT_KINDS.find((i) => pick(i) === c);
    if (hit) return hit.kind;
  }
  return DOCUMENT_KINDS.find((i) => i.altCodes.includes(c))?.kind ?? null;
}

/** Words that name a kind in running text, with common spelling variants. */
const KIND_WORDS: ReadonlyArray<readonly [string, DocumentKind]> = [
  ...DOCUMENT_KINDS.map((i) => [i.kind, i.kind] as const),
  ['Qui định', 'Quy định'],
  ['Qui chế', 'Quy chế'],
  ['Bộ luật', 'Luật'],
];

/** Upper-case abbreviations used as kind words ("QĐ 1563/QĐ-UBND"); accepted only before a matching symbol. */
export const KIND_ABBREVIATIONS: ReadonlyMap<string, DocumentKind> = new Map<string, DocumentKind>([
  ['QĐ', 'Quyết định'],
  ['NQ', 'Nghị quyết'],
  ['NĐ', 'Nghị định'],
  ['CT', 'Chỉ thị'],
  ['KH', 'Kế hoạch'],
  ['CV', 'Công văn'],
  ['TB', 'Thông báo'],
  ['KL', 'Kết luận'],
  ['HD', 'Hướng dẫn'],
]);

function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/** Case and Unicode-normalisation variants of a phrase (as written, lower, Sentence, UPPER, Title; NFC and NFD). */
export function phraseVariants(phrase: string): string[] {
  const lower = phrase.toLowerCase();
  const sentence = lower ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
  const cased = [phrase, lower, sentence, phrase.toUpperCase(), titleCase(lower)];
  const all = new Set<string>();
  for (const v of cased) {
    all.add(v.normalize('NFC'));
    all.add(v.normalize('NFD'));
  }
  return [...all];
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Regex sources for the blanks between words. Text copied from a PDF or a web page breaks lines inside a
 * citation ("ngày 18 tháng\n01 năm 2024"), so one line break counts as a blank; a blank line does not.
 */
export const GAP = '(?:[ \\t\\u00a0]*\\r?\\n[ \\t\\u00a0]*|[ \\t\\u00a0]+)';
/** Like GAP but possibly empty. */
export const GAP0 = '[ \\t\\u00a0]*(?:\\r?\\n[ \\t\\u00a0]*)?';

/** Regex alternation (longest first) of all variants of the given phrases; a space matches any GAP. */
export function alternation(phrases: readonly string[], variants: (phrase: string) => string[] = phraseVariants): string {
  const vs = new Set<string>();
  for (const p of phrases) for (const v of variants(p)) vs.add(v);
  return [...vs]
    .sort((a, b) => b.length - a.length)
    .map((v) => escapeRegExp(v).replace(/ /g, GAP))
    .join('|');
}

const KIND_BY_FOLDED = new Map<string, DocumentKind>();
for (const [word, kind] of KIND_WORDS) KIND_BY_FOLDED.set(foldWord(word), kind);

export const KIND_WORD_ALTERNATION = alternation(KIND_WORDS.map(([w]) => w));

/** The kind named by a kind word as matched in text (any case, NFC or NFD, any blank run). */
export function kindFromWord(word: string): DocumentKind | null {
  return KIND_BY_FOLDED.get(foldWord(word)) ?? null;
}

/** Lower-case, NFC, single-spaced, with old-style word-final tone placement folded (uỷ -> ủy, hoá -> hóa). */
export function foldWord(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/o([àáảãạ])(?!\p{L})/gu, (_, v: string) => TONE_SWAP[v]! + 'a')
    .replace(/o([èéẻẽẹ])(?!\p{L})/gu, (_, v: string) => TONE_SWAP[v]! + 'e')
    .replace(/u([ỳýỷỹỵ])(?!\p{L})/gu, (_, v: string) => TONE_SWAP[v]! + 'y')
    .trim();
}

/** Folded forms of all kind words, e.g. for stopping an issuer phrase at the next reference. */
export function isKindWord(folded: string): boolean {
  return KIND_BY_FOLDED.has(folded);
}
