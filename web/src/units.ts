import { useQueries, useQuery } from '@tanstack/react-query';
import type { UnitSummary } from '../../src/units/schema.js';
import { foldVietnamese, todayIso } from '../../src/core/vi-format.js';
import { api } from './api.js';
import { unitName } from './format.js';

export const unitsKey = (asOf: string) => ['units', asOf] as const;

export function fetchUnits(asOf: string) {
  return api.get<UnitSummary[]>('/api/v1/units', { asOf });
}

export function useUnits(asOf: string) {
  return useQuery({ queryKey: unitsKey(asOf), queryFn: () => fetchUnits(asOf), staleTime: 60_000 });
}

/**
 * Units the user can pick in a form: those valid today plus those valid on the reference date (a user
 * whose unit ended still works with the old units), without duplicates, sorted by code.
 */
export function useScopeUnits(referenceDate: string) {
  const dates = [...new Set([todayIso(), referenceDate])];
  const results = useQueries({
    queries: dates.map((asOf) => ({ queryKey: unitsKey(asOf), queryFn: () => fetchUnits(asOf), staleTime: 60_000 })),
  });
  const byCode = new Map<string, UnitSummary>();
  for (const r of results) for (const u of r.data ?? []) if (!byCode.has(u.code)) byCode.set(u.code, u);
  const units = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  return { units, isLoading: results.some((r) => r.isLoading) };
}

/**
 * Units the user may pick: their own subtree (the units above it are shown on the tree for context only),
 * by name as officials call them. Two units of the same name (a commune merged away and today's of the same
 * name elsewhere) are told apart by the unit above them, and only then by code.
 */
export function unitOptions(units: readonly UnitSummary[]) {
  const picked = units.filter((u) => u.inScope);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const named = (u: UnitSummary) => unitName(u) + (u.validTo ? ' - đã kết thúc' : '');
  const count = (label: string, of: (u: UnitSummary) => string) => picked.filter((o) => of(o) === label).length;
  const withParent = (u: UnitSummary) => {
    const parent = u.parentCode ? byCode.get(u.parentCode) : undefined;
    return parent ? `${named(u)}, ${unitName(parent)}` : named(u);
  };
  return picked.map((u) => {
    if (count(named(u), named) === 1) return { value: u.code, label: named(u) };
    const label = withParent(u);
    return { value: u.code, label: count(label, withParent) === 1 ? label : `${label} (mã ${u.code})` };
  });
}

const folded = (s: string) => foldVietnamese(s).toLowerCase();

/** Search in a select with or without diacritics: "tra tay" finds "Xã Trà Tây". */
export function matchesLabel(input: string, option?: { label?: unknown }): boolean {
  return folded(String(option?.label ?? '')).includes(folded(input));
}
