/** How each registry indicator is counted, from the registry's own SQL (registries know nothing of indicators). */
import type { Db } from '../core/db/connection.js';
import type { NamedPeriod } from '../periods/rules.js';
import { activeModelCounts } from '../registries/models/sql.js';
import { outreachTotals } from '../registries/outreach/sql.js';
import { receptionTotals } from '../registries/reception/sql.js';

export interface Measured {
  value: number;
  /** Counts by disaggregation option (`form:conference`). */
  by?: Record<string, number>;
  /** Some of it was estimated ("khoảng 250 lượt người"). */
  approximate?: boolean;
}

type Measure = (db: Db, unitId: number, period: NamedPeriod) => Promise<Measured>;

const years = (p: NamedPeriod) => [Number(p.start.slice(0, 4)), Number(p.end.slice(0, 4))] as const;

export const measures: Record<string, Measure> = {
  'models/active': async (db, unitId, p) => {
    const counts = await activeModelCounts(db, unitId, ...years(p));
    return { value: counts.total, by: counts.by };
  },
  'outreach/sessions': async (db, unitId, p) => {
    const rows = await outreachTotals(db, unitId, p.start, p.end);
    return { value: rows.reduce((n, r) => n + r.sessions, 0), by: Object.fromEntries(rows.map((r) => [`form:${r.form}`, r.sessions])) };
  },
  'outreach/participants': async (db, unitId, p) => {
    const rows = await outreachTotals(db, unitId, p.start, p.end);
    return { value: rows.reduce((n, r) => n + r.participants, 0), approximate: rows.some((r) => r.uncounted > 0) };
  },
  'reception/sessions': async (db, unitId, p) => {
    const rows = (await receptionTotals(db, unitId, p.start, p.end)).filter((r) => r.kind !== 'dialogue');
    return { value: rows.reduce((n, r) => n + r.sessions, 0), by: Object.fromEntries(rows.map((r) => [`kind:${r.kind}`, r.sessions])) };
  },
  'reception/citizens': async (db, unitId, p) => {
    const rows = (await receptionTotals(db, unitId, p.start, p.end)).filter((r) => r.kind !== 'dialogue');
    return { value: rows.reduce((n, r) => n + r.citizens, 0) };
  },
  'reception/dialogues': async (db, unitId, p) => {
    const rows = (await receptionTotals(db, unitId, p.start, p.end)).filter((r) => r.kind === 'dialogue');
    return { value: rows.reduce((n, r) => n + r.sessions, 0) };
  },
};
