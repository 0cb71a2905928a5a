import { sql, type SQL } from 'drizzle-orm';
import { idArray } from '../core/access/scope.js';
import { queryRows, type Db } from '../core/db/connection.js';
import { unitVersionOn } from '../units/sql.js';
import { templateVersionBrief } from '../templates/sql.js';

export interface RequestRow {
  id: number;
  issuingUnitId: number;
  issuingUnitCode: string;
  issuingUnitName: string;
  issuingUnitType: string;
  basisDocumentId: number | null;
  subject: string;
  reportKind: string;
  periodStart: string;
  periodEnd: string;
  cutoffDate: string;
  requestDate: string;
  deadline: string;
  templateVersionId: number;
  templateId: number;
  templateTitle: string;
  templateVersion: number;
  /** The kind the pinned outline was written for (it may differ from the request's: requests/template-rules.ts). */
  templateKind: string;
  note: string;
  version: number;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  /** What a citation of the basis document needs (documents/rules.ts citationOf), read with the request. */
  basis: { kind: string | null; number: string; issuedOn: string | null; issuer: string } | null;
}

export interface RecipientRow {
  requestId: number;
  unitId: number;
  unitCode: string;
  /** Name and type on the request date. */
  unitName: string;
  unitType: string;
  unitEnded: string | null;
  /** The report the unit wrote for the request (one per recipient: reports_request_unit_key), read with its row. */
  report: RecipientReport | null;
}

export interface RecipientReport {
  id: number;
  status: string;
  firstSubmittedAt: Date | null;
  /** When the level above accepted it (tiếp nhận), from its workflow steps. */
  acceptedAt: Date | null;
  /** The stored copy of its number: reading it from the content unpacks each report's whole text. */
  number: string | null;
}

/** The report `rep` of a recipient, as columns of a row (one per recipient: reports_request_unit_key). */
const reportColumns = sql`rep.id as report_id, rep.status as report_status, rep.first_submitted_at as report_first_submitted_at,
           rep.meta_number as report_number,
           -- Looked up for accepted reports only: one index probe each, not a scan of every step of 3,321 reports.
           case when rep.status = 'accepted' then (select max(ae.at) from report_events ae where ae.report_id = rep.id and ae.action = 'accept') end as report_accepted_at`;

const dateOrNull = (value: unknown): Date | null => (value ? new Date(value as string) : null);

const reportOfRow = (r: Record<string, unknown>): RecipientReport | null => (r.report_id === null ? null : {
  id: Number(r.report_id), status: String(r.report_status), firstSubmittedAt: dateOrNull(r.report_first_submitted_at),
  acceptedAt: dateOrNull(r.report_accepted_at), number: (r.report_number as string | null) || null,
});

/** The requests `q` with their issuing unit `u` and its version on the request date `iv`: what `where` may name. */
const requestsFrom = sql`report_requests q
    join units u on u.id = q.issuing_unit_id
    left join lateral ${unitVersionOn(sql`q.issuing_unit_id`, sql`q.request_date`)} iv on true`;

/**
 * Requests matching `where` (a condition on `q`, `u`, `iv`), with the issuing unit named as on the request
 * date; with `reportOf`, each with that unit's report for it, in the same query (a unit's notices).
 */
export async function selectRequests(db: Db, where: SQL, page?: { limit?: number; offset?: number }): Promise<RequestRow[]>;
export async function selectRequests(db: Db, where: SQL, page: { limit?: number; offset?: number; reportOf: number }): Promise<(RequestRow & { report: RecipientReport | null })[]>;
export async function selectRequests(db: Db, where: SQL, { limit, offset, reportOf }: { limit?: number; offset?: number; reportOf?: number } = {}): Promise<(RequestRow & { report?: RecipientReport | null })[]> {
  const rows = await queryRows<Record<string, unknown>>(db, sql`
    select q.id, q.issuing_unit_id, u.code as issuing_unit_code, iv.name as issuing_unit_name, iv.type_name as issuing_unit_type,
           q.basis_document_id, q.subject, q.report_kind, q.period_start::text, q.period_end::text, q.cutoff_date::text,
           q.request_date::text, q.deadline::text, q.template_version_id, tv.template_id, tv.title as template_title,
           tv.version as template_version, tv.report_kind as template_kind, q.note, q.version, q.withdrawn_at, q.withdrawn_reason,
           bd.kind as basis_kind, bd.number as basis_number, bd.issued_on::text as basis_issued_on, bd.issuer as basis_issuer
           ${reportOf === undefined ? sql`` : sql`, ${reportColumns}`}
    from ${requestsFrom}
    join lateral ${templateVersionBrief(sql`q.template_version_id`)} tv on true
    left join documents bd on bd.id = q.basis_document_id
    ${reportOf === undefined ? sql`` : sql`left join reports rep on rep.request_id = q.id and rep.unit_id = ${reportOf}`}
    where ${where}
    order by q.deadline desc, q.id desc
    ${limit === undefined ? sql`` : sql`limit ${limit}`} ${offset ? sql`offset ${offset}` : sql``}`);
  return rows.map((r) => ({
    id: Number(r.id), issuingUnitId: Number(r.issuing_unit_id), issuingUnitCode: String(r.issuing_unit_code),
    issuingUnitName: String(r.issuing_unit_name), issuingUnitType: String(r.issuing_unit_type),
    basisDocumentId: r.basis_document_id === null ? null : Number(r.basis_document_id), subject: String(r.subject),
    reportKind: String(r.report_kind), periodStart: String(r.period_start), periodEnd: String(r.period_end),
    cutoffDate: String(r.cutoff_date), requestDate: String(r.request_date), deadline: String(r.deadline),
    templateVersionId: Number(r.template_version_id), templateId: Number(r.template_id), templateTitle: String(r.template_title),
    templateVersion: Number(r.template_version), templateKind: String(r.template_kind), note: String(r.note), version: Number(r.version),
    withdrawnAt: dateOrNull(r.withdrawn_at), withdrawnReason: (r.withdrawn_reason as string | null) ?? null,
    basis: r.basis_number === null || r.basis_number === undefined ? null : {
      kind: (r.basis_kind as string | null) ?? null, number: String(r.basis_number), issuedOn: (r.basis_issued_on as string | null) ?? null, issuer: String(r.basis_issuer),
    },
    ...(reportOf === undefined ? {} : { report: reportOfRow(r) }),
  }));
}

/** How many requests match `where` (the same names as selectRequests). */
export async function countRequests(db: Db, where: SQL): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(db, sql`select count(*) as n from ${requestsFrom} where ${where}`);
  return Number(row?.n ?? 0);
}

/**
 * Every recipient of the given requests (or only `unitId`'s row); the unit keeps its row after a merge.
 * Named as on the request date, or as at its start when it took over the row later (succession/).
 */
export async function selectRecipients(db: Db, requestIds: readonly number[], unitId?: number): Promise<RecipientRow[]> {
  if (requestIds.length === 0) return [];
  const rows = await queryRows<Record<string, unknown>>(db, sql`
    select rr.request_id, u.id as unit_id, u.code as unit_code, uv.name as unit_name, uv.type_name as unit_type,
           u.valid_to::text as unit_ended, ${reportColumns}
    from report_request_recipients rr
    join report_requests q on q.id = rr.request_id
    join units u on u.id = rr.unit_id
    left join lateral ${unitVersionOn(sql`u.id`, sql`q.request_date`)} uv on true
    left join reports rep on rep.request_id = rr.request_id and rep.unit_id = rr.unit_id
    where rr.request_id = any(${idArray(requestIds)}::int[])
      ${unitId === undefined ? sql`` : sql`and rr.unit_id = ${unitId}`}
    order by rr.request_id, u.code`);
  return rows.map((r) => ({
    requestId: Number(r.request_id), unitId: Number(r.unit_id), unitCode: String(r.unit_code), unitName: String(r.unit_name),
    unitType: String(r.unit_type), unitEnded: (r.unit_ended as string | null) ?? null,
    report: reportOfRow(r),
  }));
}
