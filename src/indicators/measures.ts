/** How each registry indicator is counted, from the registry's own SQL (registries know nothing of indicators). */
import type { Db } from '../core/db/connection.js';
import type { NamedPeriod } from '../periods/rules.js';
import { activeModelCounts } from '../registries/models/sql.js';
import { outreachTotals } from '../registries/outreach/sql.js';
import { receptionTotals } from '../registries/reception/sql.js';
import { caseTotals, letterTotals } from '../registries/petitions/sql.js';
import { trainingTotals } from '../registries/trainings/sql.js';
import { inspectionTotals } from '../registries/inspections/sql.js';
import { awardTotals } from '../registries/awards/sql.js';
import { disclosureTotals } from '../registries/disclosures/sql.js';
import { voterPetitionTotals } from '../registries/voter-petitions/sql.js';
import { officersInCharge } from '../registries/officers/sql.js';

export interface Measured {
  value: number;
  /** Counts by disaggregation option (`form:conference`). */
  by?: Record<string, number>;
  /** Some of it was estimated ("khoảng 250 lượt người"). */
  approximate?: boolean;
}

/** One figures call's registry totals, so indicators read from the same totals query it once. */
export type TotalsCache = Map<string, Promise<unknown>>;
type Measure = (db: Db, unitId: number, period: NamedPeriod, cache: TotalsCache) => Promise<Measured>;

function once<T>(cache: TotalsCache, key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}
const outreach = (db: Db, unitId: number, p: NamedPeriod, cache: TotalsCache) => once(cache, 'outreach', () => outreachTotals(db, unitId, p.start, p.end));
const reception = (db: Db, unitId: number, p: NamedPeriod, cache: TotalsCache) => once(cache, 'reception', () => receptionTotals(db, unitId, p.start, p.end));

const trainings = (db: Db, unitId: number, p: NamedPeriod, cache: TotalsCache) => once(cache, 'trainings', () => trainingTotals(db, unitId, p.start, p.end));
const trainingMeasure = (pick: 'classes' | 'participants'): Measure => async (db, unitId, p, cache) => {
  const rows = await trainings(db, unitId, p, cache);
  return { value: rows.reduce((n, r) => n + r[pick], 0), by: Object.fromEntries(rows.map((r) => [`host:${r.host}`, r[pick]])) };
};

/** Counts by each option of several disaggregations (`kind:thematic`, `inspector:hdnd`) from rows grouped by all of them. */
function byEach<R extends { sessions: number }>(rows: R[], keys: (keyof R & string)[]): Record<string, number> {
  const by: Record<string, number> = {};
  for (const row of rows) for (const key of keys) by[`${key}:${String(row[key])}`] = (by[`${key}:${String(row[key])}`] ?? 0) + row.sessions;
  return by;
}

const cases = (db: Db, unitId: number, p: NamedPeriod, cache: TotalsCache) => once(cache, 'cases', () => caseTotals(db, unitId, p.start, p.end));
type CaseTotals = Awaited<ReturnType<typeof caseTotals>>;
const caseMeasure = (pick: (r: CaseTotals[number]) => number, byKind: boolean): Measure => async (db, unitId, p, cache) => {
  const rows = await cases(db, unitId, p, cache);
  return { value: rows.reduce((n, r) => n + pick(r), 0), ...(byKind ? { by: Object.fromEntries(rows.map((r) => [`kind:${r.kind}`, pick(r)])) } : {}) };
};

const years = (p: NamedPeriod) => [Number(p.start.slice(0, 4)), Number(p.end.slice(0, 4))] as const;

export const measures: Record<string, Measure> = {
  'models/active': async (db, unitId, p) => {
    const counts = await activeModelCounts(db, unitId, ...years(p));
    return { value: counts.total, by: counts.by };
  },
  'outreach/sessions': async (db, unitId, p, cache) => {
    const rows = await outreach(db, unitId, p, cache);
    return { value: rows.reduce((n, r) => n + r.sessions, 0), by: Object.fromEntries(rows.map((r) => [`form:${r.form}`, r.sessions])) };
  },
  'outreach/participants': async (db, unitId, p, cache) => {
    const rows = await outreach(db, unitId, p, cache);
    return { value: rows.reduce((n, r) => n + r.participants, 0), approximate: rows.some((r) => r.uncounted > 0) };
  },
  'reception/sessions': async (db, unitId, p, cache) => {
    const rows = (await reception(db, unitId, p, cache)).filter((r) => r.kind !== 'dialogue');
    return { value: rows.reduce((n, r) => n + r.sessions, 0), by: Object.fromEntries(rows.map((r) => [`kind:${r.kind}`, r.sessions])) };
  },
  'reception/citizens': async (db, unitId, p, cache) => {
    const rows = (await reception(db, unitId, p, cache)).filter((r) => r.kind !== 'dialogue');
    return { value: rows.reduce((n, r) => n + r.citizens, 0) };
  },
  'petitions/letters': async (db, unitId, p) => {
    const rows = await letterTotals(db, unitId, p.start, p.end);
    return { value: rows.reduce((n, r) => n + r.letters, 0), by: Object.fromEntries(rows.map((r) => [`kind:${r.kind}`, r.letters])) };
  },
  'petitions/cases': caseMeasure((r) => r.cases, true),
  'petitions/resolved': caseMeasure((r) => r.resolved, true),
  'petitions/mediated': caseMeasure((r) => r.mediated, false),
  'petitions/mediatedSuccess': caseMeasure((r) => r.mediatedSuccess, false),
  'petitions/crowd': caseMeasure((r) => r.crowd, false),
  'trainings/classes': trainingMeasure('classes'),
  'trainings/participants': trainingMeasure('participants'),
  'inspections/sessions': async (db, unitId, p) => {
    const rows = await inspectionTotals(db, unitId, p.start, p.end);
    return { value: rows.reduce((n, r) => n + r.sessions, 0), by: byEach(rows, ['kind', 'inspector']) };
  },
  ...Object.fromEntries((['decisions', 'individuals', 'collectives', 'households'] as const).map((pick) => [`awards/${pick}`, (async (db, unitId, p, cache) => {
    const totals = await once(cache, 'awards', () => awardTotals(db, unitId, p.start, p.end));
    return { value: totals[pick] };
  }) satisfies Measure])),
  'disclosures/items': async (db, unitId, p, cache) => {
    const rows = await once(cache, 'disclosures', () => disclosureTotals(db, unitId, p.start, p.end));
    return { value: rows.reduce((n, r) => n + r.sessions, 0), by: byEach(rows, ['group', 'form']) };
  },
  'disclosures/late': async (db, unitId, p, cache) => {
    const rows = await once(cache, 'disclosures', () => disclosureTotals(db, unitId, p.start, p.end));
    return { value: rows.reduce((n, r) => n + r.late, 0) };
  },
  'voterPetitions/received': async (db, unitId, p, cache) => ({ value: (await once(cache, 'voters', () => voterPetitionTotals(db, unitId, p.start, p.end))).received }),
  'voterPetitions/answered': async (db, unitId, p, cache) => ({ value: (await once(cache, 'voters', () => voterPetitionTotals(db, unitId, p.start, p.end))).answered }),
  'officers/inCharge': async (db, unitId, p) => ({ value: await officersInCharge(db, unitId, p.end) }),
  'reception/dialogues': async (db, unitId, p, cache) => {
    const rows = (await reception(db, unitId, p, cache)).filter((r) => r.kind === 'dialogue');
    return { value: rows.reduce((n, r) => n + r.sessions, 0) };
  },
};
