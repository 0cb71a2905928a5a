/**
 * The use-case steps every registry shares: the unit written to, the record read or edited (404 outside
 * the scope, READ_ONLY for an ended unit's account, 409 when someone saved in between), the scope as a
 * filter, search without diacritics, and a record's bookkeeping as the API shows it.
 */
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Context } from '../../core/context.js';
import { conflict, forbidden, notFound } from '../../core/errors.js';
import { canRead, canWrite, type Scope } from '../../core/access/rules.js';
import { fullNameOf } from '../../core/access/people.js';
import { foldVietnamese, todayIso } from '../../core/vi-format.js';
import { readableUnit } from '../../units/service.js';
import { unitCodeOf, unitNameOn } from '../../units/sql.js';

export interface KeptRow {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  illustrative: boolean;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
  deletedAt: Date | null;
  deletedByName: string | null;
  deleteReason: string | null;
}

/** A record as read: its table's columns and the names they are shown with. */
export type RecordRow<T extends { $inferSelect: object }> = T['$inferSelect'] & Pick<KeptRow, 'unitCode' | 'unitName' | 'updatedByName' | 'deletedByName'>;

/** The names a record's row is shown with: its unit (as it is called today) and the people who wrote it. */
export const keptNames = (t: { unitId: PgColumn; updatedBy: PgColumn; deletedBy: PgColumn }, today: string) => ({
  unitCode: unitCodeOf(sql`${t.unitId}`),
  unitName: sql<string>`${unitNameOn(sql`${t.unitId}`, sql`${today}::date`)}`,
  updatedByName: fullNameOf(sql`${t.updatedBy}`),
  deletedByName: fullNameOf(sql`${t.deletedBy}`),
});

export const today = (ctx: Context) => todayIso(ctx.now());

export function presentMeta(row: KeptRow, ctx: Context, scope: Scope) {
  return {
    id: row.id, unitCode: row.unitCode, unitName: row.unitName, illustrative: row.illustrative, version: row.version,
    updatedAt: row.updatedAt.toISOString(), updatedBy: row.updatedByName,
    deleted: row.deletedAt ? { at: row.deletedAt.toISOString(), by: row.deletedByName, reason: row.deleteReason ?? '' } : null,
    canEdit: !row.deletedAt && canWrite(ctx.actor, scope, row.unitId),
  };
}

/** The unit a record is written to: one the caller keeps today. */
export async function writableUnit(ctx: Context, code: string, registry: string) {
  const unit = await readableUnit(ctx, code);
  if (!canWrite(ctx.actor, await ctx.scope(), unit.id)) {
    throw forbidden(`Bạn chỉ có quyền xem, không được ghi ${registry} của đơn vị mã "${code}".`, 'READ_ONLY');
  }
  return unit;
}

/** A record the caller reads, or 404: outside the scope it is not there for them. */
export async function readableRecord<T extends KeptRow>(ctx: Context, row: T | null, label: string): Promise<T> {
  if (!row || !canRead(await ctx.scope(), row.unitId)) throw notFound('RECORD_NOT_FOUND', `Không tìm thấy ${label}.`);
  return row;
}

/** A record the caller may change now, read at the version they edited. */
export async function editableRecord<T extends KeptRow>(ctx: Context, row: T | null, version: number, label: string): Promise<T> {
  const found = await readableRecord(ctx, row, label);
  if (found.deletedAt) throw forbidden(`${capital(label)} đã bị xóa khỏi sổ.`, 'READ_ONLY');
  if (!canWrite(ctx.actor, await ctx.scope(), found.unitId)) throw forbidden(`Bạn chỉ có quyền xem ${label}.`, 'READ_ONLY');
  if (found.version !== version) {
    throw conflict('RECORD_VERSION_CONFLICT',
      `${capital(label)} vừa được ${found.updatedByName ?? 'người khác'} lưu thành phiên bản ${found.version} trong khi bạn sửa phiên bản ${version}. Hãy tải lại để xem bản mới rồi sửa tiếp.`,
      { currentVersion: found.version });
  }
  return found;
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** The caller may record in some unit today. */
export const canCreate = (ctx: Context, scope: Scope) =>
  scope.all || (ctx.actor.roles.some((r) => r === 'manager' || r === 'editor') && scope.writable.size > 0);

/**
 * The scope as a filter over a unit column: the ids the scope query loaded, so each unit is an index
 * lookup (the recursive query inside the filter made PostgreSQL scan every record of the country).
 */
export function inScope(scope: Scope, column: PgColumn): SQL | undefined {
  if (scope.all) return undefined;
  return scope.readable.size ? inArray(column, [...scope.readable]) : sql`false`;
}

/** What search matches: diacritics and case folded, so "dan van kheo" finds "Dân vận khéo". */
export const searchKey = (...parts: (string | null | undefined)[]) => foldVietnamese(parts.filter(Boolean).join(' ')).toLowerCase();

/** One condition per word typed, each found anywhere in the record's search text. */
export const matchesWords = (column: PgColumn, q: string | undefined): SQL[] =>
  searchKey(q).split(/\s+/).filter(Boolean).map((word) => sql`${column} like ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);

/** The columns set by a soft delete. */
export const deletion = (t: { version: PgColumn }, actorId: number | null, reason: string) => ({
  deletedAt: new Date(), deletedBy: actorId, deleteReason: reason, version: sql`${t.version} + 1`, updatedBy: actorId, updatedAt: new Date(),
});

/** The columns set by an edit besides the record's fields. */
export const edited = (t: { version: PgColumn }, actorId: number | null) => ({ version: sql`${t.version} + 1`, updatedBy: actorId, updatedAt: new Date() });

/** Rows read with `count(*) over ()` as `total`: the page and the total; a page past the end counts apart. */
export async function pageWithTotal<R extends { total: number }>(rows: R[], countAll: () => Promise<number>) {
  if (rows.length) return { items: rows.map(({ total: _, ...row }) => row), total: Number(rows[0]!.total) };
  return { items: [] as Omit<R, 'total'>[], total: await countAll() };
}
