import { describe, expect, it } from 'vitest';
import { groupVersions, type VersionRow } from './versionGroups.js';

const row = (version: number, reason: string, savedBy = 'taytrabong'): VersionRow => ({ version, reason, savedBy, savedAt: `2026-12-01T0${version % 10}:00:00Z` });

describe('groupVersions', () => {
  it('folds each run of one person’s autosaves into one entry, keeping saves and the other person apart', () => {
    const rows = [row(9, 'save'), row(8, 'autosave'), row(7, 'autosave'), row(6, 'autosave', 'lanhdaotaytrabong'), row(5, 'autosave'), row(4, 'autosave'), row(3, 'autosave'), row(2, 'save'), row(1, 'create')];
    const entries = groupVersions(rows);
    expect(entries.map((e) => (e.kind === 'single' ? e.row.version : e.rows.map((r) => r.version)))).toEqual([9, [8, 7], 6, [5, 4, 3], 2, 1]);
    const run = entries[3]!;
    expect(run.kind === 'autosaves' && [run.last.version, run.first.version]).toEqual([5, 3]);
  });
});
