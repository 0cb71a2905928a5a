/**
 * A server-paged list's search, filters and page, kept in the address (?q=…&status=…&page=2), so a link
 * opens the list filtered (the dashboard's counts do) and the back button returns to the same page.
 */
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebounced } from './useDebounced.js';

export const listPageSize = 20;

export function useListParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const q = useDebounced(typed, 300);
  const filters = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<K, string | undefined>;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const write = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  // A search settled since the address was written goes into it, back on the first page.
  // Only a change of what was typed writes: a link that opens the list elsewhere keeps its own search.
  const written = params.get('q') ?? '';
  const settled = useRef(q);
  useEffect(() => {
    if (settled.current === q) return;
    settled.current = q;
    if (q === written) return;
    const next = new URLSearchParams(params);
    if (q) next.set('q', q);
    else next.delete('q');
    next.delete('page');
    setParams(next, { replace: true });
  }, [q, written, params, setParams]);
  return {
    /** What the search box shows (the query reads `q`, the settled value). */
    typed, setTyped, q: written || undefined, filters, page,
    /** Changes filters and goes back to the first page. */
    setFilter: (patch: Partial<Record<K, string | undefined>>) => write({ ...patch, page: undefined }),
    setPage: (n: number) => write({ page: n > 1 ? String(n) : undefined }),
  };
}

/** The years a list offers: this year and the five before. */
export const recentYears = (today = new Date()) => Array.from({ length: 6 }, (_, i) => today.getFullYear() - i);
