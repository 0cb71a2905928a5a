/** Requests in other features' queries: a report shows its request's deadline; the level above reads what was sent to it. */
import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../core/access/rules.js';
import { unitInScope } from '../core/access/scope.js';

export const requestDeadlineOf = (requestId: SQL) => sql<string | null>`(select rqd.deadline::text from report_requests rqd where rqd.id = ${requestId})`;

/** The ids of the requests issued by a unit the scope reads. */
export const requestsIssuedWithin = (scope: Scope) =>
  sql`(select rqs.id from report_requests rqs where ${unitInScope(scope, sql`rqs.issuing_unit_id`, 'read')})`;

/** The ids of the requests a unit issued itself. */
export const requestsIssuedByUnit = (unitId: number) => sql`(select rqu.id from report_requests rqu where rqu.issuing_unit_id = ${unitId})`;

/** The kind of period (quarter, half_year…) of a request. */
export const requestKindOf = (requestId: SQL) => sql<string | null>`(select rqk.report_kind from report_requests rqk where rqk.id = ${requestId})`;

/** True when the request's period touches `year` (a request for 2024 that runs into January 2025 is both years'). */
export const requestCoversYear = (requestId: SQL, year: number) => sql`exists (select 1 from report_requests rqy where rqy.id = ${requestId}
  and rqy.period_start <= ${`${year}-12-31`}::date and rqy.period_end >= ${`${year}-01-01`}::date)`;
