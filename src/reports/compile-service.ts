/** A request's figures from every recipient whose report reached the requester. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import { forbidden } from '../core/errors.js';
import { walkSections, type FigureValues } from '../content/content-schema.js';
import type { CompiledTable } from './compile-rules.js';
import { loadRequest } from '../requests/service.js';
import { templateVersion } from '../templates/service.js';
import { withAnswers } from './request-progress.js';
import type { CompiledOut } from './schema.js';
import { reports } from './tables.js';

export async function compileRequest(ctx: Context, requestId: number): Promise<CompiledOut & { tables: CompiledTable[] }> {
  const { request, recipients, direction } = await loadRequest(ctx, requestId);
  if (direction !== 'sent') throw forbidden('Chỉ đơn vị gửi yêu cầu (và cấp trên) xem được bảng tổng hợp số liệu của các đơn vị.', 'COMPILED_FOR_REQUESTER');
  const version = await templateVersion(ctx.db, request.templateVersionId);
  const received = withAnswers(recipients).flatMap((r) => (r.answer && (r.answer.status === 'submitted' || r.answer.status === 'accepted') ? [{ ...r, reportId: r.answer.reportId }] : []));
  // Only the figures: a report's text is many times their size.
  const rows = received.length
    ? await ctx.db.select({ id: reports.id, figures: sql<FigureValues>`${reports.content}->'figures'`, snapshot: reports.figureSnapshot }).from(reports)
      .where(and(eq(reports.requestId, requestId), inArray(reports.id, received.map((r) => r.reportId))))
    : [];
  // The registry figures each report was submitted with, over what its writer typed.
  const byId = new Map(rows.map((r) => [r.id, withSnapshot(r.figures, r.snapshot)]));
  const tables = [...walkSections(version.outline)].flatMap(({ section }) => section.figureTables).map((table) => ({
    ...table,
    units: received.map((r) => ({
      unitCode: r.unitCode, unitName: `${r.unitType} ${r.unitName}`, reportId: r.reportId,
      values: byId.get(r.reportId)?.[table.key] ?? {},
    })),
  }));
  return { requestId, tables };
}

function withSnapshot(figures: FigureValues, snapshot: Record<string, number | null> | null): FigureValues {
  const all = structuredClone(figures);
  for (const [key, value] of Object.entries(snapshot ?? {})) {
    const [table, row, column] = key.split('/') as [string, string, string];
    ((all[table] ??= {})[row] ??= {})[column] = value;
  }
  return all;
}
