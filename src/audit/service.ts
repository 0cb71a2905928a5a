import { sql, type SQL } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import { queryRows } from '../core/db/connection.js';
import { invalid } from '../core/errors.js';
import { addDays, todayIso } from '../core/vi-format.js';
import { readableUnitsSql, unitInScope } from '../core/access/scope.js';
import { readableUnit } from '../units/service.js';
import { isAdmin } from '../core/access/rules.js';
import { protectedLetterIds } from '../registries/petitions/sql.js';
import { auditedSecret } from '../registries/petitions/rules.js';
import type { AuditPage, AuditQuery } from './schema.js';
import { auditTitleSql } from './titles.js';

const workflowAuditActions = ['report.submit', 'report.resubmit', 'report.return', 'report.accept'];

/** The audit log of the caller's subtree, newest first. The scope is part of the SQL. */
export async function listAudit(ctx: Context, q: AuditQuery): Promise<AuditPage> {
  if (q.from && q.to && q.from > q.to) throw invalid('INVALID_RANGE', 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.', [{ field: 'from', message: 'Sau ngày kết thúc' }]);
  const scope = await ctx.scope();
  const where: SQL[] = [unitInScope(scope, sql`a.unit_id`, 'read')];
  // A report's text stays with its unit until it is submitted: above it, the log shows the workflow steps
  // (submitted, returned, accepted), never the saves that carry the draft's words.
  if (!scope.all) where.push(sql`(a.entity <> 'report' or a.unit_id = ${ctx.actor.unitId ?? -1} or a.action in (${sql.join(workflowAuditActions.map((x) => sql`${x}`), sql`, `)}))`);
  if (q.unitCode) {
    const unit = await readableUnit(ctx, q.unitCode);
    where.push(q.includeDescendants ? sql`a.unit_id in (${readableUnitsSql(unit.id, todayIso(ctx.now()))})` : sql`a.unit_id = ${unit.id}`);
  }
  if (q.entity) where.push(sql`a.entity = ${q.entity}`);
  if (q.action) where.push(sql`a.action = ${q.action}`);
  if (q.actor) where.push(sql`a.actor_username = ${q.actor.toLowerCase()}`);
  // Dates are days in Vietnam (UTC+7).
  if (q.from) where.push(sql`a.at >= (${q.from}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`);
  if (q.to) where.push(sql`a.at < (${addDays(q.to, 1)}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`);
  const filter = sql`where ${sql.join(where, sql` and `)}`;
  const total = await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from audit_log a ${filter}`);
  const rows = await queryRows<{
    id: number; at: Date | string; actor_username: string | null; actor_name: string | null; unit_code: string | null; unit_name: string | null; title: string | null;
    entity: string; entity_id: string; action: string; before: unknown; after: unknown; ip: string | null;
  }>(ctx.db, sql`
    select a.id, a.at, a.actor_username, u.code as unit_code,
      (select p.full_name from users p where p.username = a.actor_username) as actor_name,
      ${auditTitleSql(ctx.actor.unitId ?? -1)} as title,
      (select v.name from unit_versions v where v.unit_id = a.unit_id order by v.valid_from desc limit 1) as unit_name,
      a.entity, a.entity_id, a.action, a.before, a.after, a.ip
    from audit_log a left join units u on u.id = a.unit_id
    ${filter}
    order by a.id desc
    limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`);
  const hidden = isAdmin(ctx.actor) ? new Set<number>() : await protectedLetterIds(ctx.db, rows.filter((r) => r.entity === 'petition_letter').map((r) => Number(r.entity_id)));
  const shown = (r: (typeof rows)[number], value: unknown) => (r.entity === 'petition_letter' && hidden.has(Number(r.entity_id)) ? withoutSender(value) : value);
  return {
    total: Number(total[0]?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
    items: rows.map((r) => ({
      id: Number(r.id), at: new Date(r.at).toISOString(), actorUsername: r.actor_username, actorName: r.actor_name, unitCode: r.unit_code, unitName: r.unit_name,
      title: r.title,
      entity: r.entity, entityId: r.entity_id, action: r.action, before: shown(r, r.before), after: shown(r, r.after), ip: r.ip,
    })),
  };
}

/**
 * A letter that is a denunciation now hides who sent it in every row of its history, also those written
 * before it became one (Luật Tố cáo 2018, Điều 47-48): the log is append-only, so it is hidden as it is read.
 */
function withoutSender(value: unknown): unknown {
  if (!value || typeof value !== 'object' || !('sender' in value)) return value;
  return { ...value, sender: auditedSecret };
}
