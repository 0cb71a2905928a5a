/**
 * A unit's open work, handed to its successor when it ends (merge, dissolution):
 * - the requests it sent that are still open (not withdrawn, some recipient not yet accepted) get the
 *   successor as issuer;
 * - the open requests it received and has not started go to the successor (open: not withdrawn, from an
 *   issuer that exists today);
 * - its drafts never submitted go to the successor, with the successor's header (a new version), and a
 *   draft answering a request takes the ended unit's place among that request's recipients. Where the successor already has its own report for the
 *   same request, the ended unit's draft stays (the successor keeps it and can still open it).
 * Submitted and accepted reports stay with the unit that wrote them: they are its history.
 */
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/connection.js';
import { todayIso } from '../core/vi-format.js';
import { unitStandsOn } from '../units/sql.js';
import { unitOn } from '../units/service.js';
import { recordAudit, type AuditSource } from '../core/audit/writer.js';
import { reheaded, type Heading } from './draft-rules.js';
import { reports, reportVersions } from './tables.js';

export interface OpenWork {
  issuedRequests: number;
  receivedRequests: number;
  drafts: number;
}

const openIssued = (unitId: number) => sql`q.issuing_unit_id = ${unitId} and q.withdrawn_at is null
  and exists (select 1 from report_request_recipients rr where rr.request_id = q.id and not exists (
    select 1 from reports r where r.request_id = q.id and r.unit_id = rr.unit_id and r.status = 'accepted'))`;

/**
 * Requests addressed to the unit, not withdrawn, from an issuer that still exists today (a dissolved
 * district's old requests wait for no one), where the unit has no report yet.
 */
const untouchedReceived = (unitId: number, today: string) => sql`rr.unit_id = ${unitId} and q.withdrawn_at is null
  and ${unitStandsOn(sql`q.issuing_unit_id`, sql`${today}::date`)}
  and not exists (select 1 from reports r where r.request_id = q.id and r.unit_id = ${unitId})`;

const neverSubmitted = (unitId: number) => sql`r.unit_id = ${unitId} and r.status = 'draft' and r.first_submitted_at is null`;

export async function openWorkOf(db: Db, unitId: number, today: string): Promise<OpenWork> {
  const [row] = await queryRows<OpenWork>(db, sql`select
    (select count(*)::int from report_requests q where ${openIssued(unitId)}) as "issuedRequests",
    (select count(*)::int from report_request_recipients rr join report_requests q on q.id = rr.request_id
      where ${untouchedReceived(unitId, today)}) as "receivedRequests",
    (select count(*)::int from reports r where ${neverSubmitted(unitId)}) as drafts`);
  return row!;
}

/** The unit's place among a request's recipients goes to the successor (or disappears if it is there already). */
async function passRecipientRow(tx: Db, requestId: number, fromUnitId: number, toUnitId: number): Promise<void> {
  await tx.execute(sql`delete from report_request_recipients where request_id = ${requestId} and unit_id = ${fromUnitId}`);
  await tx.execute(sql`insert into report_request_recipients (request_id, unit_id) values (${requestId}, ${toUnitId}) on conflict do nothing`);
}

export async function handOverRequests(tx: Db, source: AuditSource, fromUnitId: number, toUnitId: number, today: string): Promise<{ issued: number; received: number }> {
  const issued = await queryRows<{ id: number }>(tx, sql`update report_requests q set issuing_unit_id = ${toUnitId}, version = q.version + 1
    where ${openIssued(fromUnitId)} returning q.id`);
  const received = await queryRows<{ id: number }>(tx, sql`select q.id from report_request_recipients rr
    join report_requests q on q.id = rr.request_id where ${untouchedReceived(fromUnitId, today)} order by q.id for update of rr`);
  for (const { id } of received) await passRecipientRow(tx, id, fromUnitId, toUnitId);
  for (const [ids, role] of [[issued, 'issuer'], [received, 'recipient']] as const) {
    for (const { id } of ids) {
      await recordAudit(tx, source, {
        unitId: toUnitId, entity: 'report_request', entityId: id, action: 'request.hand_over',
        before: { role, unitId: fromUnitId }, after: { role, unitId: toUnitId },
      });
    }
  }
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
    if (draft.request_id !== null) await passRecipientRow(tx, draft.request_id, fromUnitId, toUnitId);
    // Only where it went: the words of a draft stay out of the audit log (the level above reads it).
    await recordAudit(tx, source, {
      unitId: toUnitId, entity: 'report', entityId: draft.id, action: 'report.hand_over',
      before: { unitId: fromUnitId }, after: { unitId: toUnitId },
    });
    moved++;
  }
  return { moved, kept: drafts.length - moved };
}
