/**
 * The requests side of handing an ended unit's work to its successor (succession/): which requests it
 * sent or received are still live, and moving its place as issuer or recipient. Whether a recipient has
 * answered is the reports' side (reports/hand-over.ts).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/connection.js';
import { recordAudit, type AuditSource } from '../core/audit/writer.js';
import { unitStandsOn } from '../units/sql.js';

/** Requests the unit sent that are not withdrawn, with their recipients; `lock`: their rows, for moving them. */
export async function liveRequestsIssuedBy(db: Db, unitId: number, lock = false): Promise<{ id: number; recipientIds: number[] }[]> {
  const rows = await queryRows<{ id: number; unit_id: number }>(db, sql`
    select q.id, rr.unit_id
    from report_requests q join report_request_recipients rr on rr.request_id = q.id
    where q.issuing_unit_id = ${unitId} and q.withdrawn_at is null
    order by q.id, rr.unit_id ${lock ? sql`for update of q` : sql``}`);
  const byRequest = new Map<number, number[]>();
  for (const r of rows) byRequest.set(Number(r.id), [...(byRequest.get(Number(r.id)) ?? []), Number(r.unit_id)]);
  return [...byRequest].map(([id, recipientIds]) => ({ id, recipientIds }));
}

/**
 * Requests addressed to the unit, not withdrawn, from an issuer that still exists today (a dissolved
 * district's old requests wait for no one); `lock`: the unit's recipient rows, for moving them.
 */
export async function liveRequestsReceivedBy(db: Db, unitId: number, today: string, lock = false): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(db, sql`
    select q.id from report_request_recipients rr join report_requests q on q.id = rr.request_id
    where rr.unit_id = ${unitId} and q.withdrawn_at is null and ${unitStandsOn(sql`q.issuing_unit_id`, sql`${today}::date`)}
    order by q.id ${lock ? sql`for update of rr` : sql``}`);
  return rows.map((r) => Number(r.id));
}

/** The successor becomes the issuer of these requests (a new version of each). */
export async function passIssuer(tx: Db, source: AuditSource, requestIds: readonly number[], fromUnitId: number, toUnitId: number): Promise<void> {
  for (const id of requestIds) {
    await tx.execute(sql`update report_requests set issuing_unit_id = ${toUnitId}, version = version + 1 where id = ${id}`);
    await recordAudit(tx, source, { unitId: toUnitId, entity: 'report_request', entityId: id, action: 'request.hand_over', before: { role: 'issuer', unitId: fromUnitId }, after: { role: 'issuer', unitId: toUnitId } });
  }
}

/** The unit's place among a request's recipients goes to the successor (or disappears if it is there already). */
export async function passRecipient(tx: Db, source: AuditSource | null, requestId: number, fromUnitId: number, toUnitId: number): Promise<void> {
  await tx.execute(sql`delete from report_request_recipients where request_id = ${requestId} and unit_id = ${fromUnitId}`);
  await tx.execute(sql`insert into report_request_recipients (request_id, unit_id) values (${requestId}, ${toUnitId}) on conflict do nothing`);
  if (source) {
    await recordAudit(tx, source, { unitId: toUnitId, entity: 'report_request', entityId: requestId, action: 'request.hand_over', before: { role: 'recipient', unitId: fromUnitId }, after: { role: 'recipient', unitId: toUnitId } });
  }
}
