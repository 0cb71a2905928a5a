/**
 * Search of the registry: a number in any spelling, words with or without diacritics, filters by kind,
 * year and issuer. Matches use the folded columns of migration 0025 and their trigram indexes; an entry
 * with exactly the number typed comes first, then one whose number starts with it, then by similarity.
 */
import { and, desc, eq, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../core/db/connection.js';
import { documents } from './tables.js';
import { matchPatterns, searchTerms, type SearchTerms } from './search-rules.js';
import { documentColumns, type DocumentRow } from './store.js';

export interface DocumentSearch {
  q?: string;
  /** A number typed in any form: entries with exactly this number. */
  number?: string;
  kind?: string;
  year?: number;
  /** Words of the issuer's name, with or without diacritics ("ubnd tra bong"). */
  issuer?: string;
}

const allWords = (column: SQLWrapper, terms: SearchTerms) =>
  and(...matchPatterns(terms).map((pattern) => sql`${column} like ${pattern}`))!;

function matchOf(terms: SearchTerms): SQL {
  const words = allWords(documents.searchText, terms);
  // "113-CV-BDVHU" is the number 113-CV/BDVHU, not 1134-CV/BDVHU nor 2113-CV/BDVHU: the key opens with it.
  return terms.numberKey ? or(sql`${documents.numberKey} like ${`${terms.numberKey}%`}`, words)! : words;
}

function conditions(filter: DocumentSearch, terms: SearchTerms | null): SQL[] {
  const out: SQL[] = [];
  if (filter.number) {
    const key = searchTerms(filter.number)?.numberKey;
    out.push(key ? eq(documents.numberKey, key) : sql`false`);
  }
  if (terms) out.push(matchOf(terms));
  if (filter.kind) out.push(eq(documents.kind, filter.kind));
  if (filter.year !== undefined) {
    // The year it was issued; a document with no date, the year in its number (59/2023/NĐ-CP).
    const y = filter.year;
    out.push(sql`(${documents.issuedOn} >= ${`${y}-01-01`}::date and ${documents.issuedOn} < ${`${y + 1}-01-01`}::date
      or ${documents.issuedOn} is null and ${documents.year} = ${y})`);
  }
  const issuer = filter.issuer ? searchTerms(filter.issuer) : null;
  if (issuer) out.push(allWords(documents.issuerText, issuer));
  return out;
}

function ranking(terms: SearchTerms | null): SQL[] {
  const latest = [desc(sql`coalesce(${documents.issuedOn}, '0001-01-01'::date)`), desc(documents.id)];
  if (!terms) return latest;
  const similar = desc(sql`word_similarity(${terms.folded}, ${documents.searchText})`);
  if (!terms.numberKey) return [similar, ...latest];
  const numberRank = sql`case when ${documents.numberKey} = ${terms.numberKey} then 0 when ${documents.numberKey} like ${`${terms.numberKey}%`} then 1 else 2 end`;
  return [numberRank, similar, ...latest];
}

export async function searchDocuments(db: Db, filter: DocumentSearch, page: number, pageSize: number): Promise<{ items: DocumentRow[]; total: number }> {
  const terms = filter.q ? searchTerms(filter.q) : null;
  const found = conditions(filter, terms);
  const where = found.length ? and(...found) : undefined;
  const [items, total] = await Promise.all([
    db.select(documentColumns).from(documents).where(where).orderBy(...ranking(terms)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(documents).where(where),
  ]);
  return { items, total: Number(total[0]?.n ?? 0) };
}
