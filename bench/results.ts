/**
 * The benchmark table (issue 12 §4): each bench script records its figures in bench/results.json, one
 * entry a figure, so one `npm run bench` leaves every target with its value side by side. A script
 * replaces only the entries it measured; the others' stay.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BenchResult {
  /** What was measured, in words (the key an entry is replaced by). */
  name: string;
  value: number;
  unit: string;
  /** The target, as the issue states it ("< 4000 ms"). */
  target: string;
  met: boolean;
  /** When it was measured (ISO). */
  at?: string;
}

export const resultsFile = fileURLToPath(new URL('./results.json', import.meta.url));

function readResults(file: string): BenchResult[] {
  if (!fs.existsSync(file)) return [];
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  return Array.isArray(parsed) ? (parsed as BenchResult[]) : [];
}

/** Prints each figure with its target, and writes them over the entries of the same name. */
export function recordResults(results: BenchResult[], file = resultsFile): void {
  const at = new Date().toISOString();
  for (const r of results) {
    console.log(`${r.met ? 'ĐẠT ' : 'CHƯA'}  ${r.name.padEnd(58)} ${String(r.value).padStart(9)} ${r.unit.padEnd(4)} mục tiêu ${r.target}`);
  }
  const names = new Set(results.map((r) => r.name));
  const kept = readResults(file).filter((r) => !names.has(r.name));
  fs.writeFileSync(file, JSON.stringify([...kept, ...results.map((r) => ({ ...r, at }))], null, 2) + '\n');
}
