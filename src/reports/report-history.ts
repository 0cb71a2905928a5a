/** The versions of a report and what changed between two of them. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import { forbidden, notFound } from '../core/errors.js';
import { changesBetween, type Change } from '../content/diff-rules.js';
import type { ReportContent } from '../content/meta-schema.js';
import { loadReport } from './report-access.js';
import { fullNameOf } from '../core/access/people.js';
import { reportVersions } from './tables.js';

const versionColumns = { version: reportVersions.version, reason: reportVersions.reason, savedAt: reportVersions.savedAt, savedBy: fullNameOf(sql`${reportVersions.savedBy}`) };

/** Drafts stay with the unit: those above see the history only up to what was submitted to them. */
async function readableUpTo(ctx: Context, id: number): Promise<number> {
  const { report, side } = await loadReport(ctx, id);
  if (side === 'own') return report.version;
  if (report.submittedVersion === null) throw forbidden('Báo cáo đang là dự thảo của đơn vị: chưa xem được lịch sử.', 'REPORT_DRAFT_PRIVATE');
  return report.status === 'returned' ? report.submittedVersion : report.version;
}

export async function listVersions(ctx: Context, id: number) {
  const upTo = await readableUpTo(ctx, id);
  const rows = await ctx.db.select(versionColumns)
    .from(reportVersions).where(eq(reportVersions.reportId, id)).orderBy(desc(reportVersions.version));
  return rows.filter((r) => r.version <= upTo).map((r) => ({ ...r, savedAt: r.savedAt.toISOString() }));
}

async function versionContent(ctx: Context, id: number, version: number, upTo: number): Promise<ReportContent> {
  const [row] = version <= upTo
    ? await ctx.db.select({ content: reportVersions.content }).from(reportVersions).where(and(eq(reportVersions.reportId, id), eq(reportVersions.version, version)))
    : [];
  if (!row) throw notFound('REPORT_VERSION_NOT_FOUND', `Báo cáo số ${id} không có phiên bản ${version}.`);
  return row.content;
}

export async function getVersion(ctx: Context, id: number, version: number) {
  const upTo = await readableUpTo(ctx, id);
  const [row] = version <= upTo
    ? await ctx.db.select({ ...versionColumns, content: reportVersions.content }).from(reportVersions)
      .where(and(eq(reportVersions.reportId, id), eq(reportVersions.version, version)))
    : [];
  if (!row) throw notFound('REPORT_VERSION_NOT_FOUND', `Báo cáo số ${id} không có phiên bản ${version}.`);
  return { ...row, savedAt: row.savedAt.toISOString() };
}

export async function diffVersions(ctx: Context, id: number, from: number, to: number): Promise<Change[]> {
  const upTo = await readableUpTo(ctx, id);
  return changesBetween(await versionContent(ctx, id, from, upTo), await versionContent(ctx, id, to, upTo));
}
