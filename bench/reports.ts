/**
 * Benchmark: a province's request to its 100 communes, then one to 3,321 (every commune of the country
 * since 2025, issue 12 §4), every report submitted with seed 004's figures: the request page, the compiled
 * figures, the official .docx of a long seed report, and the province's own report with the annex.
 * Run: npm run bench  (DATABASE_URL=postgres://... npm run bench for the server)
 */
import { sql } from 'drizzle-orm';
import { freshDatabase } from '../src/testing/database.js';
import { analyze } from './national.js';
import { makeContext } from '../src/core/context.js';
import { systemActor } from '../src/core/access/rules.js';
import { renderDocx } from '../src/exports/docx/index.js';
import { compiledAnnexes } from '../src/reports/compile-rules.js';
import { compileRequest } from '../src/reports/compile-service.js';
import { reportContent } from '../src/content/meta-schema.js';
import { createRequest } from '../src/requests/service.js';
import { getRequest, listRequests } from '../src/reports/request-progress.js';
import { reportTemplates } from '../src/templates/tables.js';
import { seedReports } from '../src/demo/seed-reports/index.js';
import { time } from './time.js';
import { recordResults } from './results.js';

/** The request page's median with `communes` recipients, each with a submitted report. */
async function scenario(communes: number): Promise<{ kind: string; page: number }> {
  const database = await freshDatabase();
  const db = database.db;
  try {
    await db.execute(sql`insert into unit_events (id, type, effective_date, legal_basis) values (1, 'create', '2025-07-01', 'bench')`);
    await db.execute(sql`insert into units (id, code, level, valid_from) values (1, 'P1', 'province', '2025-07-01')`);
    await db.execute(sql`insert into units (id, code, level, valid_from) select 100 + c, 'C' || c, 'commune', '2025-07-01' from generate_series(1, ${communes}) c`);
    await db.execute(sql`insert into unit_versions (unit_id, name, type_name, parent_id, valid_from, event_id) values (1, 'Bench', 'Tỉnh', null, '2025-07-01', 1)`);
    await db.execute(sql`insert into unit_versions (unit_id, name, type_name, parent_id, valid_from, event_id)
      select 100 + c, 'Số ' || c, 'Xã', 1, '2025-07-01', 1 from generate_series(1, ${communes}) c`);

    const [template] = await db.select({ id: reportTemplates.id }).from(reportTemplates).where(sql`${reportTemplates.builtinKey} = 'so-ket-chi-thi-08-3-nam'`);
    const ctx = makeContext(db, { ...systemActor, unitId: 1 }, null);
    const requestId = await createRequest(ctx, {
      issuingUnitCode: 'P1', basisDocument: null, subject: 'Sơ kết 03 năm thực hiện Chỉ thị số 08-CT/TU', reportKind: 'review',
      periodStart: '2025-07-01', periodEnd: '2026-06-30', cutoffDate: '2026-06-30', requestDate: '2026-07-01', deadline: '2026-07-31',
      templateId: template!.id, recipientCodes: Array.from({ length: communes }, (_, i) => `C${i + 1}`), note: '',
    });

    // Every commune answers with seed 004's text and figures.
    await db.execute(sql`insert into reports (unit_id, request_id, template_version_id, status, content, first_submitted_at, submitted_at, submitted_version)
      select 100 + c, ${requestId}, (select template_version_id from report_requests where id = ${requestId}), 'submitted',
             ${JSON.stringify(content)}::jsonb, now(), now(), 1
      from generate_series(1, ${communes}) c`);
    await analyze(database);

    console.log(`\ndanvan reports bench on ${database.kind}: one request, ${communes} communes, ${communes} submitted reports`);
    const page = await time(`request page (${communes} recipients, progress)`, 15, () => getRequest(ctx, requestId));
    await time('request list of the province', 15, () => listRequests(ctx));
    await time(`compiled figures of ${communes} reports`, communes > 1000 ? 5 : 15, () => compileRequest(ctx, requestId));
    if (communes <= 1000) await time('.docx of seed 004 (longest seed, 9 pages)', 10, () => renderDocx({ content, annexes: [], draft: false }));
    const compiled = await compileRequest(ctx, requestId);
    const annexes = compiledAnnexes(compiled.tables, 'Báo cáo');
    await time(`.docx with the ${communes}-commune annex (${annexes.reduce((n, a) => n + a.rows.length, 0)} rows)`, communes > 1000 ? 1 : 5, () => renderDocx({ content, annexes, draft: true }));
    return { kind: database.kind, page };
  } finally {
    await database.close();
  }
}

const seed = seedReports.find((s) => s.seed === '004')!;
const content = { ...reportContent.parse(seed.content), figures: seed.figures };
await scenario(100);
const national = await scenario(3321);
const [label, limit] = national.kind === 'postgres' ? ['PostgreSQL', 100] : ['PGlite', 250];
console.log('');
recordResults([{ name: `trang yêu cầu gửi 3.321 xã (trung vị), ${label}`, value: Math.round(national.page), unit: 'ms', target: `< ${limit} ms`, met: national.page < limit }]);
