/** `danvan report list [--json]` and `danvan report export <id> --format docx|pdf --out <path>`. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../core/config.js';
import { makeContext } from '../core/context.js';
import { formatDate } from '../core/vi-format.js';
import { systemActor } from '../core/access/rules.js';
import { exportReport } from '../reports/report-export.js';
import { listReports } from '../reports/report-list.js';
import type { ReportSummary } from '../reports/schema.js';
import { reportStatusLabels } from '../reports/workflow-rules.js';
import { UsageError, withDatabase, withJobs } from './shared.js';

export async function reportCommand(config: Config, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'list') {
    const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean' } } });
    await withDatabase(config, async (database) => {
      const ctx = makeContext(database.db, systemActor, null);
      // Every report, read a page at a time.
      const reports: ReportSummary[] = [];
      for (let page = 1; ; page++) {
        const { items, total } = await listReports(ctx, { page, pageSize: 100, pending: false });
        reports.push(...items);
        if (reports.length >= total || items.length === 0) break;
      }
      const rows = reports.map((r) => ({
        id: r.id, unit: r.unitCode, unitName: r.unitName, number: r.number ? r.numberText.replace(/^Số:\s*/, '') : null,
        date: r.date, title: r.title, status: r.status,
      }));
      if (values.json) {
        console.log(JSON.stringify(rows, null, 2));
        return;
      }
      if (rows.length === 0) console.log('Chưa có báo cáo nào.');
      for (const r of rows) {
        console.log(`${String(r.id).padStart(4)}  ${(r.number ?? '(chưa có số)').padEnd(14)} ${(r.date ? formatDate(r.date) : '').padEnd(10)}  ${reportStatusLabels[r.status].padEnd(20)} ${r.unitName}: ${r.title}`);
      }
    });
    return;
  }
  if (sub === 'export') {
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { format: { type: 'string', default: 'docx' }, out: { type: 'string' } } });
    const id = Number(positionals[0]);
    if (!Number.isInteger(id) || id <= 0) throw new UsageError('Cần số (id) của báo cáo: danvan report export <id> --format docx|pdf --out <tệp>.');
    if (values.format !== 'docx' && values.format !== 'pdf') throw new UsageError('--format phải là docx hoặc pdf.');
    const format = values.format;
    await withDatabase(config, (database) => withJobs(database, config, async (jobs) => {
      const file = await exportReport(makeContext(database.db, systemActor, null), id, format, jobs.pdf);
      const out = values.out ?? file.filename;
      await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
      await fs.writeFile(out, file.body);
      console.log(`Đã ghi ${out} (${file.body.length.toLocaleString('vi-VN')} byte).`);
    }));
    return;
  }
  throw new UsageError('Lệnh report cần list hoặc export.');
}
