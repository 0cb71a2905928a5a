/**
 * Attachments of registry records. Who may see a record sees its files; who may edit it adds and removes
 * them (removed files are kept, with the reason, as deleted records are). Size, count and type are checked
 * before anything is written; every change is audited.
 */
import type { Context } from '../../core/context.js';
import { forbidden, invalid, notFound } from '../../core/errors.js';
import { recordAudit } from '../../core/audit/writer.js';
import { formatNumber } from '../../core/vi-format.js';
import { readableUnit } from '../../units/service.js';
import { attachmentKinds, attachmentLimits, cleanFileName, sniffType, type AttachmentType } from './rules.js';
import * as store from './store.js';

/** The record a file belongs to, read through its registry (404 outside the caller's scope). */
export interface AttachedTo {
  registry: string;
  get: (ctx: Context, id: number) => Promise<{ id: number; unitCode: string; canEdit: boolean }>;
}

export interface AttachmentOut {
  id: number;
  fileName: string;
  contentType: string;
  kindName: string;
  size: number;
  createdAt: string;
  createdBy: string | null;
  deleted: { at: string; by: string | null; reason: string } | null;
}

const present = (row: store.AttachmentRow): AttachmentOut => ({
  id: row.id, fileName: row.fileName, contentType: row.contentType, kindName: attachmentKinds[row.contentType as AttachmentType] ?? row.contentType,
  size: row.size, createdAt: row.createdAt.toISOString(), createdBy: row.createdByName,
  deleted: row.deletedAt ? { at: row.deletedAt.toISOString(), by: row.deletedByName, reason: row.deleteReason ?? '' } : null,
});

export async function listAttachments(ctx: Context, to: AttachedTo, recordId: number): Promise<AttachmentOut[]> {
  return ctx.transaction(async (tx) => {
    await to.get(tx, recordId);
    return (await store.attachmentsOf(tx.db, to.registry, recordId)).map(present);
  });
}

async function editable(tx: Context, to: AttachedTo, recordId: number) {
  const record = await to.get(tx, recordId);
  if (!record.canEdit) throw forbidden('Bạn chỉ có quyền xem bản ghi này (hoặc bản ghi đã bị xóa), không thêm, bớt tệp đính kèm được.', 'READ_ONLY');
  return { ...record, unitId: (await readableUnit(tx, record.unitCode)).id };
}

export async function addAttachment(ctx: Context, to: AttachedTo, recordId: number, file: unknown, name: string): Promise<AttachmentOut> {
  if (!Buffer.isBuffer(file) || file.length === 0) throw invalid('ATTACHMENT_INVALID', 'Hãy gửi tệp đính kèm làm nội dung (ảnh JPEG, PNG, PDF, Word hoặc Excel).');
  if (file.length > attachmentLimits.bytes) {
    throw invalid('FILE_TOO_LARGE', `Tệp ${formatNumber(file.length / 1024 / 1024, 1)} MB, quá giới hạn ${attachmentLimits.bytes / 1024 / 1024} MB của một tệp đính kèm.`);
  }
  const fileName = cleanFileName(name);
  const contentType = sniffType(file, fileName);
  if (!contentType) throw invalid('ATTACHMENT_TYPE', `Tệp "${fileName}" không phải ${Object.values(attachmentKinds).join(', ')}: không đính kèm được.`);
  return ctx.transaction(async (tx) => {
    const record = await editable(tx, to, recordId);
    if (await store.keptCount(tx.db, to.registry, recordId) >= attachmentLimits.perRecord) {
      throw invalid('ATTACHMENT_TOO_MANY', `Mỗi bản ghi có tối đa ${attachmentLimits.perRecord} tệp đính kèm.`);
    }
    const id = await store.insertAttachment(tx.db, { registry: to.registry, recordId, unitId: record.unitId, fileName, contentType, size: file.length, content: file, createdBy: tx.actor.id });
    await recordAudit(tx.db, tx, { unitId: record.unitId, entity: 'attachment', entityId: id, action: 'attachment.create', after: { registry: to.registry, recordId, fileName, contentType, size: file.length } });
    return present((await store.findAttachment(tx.db, to.registry, recordId, id))!);
  });
}

export async function readAttachment(ctx: Context, to: AttachedTo, recordId: number, id: number) {
  return ctx.transaction(async (tx) => {
    await to.get(tx, recordId);
    const row = await store.findAttachment(tx.db, to.registry, recordId, id);
    if (!row || row.deletedAt) throw notFound('RECORD_NOT_FOUND', `Không có tệp đính kèm số ${id} của bản ghi này.`);
    return { fileName: row.fileName, contentType: row.contentType, content: row.content };
  });
}

export async function deleteAttachment(ctx: Context, to: AttachedTo, recordId: number, id: number, reason: string): Promise<AttachmentOut> {
  return ctx.transaction(async (tx) => {
    const record = await editable(tx, to, recordId);
    const row = await store.findAttachment(tx.db, to.registry, recordId, id);
    if (!row || row.deletedAt) throw notFound('RECORD_NOT_FOUND', `Không có tệp đính kèm số ${id} của bản ghi này.`);
    await store.markDeleted(tx.db, id, tx.actor.id, reason);
    await recordAudit(tx.db, tx, { unitId: record.unitId, entity: 'attachment', entityId: id, action: 'attachment.delete', before: { registry: to.registry, recordId, fileName: row.fileName }, after: { reason } });
    return present((await store.findAttachment(tx.db, to.registry, recordId, id))!);
  });
}
