/** A template version as other features' queries show it (a lateral subquery: template_id, title, version). */
import { sql, type SQL } from 'drizzle-orm';

export const templateVersionBrief = (versionId: SQL) =>
  sql`(select tvb.template_id, tvb.title, tvb.version from report_template_versions tvb where tvb.id = ${versionId})`;
