/**
 * The four seed reports (src/demo/seed-reports) as official documents for the writers' tests: the seed's
 * content as the editor saves it, no annex, signed (no DỰ THẢO mark).
 */
import { reportContent } from '../content/meta-schema.js';
import { seedReports } from '../demo/seed-reports/index.js';
import type { OfficialDocument } from '../exports/model.js';

export type SeedId = '000' | '002' | '003' | '004';

export function seedDocument(seed: SeedId): OfficialDocument {
  const found = seedReports.find((s) => s.seed === seed);
  if (!found) throw new Error(`No seed ${seed}`);
  return { draft: false, annexes: [], content: reportContent.parse(found.content) };
}

export const seedIds: readonly SeedId[] = ['000', '002', '003', '004'];
