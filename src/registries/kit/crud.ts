/**
 * Get, create, edit and soft-delete of a registry record, the same for every registry: validate, check
 * the unit is kept today, one transaction, the audit row, the answer. A registry gives its table, how it
 * reads a row, its fields and how they are shown.
 */
import { eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { recordAudit, recordAuditMany } from '../../core/audit/writer.js';
import type { Db } from '../../core/db/connection.js';
import { invalid } from '../../core/errors.js';
import { formatDate } from '../../core/vi-format.js';
import { readableUnit } from '../../units/service.js';
import { deletion, edited, editableRecord, readableRecord, today, writableUnit, type KeptRow } from './records.js';
import type { DeleteInput } from './schema.js';

type RecordTable = PgTable & { id: PgColumn; unitId: PgColumn; version: PgColumn };

export interface RegistrySpec<Input extends { unitCode: string }, Row extends KeptRow, Out> {
  table: RecordTable;
  /** The audit log's entity ("outreach_session") and action prefix ("outreach"). */
  entity: string;
  action: string;
  /** "sổ tuyên truyền", for "không được ghi sổ tuyên truyền của đơn vị …". */
  registry: string;
  /** "đợt tuyên truyền số 5" */
  label: (id: number) => string;
  find: (db: Db, id: number, today: string, options?: { lock?: boolean }) => Promise<Row | null>;
  /** The record's own columns from an input (what the audit log keeps too). */
  values: (input: Input) => Record<string, unknown>;
  /** The words search matches, folded. */
  search: (input: Input) => string;
  present: (row: Row, scope: Scope, ctx: Context) => Out;
  /** Rules beyond the schema, before any write (a stop year after the start year). */
  check?: (ctx: Context, input: Input) => void;
  /** The day the record happened, which must fall while its unit stood (history goes to the unit it happened in). */
  dateOf?: (input: Input) => string;
  /** Columns found in the transaction (the decision registered in the document registry, a model checked to be the unit's). */
  prepare?: (tx: Context, input: Input, unitId: number) => Promise<Record<string, unknown>>;
}

/** A session held before a commune was formed happened in the unit before it: recorded there, not here. */
export function checkUnitStood(unit: { code: string; validFrom: string; validTo: string | null }, date: string) {
  if (date >= unit.validFrom && (unit.validTo === null || date < unit.validTo)) return;
  const message = date < unit.validFrom
    ? `Đơn vị mã "${unit.code}" có từ ngày ${formatDate(unit.validFrom)}: việc ngày ${formatDate(date)} thuộc đơn vị trước đó, hãy ghi vào sổ của đơn vị đó.`
    : `Đơn vị mã "${unit.code}" đã kết thúc từ ngày ${formatDate(unit.validTo!)}: việc ngày ${formatDate(date)} thuộc đơn vị kế thừa, hãy ghi vào sổ của đơn vị đó.`;
  throw invalid('RECORD_DATE_OUTSIDE_UNIT', message, [{ field: 'unitCode', message }]);
}

export function registryCrud<Input extends { unitCode: string }, Row extends KeptRow, Out>(spec: RegistrySpec<Input, Row, Out>) {
  const { table } = spec;
  const auditView = (row: Row) => spec.values(row as unknown as Input);

  async function get(ctx: Context, id: number): Promise<Out> {
    return spec.present(await readableRecord(ctx, await spec.find(ctx.db, id, today(ctx)), spec.label(id)), await ctx.scope(), ctx);
  }

  async function create(ctx: Context, input: Input): Promise<Out> {
    spec.check?.(ctx, input);
    return ctx.transaction(async (tx) => {
      const unit = await writableUnit(tx, input.unitCode, spec.registry);
      if (spec.dateOf) checkUnitStood(unit, spec.dateOf(input));
      const values = { ...spec.values(input), ...(await spec.prepare?.(tx, input, unit.id)) };
      // The table is the registry's own; its insert type is not known here.
      const [row] = await tx.db.insert(table).values({ unitId: unit.id, ...values, searchText: spec.search(input), createdBy: tx.actor.id, updatedBy: tx.actor.id } as never)
        .returning({ id: table.id }) as { id: number }[];
      await recordAudit(tx.db, tx, { unitId: unit.id, entity: spec.entity, entityId: row!.id, action: `${spec.action}.create`, after: values });
      return get(tx, row!.id);
    });
  }

  async function update(ctx: Context, id: number, input: Input & { version: number }): Promise<Out> {
    spec.check?.(ctx, input);
    return ctx.transaction(async (tx) => {
      const before = await editableRecord(tx, await spec.find(tx.db, id, today(tx), { lock: true }), input.version, spec.label(id));
      // Moving a record to another unit needs the right to write there too.
      const moved = before.unitCode !== input.unitCode;
      // The unit is read only when the record moves or its date must fall while the unit stood.
      const unit = moved ? await writableUnit(tx, input.unitCode, spec.registry) : spec.dateOf ? await readableUnit(tx, input.unitCode) : null;
      if (unit && spec.dateOf) checkUnitStood(unit, spec.dateOf(input));
      const unitId = unit?.id ?? before.unitId;
      const values = { ...spec.values(input), ...(await spec.prepare?.(tx, input, unitId)) };
      await tx.db.update(table).set({ unitId, ...values, searchText: spec.search(input), ...edited(table, tx.actor.id) } as never).where(eq(table.id, id));
      await recordAudit(tx.db, tx, { unitId, entity: spec.entity, entityId: id, action: `${spec.action}.update`, before: auditView(before), after: values });
      return get(tx, id);
    });
  }

  /** Soft delete: counts made before it stay traceable; the reason is kept and audited. */
  async function remove(ctx: Context, id: number, input: DeleteInput): Promise<Out> {
    return ctx.transaction(async (tx) => {
      const before = await editableRecord(tx, await spec.find(tx.db, id, today(tx), { lock: true }), input.version, spec.label(id));
      await tx.db.update(table).set(deletion(table, tx.actor.id, input.reason) as never).where(eq(table.id, id));
      await recordAudit(tx.db, tx, { unitId: before.unitId, entity: spec.entity, entityId: id, action: `${spec.action}.delete`, before: auditView(before), after: { reason: input.reason } });
      return get(tx, id);
    });
  }

  /** Demo records whose details were invented around the seeds' figures: shown as "dữ liệu minh họa". */
  async function markIllustrative(ctx: Context, ids: readonly number[]): Promise<void> {
    if (ids.length) await ctx.db.update(table).set({ illustrative: true } as never).where(inArray(table.id, [...ids]));
  }

  /**
   * The checks create makes, inside the caller's transaction, for a record about to be written in bulk:
   * the schema's rules beyond the form, the unit kept today (looked up once per code), the day within it.
   */
  async function checkNew(tx: Context, input: Input, units: Map<string, Promise<{ id: number; code: string; validFrom: string; validTo: string | null }>>): Promise<number> {
    spec.check?.(tx, input);
    if (!units.has(input.unitCode)) units.set(input.unitCode, writableUnit(tx, input.unitCode, spec.registry));
    const unit = await units.get(input.unitCode)!;
    if (spec.dateOf) checkUnitStood(unit, spec.dateOf(input));
    return unit.id;
  }

  /** Writes checked records in batches, each with its audit row (`action`.import), in the caller's transaction. */
  async function insertMany(tx: Context, records: readonly { unitId: number; input: Input }[]): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < records.length; i += 500) {
      const batch = records.slice(i, i + 500);
      const rows = [];
      for (const { unitId, input } of batch) {
        rows.push({ unitId, ...spec.values(input), ...(await spec.prepare?.(tx, input, unitId)), searchText: spec.search(input), createdBy: tx.actor.id, updatedBy: tx.actor.id });
      }
      const inserted = await tx.db.insert(table).values(rows as never).returning({ id: table.id }) as { id: number }[];
      await recordAuditMany(tx.db, tx, inserted.map(({ id }, k) => ({ unitId: batch[k]!.unitId, entity: spec.entity, entityId: id, action: `${spec.action}.import`, after: spec.values(batch[k]!.input) })));
      ids.push(...inserted.map((r) => r.id));
    }
    return ids;
  }

  return { get, create, update, remove, markIllustrative, checkNew, insertMany };
}
