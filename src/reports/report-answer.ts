/**
 * One report as GET /api/v1/reports/:id answers it, kept per caller (answer-cache.ts). A long report is
 * read again and again (the writer's editor, the reviewer, the dashboard's links) and changes far less.
 */
import { sql } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import { queryRows } from '../core/db/connection.js';
import { localWritesOf } from '../core/db/local-writes.js';
import { answerCache } from '../core/http/answer-cache.js';
import { todayIso } from '../core/vi-format.js';
import { getReport } from './report-service.js';
import { reportOut, type ReportOut } from './schema.js';

const answers = answerCache<ReportOut>(reportOut, 500);

/**
 * Everything getReport reads, as versions: the report's row and its request's (xmin changes with every
 * update), its steps, the people it names, the requests its unit issued (the annex choices), the unit
 * tree (names, scope) and the unit's registries (figures). Template versions never change once written.
 * A report that is not there has none: its answer is the error, never kept.
 */
async function fingerprint(ctx: Context, id: number): Promise<string | null> {
  // The embedded database counts its writes: nothing written, nothing changed (local-writes.ts).
  const local = localWritesOf(ctx.db);
  if (local) return `${local.id}:${local.count}`;
  const [row] = await queryRows<{ fingerprint: string }>(ctx.db, sql`
    select concat_ws('|',
      r.xmin::text,
      (select q.xmin::text from report_requests q where q.id = r.request_id),
      (select count(*) || ':' || coalesce(max(e.id), 0) from report_events e where e.report_id = r.id),
      (select md5(string_agg(u.id || ':' || u.xmin::text, ',' order by u.id)) from users u
        where u.id = r.updated_by or u.id in (select e.actor_id from report_events e where e.report_id = r.id)),
      (select md5(string_agg(q.id || ':' || q.xmin::text, ',' order by q.id)) from report_requests q where q.issuing_unit_id = r.unit_id),
      (select t.instance || ':' || t.generation from unit_tree_state t where t.id = 1),
      coalesce((select f.generation::text from unit_figures_state f where f.unit_id = r.unit_id), '0')
    ) as fingerprint
    from reports r where r.id = ${id}`);
  return row ? row.fingerprint : null;
}

/** The report's answer as UTF-8 JSON, for the caller as they are now (unit, roles) and today. */
export async function reportAnswer(ctx: Context, id: number): Promise<Buffer> {
  const { actor } = ctx;
  const key = `${id}/${actor.id}/${actor.unitId}/${[...actor.roles].sort().join(',')}/${todayIso(ctx.now())}`;
  return answers.answer(key, await fingerprint(ctx, id), () => getReport(ctx, id));
}
