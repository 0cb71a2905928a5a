/**
 * The history list, with each run of autosaves by one person shown as one line: an afternoon of typing
 * makes dozens of them, and the saves and workflow steps between them are what a reader looks for.
 */
export interface VersionRow { version: number; reason: string; savedBy: string | null; savedAt: string }

export type VersionEntry =
  | { kind: 'single'; row: VersionRow }
  | { kind: 'autosaves'; rows: VersionRow[]; savedBy: string | null; first: VersionRow; last: VersionRow };

/** Rows newest first, as the API gives them; entries in the same order. */
export function groupVersions(rows: readonly VersionRow[]): VersionEntry[] {
  const out: VersionEntry[] = [];
  for (const row of rows) {
    const previous = out.at(-1);
    if (row.reason === 'autosave' && previous?.kind === 'autosaves' && previous.savedBy === row.savedBy) {
      previous.rows.push(row);
      previous.first = row;
    } else if (row.reason === 'autosave') {
      out.push({ kind: 'autosaves', rows: [row], savedBy: row.savedBy, first: row, last: row });
    } else {
      out.push({ kind: 'single', row });
    }
  }
  // A lone autosave is just a version.
  return out.map((e) => (e.kind === 'autosaves' && e.rows.length === 1 ? { kind: 'single', row: e.rows[0]! } : e));
}
