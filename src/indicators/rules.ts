/** Pure arithmetic of indicator values: combining entered parts of a period, ratios, checks, wording. */
import { formatNumber, formatPercent } from '../core/vi-format.js';
import type { IndicatorDefinition, ValidationRule } from './catalogue.js';

export interface EnteredValue {
  periodKind: string;
  periodStart: string;
  periodEnd: string;
  spec: string;
  value: number;
}

export interface Combined {
  value: number;
  /** The periods whose entries made the value (the period itself when entered for it). */
  parts: string[];
  /** False when only some months or quarters of the period were entered. */
  complete: boolean;
}

/** How many periods of each kind a span of `months` months holds. */
const monthsOf: Record<string, number> = { month: 1, quarter: 3, half_year: 6, year: 12 };

/**
 * The value of an entered indicator for a period: the entry for exactly that period; otherwise, for an
 * indicator that sums over time, the entries of the coarsest kind lying inside it (two halves before four
 * quarters before twelve months), never mixing kinds, so nothing is counted twice. `months` is the length
 * of the period asked for. An indicator kept as its last value (a stock: households, area) takes the
 * entry that ends latest among those overlapping the period: 2023's households answer for 2021..2023 and for
 * 2023Q2; a period no entry touches has no value (2019's figures do not answer for 2023).
 */
export function combineEntries(entries: EnteredValue[], period: { start: string; end: string }, months: number, overTime: IndicatorDefinition['overTime']): Combined | null {
  const exact = entries.find((e) => e.periodStart === period.start && e.periodEnd === period.end);
  if (exact) return { value: exact.value, parts: [exact.spec], complete: true };
  const overlapping = entries.filter((e) => e.periodStart <= period.end && e.periodEnd >= period.start);
  if (overTime === 'last' && overlapping.length) {
    const last = overlapping.reduce((a, b) => (b.periodEnd > a.periodEnd || (b.periodEnd === a.periodEnd && b.periodStart > a.periodStart) ? b : a));
    return { value: last.value, parts: [last.spec], complete: true };
  }
  if (overTime !== 'sum') return null;
  for (const kind of ['year', 'half_year', 'quarter', 'month']) {
    const inside = entries.filter((e) => e.periodKind === kind && e.periodStart >= period.start && e.periodEnd <= period.end);
    if (inside.length === 0) continue;
    const expected = months / monthsOf[kind]!;
    return {
      value: inside.reduce((sum, e) => sum + e.value, 0),
      parts: inside.map((e) => e.spec).sort(),
      complete: Number.isInteger(expected) && inside.length === expected,
    };
  }
  return null;
}

/** A rate in percent from its parts; null when the denominator is zero or missing (a rate of nothing is not 0%). */
export function ratePercent(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return (numerator / denominator) * 100;
}

/** "2.384", "50,43%": the value as the report prints it. */
export function formatValue(def: Pick<IndicatorDefinition, 'valueType' | 'decimals'>, value: number | null): string {
  if (value === null) return '';
  return def.valueType === 'percent' ? formatPercent(value, def.decimals) : formatNumber(value, def.decimals);
}

export interface RuleBreach {
  rule: string;
  severity: ValidationRule['severity'];
  indicators: [string, string];
  message: string;
}

/** The rules broken by these values; a rule with a missing side is not judged. */
export function checkRules(rules: ValidationRule[], values: ReadonlyMap<string, number | null>): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  for (const r of rules) {
    const left = values.get(r.left);
    const right = values.get(r.right);
    if (left === null || left === undefined || right === null || right === undefined) continue;
    const holds = r.operator === '<=' ? left <= right : left === right;
    if (!holds) {
      breaches.push({ rule: r.code, severity: r.severity, indicators: [r.left, r.right], message: `${r.message} (${formatNumber(left)} so với ${formatNumber(right)})` });
    }
  }
  return breaches;
}
