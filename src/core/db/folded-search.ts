/**
 * Search without diacritics over text the database computes (a report's subject, a unit's name on a date),
 * where no stored search column exists: the text is folded in SQL the way foldVietnamese folds the words
 * typed, with translate() and lower() only, so PGlite and PostgreSQL agree without the unaccent extension.
 */
import { sql, type SQL } from 'drizzle-orm';
import { foldVietnamese } from '../vi-format.js';

/** Every precomposed Latin letter that folds to one ASCII letter; combining marks map to nothing (dropped). */
function foldTable(): { from: string; to: string } {
  let from = '';
  let to = '';
  for (const [first, last] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let code = first; code <= last; code++) {
      const letter = String.fromCodePoint(code);
      const folded = foldVietnamese(letter);
      if (folded !== letter && /^[A-Za-z]$/.test(folded)) {
        from += letter;
        to += folded;
      }
    }
  }
  for (let code = 0x300; code <= 0x36f; code++) from += String.fromCodePoint(code);
  return { from, to };
}

const table = foldTable();

/** `text` folded in SQL: "Xã Trà Tây" -> "xa tra tay" (lower() of ASCII is the same in every locale). */
export const foldedSql = (text: SQL): SQL => sql`lower(translate(${text}, ${table.from}, ${table.to}))`;

/** The words typed, folded and lower-cased, each escaped for LIKE. */
export const searchWords = (q: string | undefined): string[] =>
  foldVietnamese(q ?? '').toLowerCase().split(/\s+/).filter(Boolean).map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`));

/** One condition per word typed, each found anywhere in `text` folded ("dan van kheo" finds "Dân vận khéo"). */
export function foldedMatch(text: SQL, q: string | undefined): SQL | undefined {
  const words = searchWords(q);
  if (!words.length) return undefined;
  const folded = foldedSql(text);
  return sql.join(words.map((w) => sql`${folded} like ${`%${w}%`}`), sql` and `);
}
