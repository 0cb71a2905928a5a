/** A report as the official .docx (Nghị định 30/2020/NĐ-CP) or, through LibreOffice, .pdf. */
import type { Context } from '../core/context.js';
import { renderDocx } from '../exports/docx/index.js';
import type { PdfConverter } from '../core/jobs/kinds.js';
import type { Annex } from '../exports/model.js';
import { compiledAnnexes } from './compile-rules.js';
import { compileRequest } from './compile-service.js';
import { formatDocNumber, isoOfReportDate } from '../content/document-rules.js';
import { foldVietnamese } from '../core/vi-format.js';
import { loadReport, visibleContent } from './report-access.js';
import { unitLabel } from './report-service.js';
import { printedContent, reportFigures } from './report-figures.js';

export interface ExportedFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

const types = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** "BC-39-UBND-Tra-Tay-2023-06-14": ASCII, so every browser and mail client keeps it. */
export function exportFilename(parts: { number: string; symbol: string; place: string; date: string | null; id: number }): string {
  const fold = (s: string) => foldVietnamese(s).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const kind = parts.symbol.split('-')[0] ?? 'BC';
  const issuer = parts.symbol.split('-').slice(1).join('-');
  return [kind, parts.number || `du-thao-${parts.id}`, issuer, fold(parts.place), parts.date].filter(Boolean).map((p) => fold(p!)).join('-');
}

/**
 * The document is rendered here, in the caller's reach; `toPdf` (the job queue) converts it. Called outside
 * any transaction: the conversion is waited for through the queue, not through `ctx`.
 */
export async function exportReport(ctx: Context, id: number, format: 'docx' | 'pdf', toPdf: PdfConverter): Promise<ExportedFile> {
  const loaded = await loadReport(ctx, id);
  const { report } = loaded;
  const visible = await visibleContent(ctx.db, loaded, (await unitLabel(ctx, report)).name);
  // The document prints the registry figures (as submitted, for the level above).
  const content = printedContent(visible.content, await reportFigures(ctx, loaded, visible.content));
  let annexes: Annex[] = [];
  if (report.annexRequestId !== null && loaded.side === 'own') {
    const compiled = await compileRequest(ctx, report.annexRequestId);
    annexes = compiledAnnexes(compiled.tables, `Báo cáo ${formatDocNumber(content.meta.number, content.meta.symbol).replace(/^Số:\s*/, 'số ')}`);
  }
  const draft = loaded.side === 'own' && (report.status === 'draft' || report.status === 'returned');
  const docx = await renderDocx({ content, annexes, draft });
  const body = format === 'pdf' ? await toPdf(docx) : docx;
  const filename = `${exportFilename({ number: content.meta.number, symbol: content.meta.symbol, place: content.meta.place, date: isoOfReportDate(content.meta.date), id })}.${format}`;
  return { filename, contentType: types[format], body };
}
