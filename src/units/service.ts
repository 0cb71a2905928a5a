import { inArray, sql } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import type { Db } from '../core/db/connection.js';
import { idArray } from '../core/access/scope.js';
import { forbidden, notFound } from '../core/errors.js';
import { todayIso } from '../core/vi-format.js';
import { canRead, isAdmin } from '../core/access/rules.js';
import type { UnitHistory, UnitSummary } from './schema.js';
import * as store from './store.js';
import { units } from './tables.js';
import * as historyStore from './history-store.js';

/**
 * The units valid on a date that the caller may see: their subtree, plus the chain of units above their
 * own unit so the tree has its context (a commune sees its district and province, not their other communes).
 */
export async function listUnits(ctx: Context, asOf: string = todayIso()): Promise<UnitSummary[]> {
  const unitId = ctx.actor.unitId;
  const scope = await ctx.scope();
  const present = ({ id, ...summary }: Omit<UnitSummary, 'inScope'> & { id: number }): UnitSummary => ({ ...summary, inScope: canRead(scope, id) });
  if (isAdmin(ctx.actor) || unitId === null) {
    return isAdmin(ctx.actor) ? (await store.listUnitsOn(ctx.db, asOf)).map(present) : [];
  }
  // What it reads and the units above it, in the one query of the list.
  const readable = scope.all ? [] : scope.readable;
  const visible = sql`select unnest(${idArray(readable)}::int[]) union select id from (${store.ancestorsSql(unitId, asOf)}) above`;
  return (await store.listUnitsOn(ctx.db, asOf, visible)).map(present);
}

/** Whether the database holds any unit (the demo loads only into an empty one). */
export async function hasUnits(db: Db): Promise<boolean> {
  return (await db.select({ id: units.id }).from(units).limit(1)).length > 0;
}

/** Marks units as illustrative (dữ liệu minh họa): the demo's invented villages and dates. */
export async function markIllustrative(db: Db, codes: readonly string[]): Promise<void> {
  await db.update(units).set({ illustrative: true }).where(inArray(units.code, [...codes]));
}

/** A unit by code or id, for other features (null when there is none); they never read the units tables. */
export const findUnitByCode = (db: Db, code: string) => store.findUnit(db, code);
export const findUnitById = (db: Db, id: number) => store.findUnitById(db, id);

export async function existingUnit(ctx: Context, code: string) {
  const unit = await store.findUnit(ctx.db, code);
  if (!unit) throw notFound('UNIT_NOT_FOUND', `Không tìm thấy đơn vị có mã "${code}".`);
  return unit;
}

/**
 * A unit the caller may read. The list of administrative units is public knowledge, so a unit outside
 * the caller's subtree answers 403 (not 404): the caller learns only that it is not theirs.
 */
export async function readableUnit(ctx: Context, code: string) {
  const unit = await existingUnit(ctx, code);
  if (!canRead(await ctx.scope(), unit.id)) {
    throw forbidden(`Bạn không có quyền xem dữ liệu của đơn vị mã "${code}" (ngoài phạm vi đơn vị của bạn).`, 'OUT_OF_SCOPE');
  }
  return unit;
}

export async function unitSummary(ctx: Context, unit: store.UnitRow, date: string): Promise<UnitSummary> {
  const state = await store.stateOf(ctx.db, unit, date);
  const parent = state.parentId ? await store.findUnitById(ctx.db, state.parentId) : null;
  return {
    code: unit.code, name: state.name, kind: state.level, typeName: state.typeName, parentCode: parent?.code ?? null,
    validFrom: unit.validFrom, validTo: unit.validTo, illustrative: unit.illustrative, inScope: canRead(await ctx.scope(), unit.id),
  };
}

export async function unitHistory(ctx: Context, code: string): Promise<UnitHistory> {
  const unit = await readableUnit(ctx, code);
  const [summary, versions, events, predecessors, successors, rollupSources] = await Promise.all([
    unitSummary(ctx, unit, todayIso()),
    historyStore.versionsOf(ctx.db, unit.id),
    historyStore.eventsOf(ctx.db, unit.id),
    historyStore.linkedUnits(ctx.db, unit.id, 'predecessors'),
    successorsOf(ctx.db, unit.id),
    historyStore.rollupSourcesOf(ctx.db, unit.id),
  ]);
  return { unit: summary, versions, events, predecessors, successors, rollupSources };
}

/** The units `unitId` went into by merge or split, with the date. */
export const successorsOf = (db: Db, unitId: number) => historyStore.linkedUnits(db, unitId, 'successors');

/** A unit as it stood on a date (a merged unit keeps the name it had then). */
export async function unitOn(db: Db, unitId: number, date: string) {
  const state = await store.stateById(db, unitId, date);
  if (!state) throw notFound('UNIT_NOT_FOUND', `Không tìm thấy đơn vị số ${unitId}.`);
  return state;
}

/** Codes of the units below `unitId` on `date` that report (communes and districts, not villages). */
export async function subordinateCodesOn(db: Db, unitId: number, date: string): Promise<Set<string>> {
  return store.descendantCodesOn(db, unitId, date, { excludeVillages: true });
}

/** The unit's name and type as they stood on `date` (a year's profile is titled with that year's name). */
export async function unitNamingAsOf(db: Db, unitId: number, date: string): Promise<{ name: string; typeName: string } | null> {
  const version = await store.versionOn(db, unitId, date);
  return version ? { name: version.name, typeName: version.typeName } : null;
}
