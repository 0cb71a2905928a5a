/**
 * A request's recipient table as a workbook (.xlsx), written the way the registries write theirs: Vietnamese
 * headers, days as real date cells shown dd/mm/yyyy, units by name. The rows are those the request page shows.
 */
import type { Context } from '../core/context.js';
import { todayIso } from '../core/vi-format.js';
import { writeSheet } from '../registries/kit/xlsx.js';
import type { SheetColumn } from '../registries/kit/sheet-rules.js';
import { recipientStatusLabels } from './progress-rules.js';
import { getRequest } from './request-progress.js';

const columns: SheetColumn[] = [
  { header: 'STT', field: 'index', kind: 'count', width: 6 },
  { header: 'Đơn vị', field: 'unit', kind: 'text', width: 36 },
  { header: 'Tình trạng', field: 'status', kind: 'text', width: 20 },
  { header: 'Ngày nhận báo cáo', field: 'received', kind: 'day', width: 18 },
  { header: 'Ngày tiếp nhận', field: 'accepted', kind: 'day', width: 16 },
  { header: 'Số báo cáo', field: 'number', kind: 'text', width: 14 },
];

/** The day in Vietnam of an instant, as a date cell holds it. */
const dayOf = (at: string | null) => (at ? todayIso(new Date(at)) : null);

export async function recipientSheet(ctx: Context, id: number): Promise<{ filename: string; body: Buffer }> {
  const request = await getRequest(ctx, id);
  const rows = request.recipients.map((r, i) => ({
    index: i + 1, unit: r.unitName, status: recipientStatusLabels[r.status],
    received: dayOf(r.firstSubmittedAt), accepted: dayOf(r.acceptedAt), number: r.reportNumber,
  }));
  const body = await writeSheet('Tình hình nộp báo cáo', columns, rows);
  return { filename: `tinh-hinh-nop-bao-cao-yeu-cau-${id}-${todayIso(ctx.now())}.xlsx`, body };
}
