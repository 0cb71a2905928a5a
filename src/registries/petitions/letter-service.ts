/**
 * Letters (đơn): each received letter is recorded, with its sender, and joins a case (an existing one, when
 * it is about the same matter, or a new one it opens). A denouncer's identity is written to its own table
 * and never into the audit log or any list; only `getLetter` and the case detail read it, for the readers
 * the law allows.
 */
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { recordAudit } from '../../core/audit/writer.js';
import { invalid } from '../../core/errors.js';
import { formatDate } from '../../core/vi-format.js';
import { readableUnit } from '../../units/service.js';
import { checkUnitStood } from '../kit/crud.js';
import { canCreate, deletion, edited, editableRecord, inScope, presentMeta, readableRecord, today, writableUnit } from '../kit/records.js';
import type { DeleteInput } from '../kit/schema.js';
import { caseSearch, followLetters, letterSearch, mayReadIdentity, type PetitionSettings } from './case-service.js';
import { auditedSecret, letterChannelLabels, petitionKindLabels, protectedSenderLabel, protectsSender, type PetitionKind } from './rules.js';
import type { LetterInput, LetterOut, LetterQuery } from './schema.js';
import * as store from './store.js';
import { petitionLetters as letters } from './tables.js';

const label = (id: number) => `đơn số ${id}`;
type Sender = { name: string | null; address: string | null; contact: string | null };

const isProtected = (row: { kind: string; caseKind: string }) => protectsSender(row.kind as PetitionKind) || protectsSender(row.caseKind as PetitionKind);

function present(row: store.LetterRow, scope: Scope, ctx: Context, sender: Sender | null): LetterOut {
  const kind = row.kind as PetitionKind;
  const channel = row.channel as LetterOut['channel'];
  const hidden = isProtected(row) && sender === null;
  return {
    ...presentMeta(row, ctx, scope), caseId: row.caseId, caseTitle: row.caseTitle, receivedOn: row.receivedOn, channel,
    channelName: letterChannelLabels[channel], kind, kindName: petitionKindLabels[kind], field: row.field, summary: row.summary,
    senderCount: row.senderCount,
    sender: hidden ? { name: protectedSenderLabel, address: null, contact: null, hidden: true } : { name: sender?.name ?? row.openSenderName, address: sender?.address ?? null, contact: sender?.contact ?? null, hidden: false },
  };
}

/** A protected letter's identity for the readers the law allows; an open letter's for anyone who reads it. */
async function senderFor(ctx: Context, row: store.LetterRow, handler: { unitId: number; handlerId: number | null }, identity?: boolean): Promise<Sender | null> {
  if (isProtected(row) && !(identity ?? await mayReadIdentity(ctx, handler))) return null;
  return store.findSender(ctx.db, row.id);
}

export async function getLetter(ctx: Context, id: number): Promise<LetterOut> {
  const row = await readableRecord(ctx, await store.findLetter(ctx.db, id, today(ctx)), label(id));
  const kase = (await store.findCase(ctx.db, row.caseId, today(ctx)))!;
  return present(row, await ctx.scope(), ctx, await senderFor(ctx, row, kase));
}

/** The live letters of a case, for its detail page (`identity`: the caller may read a denouncer's name). */
export async function caseLetters(ctx: Context, caseId: number, identity: boolean): Promise<LetterOut[]> {
  const scope = await ctx.scope();
  const rows = await store.lettersOfCase(ctx.db, caseId, today(ctx));
  return Promise.all(rows.map(async (row) => present(row, scope, ctx, isProtected(row) && !identity ? null : await store.findSender(ctx.db, row.id))));
}

export async function listLetters(ctx: Context, query: LetterQuery) {
  const scope = await ctx.scope();
  const unitId = query.unitCode ? (await readableUnit(ctx, query.unitCode)).id : undefined;
  const { items, total } = await store.searchLetters(ctx.db, { inScope: inScope(scope, letters.unitId), unitId, q: query.q, kind: query.kind, caseId: query.caseId, from: query.from, to: query.to }, query.page, query.pageSize, today(ctx));
  // Lists never carry a denouncer's name, whoever reads them.
  return { total, page: query.page, pageSize: query.pageSize, items: items.map((row) => present(row, scope, ctx, null)), canCreate: canCreate(ctx, scope) };
}

const valuesOf = (i: LetterInput) => ({ receivedOn: i.receivedOn, channel: i.channel, kind: i.kind, field: i.field, summary: i.summary, senderCount: i.senderCount });
const senderOf = (i: LetterInput): Sender => ({ name: i.senderName, address: i.senderAddress, contact: i.senderContact });
/** A denouncer is never named in search text or the audit log: neither may show them to others. */
const searchOf = (i: LetterInput, caseKind: PetitionKind) => letterSearch(i, caseKind, i.senderName);
const auditOf = (i: ReturnType<typeof valuesOf>, sender: Sender | null, caseId: number, secret: boolean) =>
  ({ ...i, caseId, sender: secret ? auditedSecret : sender });

export function checkReceived(ctx: Context, receivedOn: string) {
  if (receivedOn > today(ctx)) {
    const message = `Ngày nhận đơn ${formatDate(receivedOn)} chưa đến.`;
    throw invalid('PETITION_DATE_IN_FUTURE', message, [{ field: 'receivedOn', message }]);
  }
}

/** An existing case a letter may join: one of the same unit that the caller may write. */
export async function joinableCase(tx: Context, caseId: number, unitId: number) {
  const row = await store.findCase(tx.db, caseId, today(tx), { lock: true });
  // The case itself is not edited here: its version is the one just read.
  const kase = await editableRecord(tx, row, row?.version ?? 0, `vụ việc số ${caseId}`);
  if (kase.unitId !== unitId) {
    const message = `Vụ việc số ${caseId} thuộc ${kase.unitName}, không thuộc đơn vị của đơn này: một vụ việc chỉ gồm đơn của cùng một đơn vị.`;
    throw invalid('PETITION_CASE_OTHER_UNIT', message, [{ field: 'caseId', message }]);
  }
  return kase;
}

/** The case a letter joins: one of the same unit the caller may write, or a new one opened by the letter. */
async function caseFor(tx: Context, input: LetterInput, unitId: number): Promise<{ id: number; kind: PetitionKind; opened: boolean }> {
  if (input.caseId !== null) {
    const kase = await joinableCase(tx, input.caseId, unitId);
    return { id: kase.id, kind: kase.kind as PetitionKind, opened: false };
  }
  const id = await store.insertCase(tx.db, {
    unitId, title: input.summary.slice(0, 500), kind: input.kind, field: input.field, receivedOn: input.receivedOn,
    searchText: caseSearch(input.summary.slice(0, 500), input.field, input.kind, []), createdBy: tx.actor.id, updatedBy: tx.actor.id,
  });
  await recordAudit(tx.db, tx, { unitId, entity: 'petition_case', entityId: id, action: 'petition_case.create', after: { title: input.summary.slice(0, 500), kind: input.kind } });
  return { id, kind: input.kind, opened: true };
}

export async function createLetter(ctx: Context, input: LetterInput, settings: PetitionSettings): Promise<LetterOut> {
  checkReceived(ctx, input.receivedOn);
  return ctx.transaction(async (tx) => {
    const unit = await writableUnit(tx, input.unitCode, 'sổ đơn thư');
    checkUnitStood(unit, input.receivedOn);
    const kase = await caseFor(tx, input, unit.id);
    const values = valuesOf(input);
    const id = await store.insertLetter(tx.db, { unitId: unit.id, caseId: kase.id, ...values, searchText: searchOf(input, kase.kind), createdBy: tx.actor.id, updatedBy: tx.actor.id });
    await store.saveSender(tx.db, id, senderOf(input));
    await followLetters(tx, kase.id, settings);
    const secret = protectsSender(input.kind) || protectsSender(kase.kind);
    await recordAudit(tx.db, tx, { unitId: unit.id, entity: 'petition_letter', entityId: id, action: 'petition_letter.create', after: auditOf(values, senderOf(input), kase.id, secret) });
    return getLetter(tx, id);
  });
}

export async function updateLetter(ctx: Context, id: number, input: LetterInput & { version: number }, settings: PetitionSettings): Promise<LetterOut> {
  checkReceived(ctx, input.receivedOn);
  return ctx.transaction(async (tx) => {
    const before = await editableRecord(tx, await store.findLetter(tx.db, id, today(tx), { lock: true }), input.version, label(id));
    const unit = before.unitCode === input.unitCode ? await readableUnit(tx, input.unitCode) : await writableUnit(tx, input.unitCode, 'sổ đơn thư');
    checkUnitStood(unit, input.receivedOn);
    const kase = input.caseId === before.caseId && unit.id === before.unitId ? { id: before.caseId, kind: before.caseKind as PetitionKind } : await caseFor(tx, input, unit.id);
    const values = valuesOf(input);
    const secret = isProtected(before) || protectsSender(input.kind) || protectsSender(kase.kind);
    const senderBefore = secret ? null : await store.findSender(tx.db, id);
    await store.updateLetter(tx.db, id, { unitId: unit.id, caseId: kase.id, ...values, searchText: searchOf(input, kase.kind), ...edited(letters, tx.actor.id) });
    // Someone the law keeps from a denouncer's identity never sees it, so cannot change it either: it stays.
    const identityHidden = isProtected(before) && !await mayReadIdentity(tx, (await store.findCase(tx.db, before.caseId, today(tx)))!);
    if (!identityHidden) await store.saveSender(tx.db, id, senderOf(input));
    await followLetters(tx, kase.id, settings);
    if (kase.id !== before.caseId) await followLetters(tx, before.caseId, settings);
    const valuesBefore = { receivedOn: before.receivedOn, channel: before.channel, kind: before.kind, field: before.field, summary: before.summary, senderCount: before.senderCount };
    await recordAudit(tx.db, tx, {
      unitId: unit.id, entity: 'petition_letter', entityId: id, action: 'petition_letter.update',
      before: auditOf(valuesBefore as ReturnType<typeof valuesOf>, senderBefore && { name: senderBefore.name, address: senderBefore.address, contact: senderBefore.contact }, before.caseId, secret),
      after: auditOf(values, senderOf(input), kase.id, secret),
    });
    return getLetter(tx, id);
  });
}

export async function deleteLetter(ctx: Context, id: number, input: DeleteInput, settings: PetitionSettings): Promise<LetterOut> {
  return ctx.transaction(async (tx) => {
    const before = await editableRecord(tx, await store.findLetter(tx.db, id, today(tx), { lock: true }), input.version, label(id));
    await store.updateLetter(tx.db, id, deletion(letters, tx.actor.id, input.reason));
    await followLetters(tx, before.caseId, settings);
    await recordAudit(tx.db, tx, { unitId: before.unitId, entity: 'petition_letter', entityId: id, action: 'petition_letter.delete', after: { reason: input.reason, caseId: before.caseId } });
    return getLetter(tx, id);
  });
}

/** Demo letters whose details were invented around the seed's counts, and their cases: "dữ liệu minh họa". */
export async function markPetitionsIllustrative(ctx: Context, letterIds: readonly number[]): Promise<void> {
  await store.markIllustrative(ctx.db, letterIds);
}
