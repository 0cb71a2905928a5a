/**
 * A unit's open work, handed to its successor when it ends (merge, dissolution):
 * - the requests it sent that are still open (not withdrawn, some recipient not yet accepted) get the
 *   successor as issuer;
 * - the open requests it received and has not started go to the successor (open: not withdrawn, from an
 *   issuer that exists today);
 * - its drafts never submitted go to the successor, with the successor's header (a new version), and a
 *   draft answering a request takes the ended unit's place among that request's recipients. Where the
 *   successor already has its own report for the same request, the ended unit's draft stays (the
 *   successor keeps it and can still open it).
 * Submitted and accepted reports stay with the unit that wrote them: they are its history.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/connection.js';
import { todayIso } from '../core/vi-format.js';
import { liveRequestsIssuedBy, liveRequestsReceivedBy, passIssuer, passRecipient } from '../requests/hand-over.js';
import { unitOn } from '../units/service.js';
import { recordAudit, type AuditSource } from '../core/audit/writer.js';
import { reheaded, type Heading } from './draft-rules.js';
import { reports, reportVersions } from './tables.js';

export interface OpenWork {
  issuedRequests: number;
  receivedRequests: number;
  drafts: number;
}

/** The live requests the unit sent where some recipient's report is not yet accepted. */
async function openIssued(db: Db, unitId: number, lock = false): Promise<number[]> {
  const live = await liveRequestsIssuedBy(db, unitId, lock);
  if (live.length === 0) return [];
  const accepted = await db.select({ requestId: reports.requestId, unitId: reports.unitId }).from(reports)
    .where(and(inArray(reports.requestId, live.map((r) => r.id)), eq(reports.status, 'accepted')));
  const done = new Set(accepted.map((r) => `${r.requestId}:${r.unitId}`));
  return live.filter((r) => r.recipientIds.some((unit) => !done.has(`${r.id}:${unit}`))).map((r) => r.id);
}

/** The live requests addressed to the unit that it has not started a report for. */
async function untouchedReceived(db: Db, unitId: number, today: string, lock = false): Promise<number[]> {
  const live = await liveRequestsReceivedBy(db, unitId, today, lock);
  if (live.length === 0) return [];
  const started = new Set((await db.select({ requestId: reports.requestId }).from(reports)
    .where(and(eq(reports.unitId, unitId), inArray(reports.requestId, live)))).map((r) => r.requestId));
  return live.filter((id) => !started.has(id));
}

const neverSubmitted = (unitId: number) => sql`r.unit_id = ${unitId} and r.status = 'draft' and r.first_submitted_at is null`;

export async function openWorkOf(db: Db, unitId: number, today: string): Promise<OpenWork> {
  const [row] = await queryRows<{ drafts: number }>(db, sql`select count(*)::int as drafts from reports r where ${neverSubmitted(unitId)}`);
  return { issuedRequests: (await openIssued(db, unitId)).length, receivedRequests: (await untouchedReceived(db, unitId, today)).length, drafts: row!.drafts };
}

export async function handOverRequests(tx: Db, source: AuditSource, fromUnitId: number, toUnitId: number, today: string): Promise<{ issued: number; received: number }> {
  // Locked: what is moved is what was checked.
  const issued = await openIssued(tx, fromUnitId, true);
  const received = await untouchedReceived(tx, fromUnitId, today, true);
  await passIssuer(tx, source, issued, fromUnitId, toUnitId);
  for (const id of received) await passRecipient(tx, source, id, fromUnitId, toUnitId);
  return { issued: issued.length, received: received.length };
}

/** A unit and the one above it on a date, as a header names them. */
async function headingOn(db: Db, unitId: number, date: string): Promise<Heading> {
  const unit = await unitOn(db, unitId, date);
  return { unit, parent: unit.parentId ? await unitOn(db, unit.parentId, date) : null };
}

/** The draft as the successor's: its header rewritten, saved as a new version. */
async function reheadDraft(tx: Db, reportId: number, fromUnitId: number, toUnitId: number, today: string): Promise<void> {
  const [draft] = await tx.select({ content: reports.content, version: reports.version, createdAt: reports.createdAt }).from(reports).where(eq(reports.id, reportId));
  // The header was written from the unit as it stood when the draft was created.
  const meta = reheaded(draft!.content.meta, await headingOn(tx, fromUnitId, todayIso(draft!.createdAt)), await headingOn(tx, toUnitId, today));
  const content = { ...draft!.content, meta };
  const version = draft!.version + 1;
  await tx.update(reports).set({ unitId: toUnitId, content, version, updatedAt: sql`now()` }).where(eq(reports.id, reportId));
  await tx.insert(reportVersions).values({ reportId, version, content, reason: 'hand_over', savedBy: null });
}

export async function handOverDrafts(tx: Db, source: AuditSource, fromUnitId: number, toUnitId: number, today: string): Promise<{ moved: number; kept: number }> {
  const drafts = await queryRows<{ id: number; request_id: number | null; successor_has_one: boolean }>(tx, sql`
    select r.id, r.request_id, exists (select 1 from reports s where s.request_id = r.request_id and s.unit_id = ${toUnitId}) as successor_has_one
    from reports r where ${neverSubmitted(fromUnitId)} order by r.id for update of r`);
  let moved = 0;
  for (const draft of drafts) {
    if (draft.successor_has_one) continue;
    await reheadDraft(tx, draft.id, fromUnitId, toUnitId, today);
    if (draft.request_id !== null) await passRecipient(tx, null, draft.request_id, fromUnitId, toUnitId);
    // Only where it went: the words of a draft stay out of the audit log (the level above reads it).
    await recordAudit(tx, source, {
      unitId: toUnitId, entity: 'report', entityId: draft.id, action: 'report.hand_over',
      before: { unitId: fromUnitId }, after: { unitId: toUnitId },
    });
    moved++;
  }
  return { moved, kept: drafts.length - moved };
}
