/** A template version as other features' queries show it (a lateral subquery: template_id, title, version, report_kind). */
import { sql, type SQL } from 'drizzle-orm';

export const templateVersionBrief = (versionId: SQL) =>
  sql`(select tvb.template_id, tvb.title, tvb.version, tvb.report_kind from report_template_versions tvb where tvb.id = ${versionId})`;

/** The kind of period a template version was written for. */
export const templateKindOf = (versionId: SQL) => sql<string | null>`(select tvk.report_kind from report_template_versions tvk where tvk.id = ${versionId})`;
