/**
 * What an audit row is about, in words: the report's subject, the model's name, the account holder's
 * full name; a reader should never have to decode "Báo cáo 5" or "mobilization_model 12".
 * One scalar subquery per entity, evaluated only for the rows of a page.
 */
import { sql, type SQL } from 'drizzle-orm';

const id = sql`a.entity_id::int`;

/** Entities whose id is a row of one table, and the column that names it. */
const named: Record<string, SQL> = {
  user: sql`(select u.full_name || ' (' || u.username || ')' from users u where u.id = ${id})`,
  unit: sql`(select v.name from unit_versions v where v.unit_id = ${id} order by v.valid_from desc limit 1)`,
  document: sql`(select d.number_text || coalesce(' ngày ' || to_char(d.issued_on, 'DD/MM/YYYY'), '') || case when d.summary <> '' then ' về ' || d.summary else '' end from documents d where d.id = ${id})`,
  report_template: sql`(select tv.title from report_templates t join report_template_versions tv on tv.template_id = t.id and tv.version = t.current_version where t.id = ${id})`,
  report_request: sql`(select r.subject from report_requests r where r.id = ${id})`,
  mobilization_model: sql`(select m.name from mobilization_models m where m.id = ${id})`,
  outreach_session: sql`(select o.topic from outreach_sessions o where o.id = ${id})`,
  reception_session: sql`(select 'Ngày ' || to_char(r.held_on, 'DD/MM/YYYY') || coalesce(', ' || r.place, '') from reception_sessions r where r.id = ${id})`,
  petition_case: sql`(select c.title from petition_cases c where c.id = ${id})`,
  // The summary only: a denouncer's name is never part of it (petitions/sql.ts keeps senders apart).
  petition_letter: sql`(select left(l.summary, 120) from petition_letters l where l.id = ${id})`,
  training: sql`(select t.title from trainings t where t.id = ${id})`,
  inspection: sql`(select i.subject from inspections i where i.id = ${id})`,
  award: sql`(select 'Quyết định số ' || w.decision_number || ' ngày ' || to_char(w.decided_on, 'DD/MM/YYYY') from awards w where w.id = ${id})`,
  disclosure: sql`(select d.title from disclosures d where d.id = ${id})`,
  voter_petition: sql`(select left(p.content, 120) from voter_petitions p where p.id = ${id})`,
  officer_assignment: sql`(select o.full_name from officer_assignments o where o.id = ${id})`,
  attachment: sql`(select f.file_name from record_attachments f where f.id = ${id})`,
};

/**
 * A report is named by the request it answers, else by its subject: the submitted one for a reader
 * above the unit (who sees a report only from its submission), the latest for the unit itself.
 */
const reportTitle = (ownUnitId: number) => sql`coalesce(
  (select q.subject from reports r join report_requests q on q.id = r.request_id where r.id = ${id}),
  (select v.content->'meta'->>'subject' from reports r
     join report_versions v on v.report_id = r.id and v.version = case when r.unit_id = ${ownUnitId} then r.version else r.submitted_version end
   where r.id = ${id}))`;

/** The SQL for the title of audit row `a`, or null when its entity has none beyond its id. */
export function auditTitleSql(ownUnitId: number): SQL {
  const cases = Object.entries(named).map(([entity, title]) => sql`when ${entity} then ${title}`);
  return sql`case when a.entity_id ~ '^[0-9]{1,9}$' then (case a.entity ${sql.join([...cases, sql`when 'report' then ${reportTitle(ownUnitId)}`], sql` `)} end) end`;
}
