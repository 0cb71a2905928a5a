import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/connection.js';
import { fullNameOf } from '../../core/access/people.js';
import { recordAttachments as files } from './tables.js';

const listed = {
  id: files.id, fileName: files.fileName, contentType: files.contentType, size: files.size, createdAt: files.createdAt,
  createdByName: fullNameOf(sql`${files.createdBy}`), deletedAt: files.deletedAt, deletedByName: fullNameOf(sql`${files.deletedBy}`), deleteReason: files.deleteReason,
};
export type AttachmentRow = Awaited<ReturnType<typeof attachmentsOf>>[number];

export async function attachmentsOf(db: Db, registry: string, recordId: number) {
  return db.select(listed).from(files).where(and(eq(files.registry, registry), eq(files.recordId, recordId))).orderBy(asc(files.id));
}

export async function keptCount(db: Db, registry: string, recordId: number): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(files).where(and(eq(files.registry, registry), eq(files.recordId, recordId), isNull(files.deletedAt)));
  return row?.n ?? 0;
}

export async function insertAttachment(db: Db, row: typeof files.$inferInsert): Promise<number> {
  const [inserted] = await db.insert(files).values(row).returning({ id: files.id });
  return inserted!.id;
}

export async function findAttachment(db: Db, registry: string, recordId: number, id: number) {
  const [row] = await db.select({ ...listed, content: files.content }).from(files)
    .where(and(eq(files.id, id), eq(files.registry, registry), eq(files.recordId, recordId))).limit(1);
  return row ?? null;
}

export async function markDeleted(db: Db, id: number, actorId: number | null, reason: string) {
  await db.update(files).set({ deletedAt: new Date(), deletedBy: actorId, deleteReason: reason }).where(eq(files.id, id));
}
