import { eq, sql } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import { foldVietnamese } from '../core/vi-format.js';
import { conflict, forbidden, invalid, notFound } from '../core/errors.js';
import { recordAudit } from '../core/audit/writer.js';
import { canWrite, isAdmin } from '../core/access/rules.js';
import { citationOf, parseNumberFields } from './rules.js';
import type { DocumentDetail, DocumentInput, DocumentOut, DocumentQuery, DocumentUpdateInput, ResolvedReference } from './schema.js';
import { findDocumentReferences } from './references.js';
import type { DocumentRelation } from './relations.js';
import * as store from './store.js';
import { searchDocuments } from './search.js';
import type { DocumentRow } from './store.js';
import type { Db } from '../core/db/connection.js';
import { documentLinks, documents } from './tables.js';

function present(ctx: Context, row: store.DocumentRow, scope: Awaited<ReturnType<Context['scope']>>): DocumentOut {
  const issuedOn = row.issuedOn ?? null;
  return {
    id: row.id, kind: row.kind, numberText: row.numberText, number: row.number, year: row.year, kindCode: row.kindCode,
    issuerCode: row.issuerCode, family: row.family as DocumentOut['family'], issuedOn, issuer: row.issuer, summary: row.summary,
    citation: citationOf({ kind: row.kind, number: row.number, issuedOn, issuer: row.issuer }),
    unitCode: row.unitCode, version: row.version, canEdit: mayEdit(ctx, scope, row),
  };
}

function mayEdit(ctx: Context, scope: Awaited<ReturnType<Context['scope']>>, row: { unitId: number | null }): boolean {
  if (isAdmin(ctx.actor)) return true;
  return row.unitId !== null && canWrite(ctx.actor, scope, row.unitId);
}

/** The fields stored for an input: the number parsed, the kind from the symbol when not given. */
function rowValues(input: DocumentInput) {
  const parsed = parseNumberFields(input.numberText);
  if (!parsed) throw invalid('DOCUMENT_NUMBER_UNREADABLE', `Không đọc được số, ký hiệu "${input.numberText}".`, [{ field: 'numberText', message: 'Số, ký hiệu không hợp lệ' }]);
  const kind = input.kind ?? parsed.kind;
  return {
    kind, numberText: input.numberText, number: parsed.number, serial: parsed.serial, year: parsed.year, kindCode: parsed.kindCode,
    issuerCode: parsed.issuerCode, family: parsed.family, issuedOn: input.issuedOn, issuer: input.issuer, summary: input.summary,
  };
}

function duplicate(existing: store.DocumentRow) {
  return conflict('DOCUMENT_EXISTS',
    `Sổ văn bản đã có ${citationOf({ kind: existing.kind, number: existing.number, issuedOn: existing.issuedOn, issuer: existing.issuer })}.`,
    { id: existing.id });
}

/** Registered documents by id, for other features (reports cite them); they never read the documents tables. */
export async function documentsById(db: Db, ids: readonly number[]): Promise<DocumentRow[]> {
  return ids.length === 0 ? [] : store.findDocuments(db, [...new Set(ids)]);
}

/**
 * The documents a unit issued in a period, as its report's footnote lists them (seed 000's first footnote):
 * those it registered whose issuer is one of its own bodies (its People's Committee, its Party committee),
 * known by the unit's name in the issuer, or with no issuer given.
 */
export async function documentsIssuedBy(db: Db, unit: { id: number; name: string }, start: string, end: string): Promise<DocumentRow[]> {
  const name = foldVietnamese(unit.name).toLowerCase();
  return (await store.registeredWithin(db, unit.id, start, end)).filter((d) => !d.issuer.trim() || foldVietnamese(d.issuer).toLowerCase().includes(name));
}

export async function listDocuments(ctx: Context, query: DocumentQuery) {
  const { q, number, kind, year, issuer } = query;
  const { items, total } = await searchDocuments(ctx.db, { q, number, kind, year, issuer }, query.page, query.pageSize);
  const scope = await ctx.scope();
  return { total, page: query.page, pageSize: query.pageSize, items: items.map((row) => present(ctx, row, scope)) };
}

async function existing(ctx: Context, id: number): Promise<store.DocumentRow> {
  const row = await store.findDocument(ctx.db, id);
  if (!row) throw notFound('DOCUMENT_NOT_FOUND', `Không có văn bản số ${id} trong sổ văn bản.`);
  return row;
}

export async function getDocument(ctx: Context, id: number): Promise<DocumentDetail> {
  const row = await existing(ctx, id);
  const scope = await ctx.scope();
  const links = await store.linksOf(ctx.db, id);
  const others = await Promise.all(links.map((l) => store.findDocument(ctx.db, l.fromId === id ? l.toId : l.fromId)));
  return {
    ...present(ctx, row, scope),
    links: links.map((l, i) => ({
      id: l.id, relation: l.relation as DocumentRelation, direction: l.fromId === id ? 'out' as const : 'in' as const,
      document: present(ctx, others[i]!, scope),
    })),
  };
}

/**
 * The registry entry for a document cited by a request or a report, registered on the way when it is new.
 * Runs inside the caller's transaction; the caller has already checked the right to write.
 */
export async function documentIdFor(tx: Context, input: DocumentInput): Promise<number> {
  const values = rowValues(input);
  const same = await store.findSame(tx.db, values);
  if (same) return same.id;
  return insertDocument(tx, values);
}

async function insertDocument(tx: Context, values: ReturnType<typeof rowValues>): Promise<number> {
  const [row] = await tx.db.insert(documents).values({ ...values, unitId: tx.actor.unitId, createdBy: tx.actor.id }).returning({ id: documents.id });
  await recordAudit(tx.db, tx, { unitId: tx.actor.unitId, entity: 'document', entityId: row!.id, action: 'document.create', after: values });
  return row!.id;
}

/** Registers a document in the caller's unit; the same number, date and issuer twice is refused (409). */
export async function createDocument(ctx: Context, input: DocumentInput): Promise<DocumentOut> {
  const values = rowValues(input);
  return ctx.transaction(async (tx) => {
    const scope = await tx.scope();
    if (tx.actor.unitId === null ? !isAdmin(tx.actor) : !canWrite(tx.actor, scope, tx.actor.unitId)) {
      throw forbidden('Tài khoản chỉ có quyền xem (hoặc đơn vị đã kết thúc hoạt động) nên không thêm được văn bản vào sổ.', 'READ_ONLY');
    }
    const same = await store.findSame(tx.db, values);
    if (same) throw duplicate(same);
    const id = await insertDocument(tx, values);
    return present(tx, (await store.findDocument(tx.db, id))!, scope);
  });
}

export async function updateDocument(ctx: Context, id: number, input: DocumentUpdateInput): Promise<DocumentOut> {
  const values = rowValues(input);
  return ctx.transaction(async (tx) => {
    const scope = await tx.scope();
    const [before] = await tx.db.select().from(documents).where(eq(documents.id, id)).for('update');
    if (!before) throw notFound('DOCUMENT_NOT_FOUND', `Không có văn bản số ${id} trong sổ văn bản.`);
    if (!mayEdit(tx, scope, before)) throw forbidden('Chỉ đơn vị đã nhập văn bản này (hoặc quản trị hệ thống) được sửa nó.', 'DOCUMENT_NOT_YOURS');
    if (before.version !== input.version) {
      throw conflict('DOCUMENT_VERSION_CONFLICT', `Văn bản vừa được người khác sửa (phiên bản ${before.version}). Hãy tải lại rồi sửa lại.`, { currentVersion: before.version });
    }
    const same = await store.findSame(tx.db, values, id);
    if (same) throw duplicate(same);
    await tx.db.update(documents).set({ ...values, version: sql`${documents.version} + 1`, updatedAt: new Date() }).where(eq(documents.id, id));
    const { numberText, kind, issuedOn, issuer, summary } = before;
    await recordAudit(tx.db, tx, { unitId: before.unitId, entity: 'document', entityId: id, action: 'document.update', before: { numberText, kind, issuedOn, issuer, summary }, after: values });
    return present(tx, (await store.findDocument(tx.db, id))!, scope);
  });
}

export async function linkDocuments(ctx: Context, fromId: number, toId: number, relation: DocumentRelation): Promise<DocumentDetail> {
  if (fromId === toId) throw invalid('DOCUMENT_LINK_SELF', 'Một văn bản không liên kết với chính nó.');
  return ctx.transaction(async (tx) => {
    const from = await existing(tx, fromId);
    await existing(tx, toId);
    if (!mayEdit(tx, await tx.scope(), from)) throw forbidden('Chỉ đơn vị đã nhập văn bản này (hoặc quản trị hệ thống) được thêm liên kết.', 'DOCUMENT_NOT_YOURS');
    const [row] = await tx.db.insert(documentLinks).values({ fromId, toId, relation, createdBy: tx.actor.id }).onConflictDoNothing().returning({ id: documentLinks.id });
    if (!row) throw conflict('DOCUMENT_LINK_EXISTS', 'Hai văn bản đã có liên kết này.');
    await recordAudit(tx.db, tx, { unitId: from.unitId, entity: 'document', entityId: fromId, action: 'document.link', after: { toId, relation } });
    return getDocument(tx, fromId);
  });
}

export async function unlinkDocuments(ctx: Context, fromId: number, linkId: number): Promise<DocumentDetail> {
  return ctx.transaction(async (tx) => {
    const from = await existing(tx, fromId);
    if (!mayEdit(tx, await tx.scope(), from)) throw forbidden('Chỉ đơn vị đã nhập văn bản này (hoặc quản trị hệ thống) được bỏ liên kết.', 'DOCUMENT_NOT_YOURS');
    const [row] = await tx.db.delete(documentLinks).where(sql`${documentLinks.id} = ${linkId} and ${documentLinks.fromId} = ${fromId}`).returning();
    if (!row) throw notFound('DOCUMENT_LINK_NOT_FOUND', 'Không có liên kết này.');
    await recordAudit(tx.db, tx, { unitId: from.unitId, entity: 'document', entityId: fromId, action: 'document.unlink', before: { toId: row.toId, relation: row.relation } });
    return getDocument(tx, fromId);
  });
}

/**
 * Every document a text cites, each with the registry entries that match it, so a writer sees which
 * cited documents are registered and can register the others.
 */
export async function resolveReferences(ctx: Context, text: string): Promise<ResolvedReference[]> {
  const seen = new Set<string>();
  const refs = findDocumentReferences(text).filter((r) => {
    const key = `${r.number}|${r.date ?? ''}`;
    if (!r.number || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rows = await store.findByNumbers(ctx.db, [...new Set(refs.map((r) => r.number!))]);
  const scope = await ctx.scope();
  return refs.map((r) => ({
    text: r.text, kind: r.kind, number: r.number!, date: r.date, issuer: r.issuer,
    matches: rows.filter((d) => d.number === r.number && (!r.date || !d.issuedOn || d.issuedOn === r.date)).map((d) => present(ctx, d, scope)),
  }));
}
