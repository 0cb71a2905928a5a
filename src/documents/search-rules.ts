/**
 * How a search of the registry reads what the user typed, the same way the database folds what is stored
 * (migration 0025, documents_fold): lower case, no diacritics, đ -> d, every run of other characters one
 * blank. So "113-CV-BDVHU", "113 cv/bdvhu" and "113CVBDVHU" are one number, and "dan van kheo" finds
 * "Dân vận khéo".
 */
import { cleanText } from '../core/text.js';
import { foldVietnamese } from '../core/vi-format.js';

export interface SearchWord {
  token: string;
  /** A figure ("113", "2025") must be a whole word, so 113 does not find 1134; other words match as prefixes. */
  whole: boolean;
}

export interface SearchTerms {
  /** The words folded and joined by one blank: what the ranking compares with the stored text. */
  folded: string;
  words: SearchWord[];
  /** The number without separators ("113cvbdvhu") when the text opens with a figure, else null. */
  numberKey: string | null;
}

/** At most this many words take part in a search (the query is 200 characters at most anyway). */
const MAX_WORDS = 12;

/** "Dân vận khéo" -> "dan van kheo"; "113-CV/BDVHU" -> "113 cv bdvhu". */
export function foldForSearch(text: string): string {
  return foldVietnamese(cleanText(text)).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join(' ');
}

/** The number as the database keys it: folded, separators gone ("1444/UBND-NV" -> "1444ubndnv"). */
export function numberKeyOf(text: string): string {
  return foldForSearch(text.replace(/^\s*(?:số|Số|SỐ|so|So|SO)\s*:?\s*(?=\d)/u, '')).replaceAll(' ', '');
}

export function searchTerms(text: string): SearchTerms | null {
  // "Số 53-KH/HU", "Số: 39/BC-UBND": the word "số" before a figure is not part of the number.
  const folded = foldForSearch(text).replace(/^so (?=\d)/, '');
  if (!folded) return null;
  const tokens = folded.split(' ').slice(0, MAX_WORDS);
  const key = tokens.join('');
  return {
    folded: tokens.join(' '),
    words: tokens.map((token) => ({ token, whole: /^\d+$/.test(token) })),
    numberKey: /^\d/.test(key) ? key : null,
  };
}

/**
 * The LIKE patterns the stored text (blank-padded: " dan van kheo ") must all match. Words match anywhere,
 * in any order. Text that opens with a figure is a number, so its words match in their order, as one run
 * ("113 KH BDVHU" is not 113-CV/BDVHU, whose text holds 113, kh and bdvhu apart).
 */
export function matchPatterns(terms: SearchTerms): string[] {
  const end = (w: SearchWord) => (w.whole ? ' %' : '%');
  if (terms.numberKey) return [`% ${terms.words.map((w) => w.token).join(' ')}${end(terms.words[terms.words.length - 1]!)}`];
  return terms.words.map((w) => `% ${w.token}${end(w)}`);
}
