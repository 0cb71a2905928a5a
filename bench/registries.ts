/**
 * Benchmark: the registries and the indicator engine at national scale. On the reform tree of
 * national.ts: 100,000 "Dân vận khéo" models over the 3,321 communes and ten years, and the one-stop
 * dossier figures of every commune entered by quarter for ten years (265,680 values), and 1,000,000
 * petition letters making 950,000 cases. Times a commune's figures for a year and for ten years, and
 * registry pages of 50 rows as a province and a commune see them, and a commune's .xlsx import of 5,000
 * outreach rounds (read, every line checked, written with its audit row, in one transaction).
 * Run: npm run bench  (DATABASE_URL=postgres://... npm run bench for the server)
 */
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { freshDatabase } from '../src/testing/database.js';
import { makeContext } from '../src/core/context.js';
import { queryRows } from '../src/core/db/connection.js';
import { computeFigures } from '../src/indicators/engine.js';
import { isPeriodProblem, parsePeriod, type NamedPeriod } from '../src/periods/rules.js';
import { listModels } from '../src/registries/models/service.js';
import { modelQuery } from '../src/registries/models/schema.js';
import { listCases, listLetters } from '../src/registries/petitions/service.js';
import { caseQuery, letterQuery } from '../src/registries/petitions/schema.js';
import { outreachRegistry } from '../src/registries/outreach/service.js';
import { analyze, buildNationalTree, newCommuneIds } from './national.js';
import { time } from './time.js';

const database = await freshDatabase();
const db = database.db;
const started = performance.now();
await buildNationalTree(db);
const { first, count } = newCommuneIds;
await db.execute(sql`insert into mobilization_models (unit_id, name, owner, field, start_year, status, stopped_year, search_text)
  select ${first} + (n % ${count}), 'Mô hình số ' || n || case when n % 50 = 0 then ' camera an ninh' else '' end,
    (array['ubnd','mttq','women','farmers','veterans','youth','trade_union','one_stop','other'])[1 + n % 9],
    (array['economy','culture_society','defence_security','political_system'])[1 + n % 4],
    2016 + n % 10, case when n % 7 = 0 then 'stopped' else 'maintained' end, case when n % 7 = 0 then 2025 end,
    'mo hinh so ' || n || case when n % 50 = 0 then ' camera an ninh' else '' end
  from generate_series(1, 100000) n`);
await db.execute(sql`insert into indicator_values (indicator_code, unit_id, period_kind, period_start, period_end, value)
  select code, ${first} + c, 'quarter', make_date(y, q * 3 - 2, 1), (make_date(y, q * 3 - 2, 1) + interval '3 months' - interval '1 day')::date,
    case when code = 'procedure.dossiers' then 400 + c % 100 else 200 + c % 100 end
  from generate_series(0, ${count - 1}) c, generate_series(2016, 2025) y, generate_series(1, 4) q,
    unnest(array['procedure.dossiers', 'procedure.online']) code`);
// Cases first (a letter belongs to a case of its own unit); every 20th case has a second letter.
await db.execute(sql`insert into petition_cases (unit_id, title, kind, received_on, closed_on, due_on, due_step, mediation, search_text)
  select ${first} + (n % ${count}), 'Vụ việc số ' || n, (array['complaint','denunciation','recommendation','land_dispute'])[1 + n % 4],
    make_date(2016 + n % 10, 1 + n % 12, 1 + n % 28), case when n % 9 = 0 then null else make_date(2016 + n % 10, 1 + n % 12, 1 + n % 28) + 20 end,
    make_date(2016 + n % 10, 1 + n % 12, 1 + n % 28) + 14, 'answer', case when n % 4 = 3 then 'success' end, 'vu viec so ' || n
  from generate_series(1, 950000) n`);
await db.execute(sql`insert into petition_letters (unit_id, case_id, received_on, channel, kind, summary, search_text)
  select c.unit_id, c.id, c.received_on + (n / 950000) * 7, 'in_person', c.kind, c.title, c.search_text
  from generate_series(0, 999999) n join petition_cases c on c.id = 1 + n % 950000`);
await analyze(database);
const [totals] = await queryRows<{ models: number; values: number; letters: number }>(db, sql`select (select count(*)::int from mobilization_models) as models, (select count(*)::int from indicator_values) as values, (select count(*)::int from petition_letters) as letters`);
console.log(`danvan registries bench on ${database.kind}: ${totals!.models} models, ${totals!.values} entered values, ${totals!.letters} letters built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

const period = (spec: string): NamedPeriod => {
  const p = parsePeriod(spec);
  if (isPeriodProblem(p)) throw new Error(p.message);
  return p;
};
const now = () => new Date('2026-12-01T12:00:00+07:00');
const province = makeContext(db, { id: 1, username: 'bench', unitId: 1, roles: ['manager'] }, null, now);
const commune = makeContext(db, { id: 2, username: 'bench2', unitId: first, roles: ['editor'] }, null, now);

await time('figures of one commune for 2023', 50, () => computeFigures(db, first, period('2023')));
await time('figures of one commune for 2016..2025', 50, () => computeFigures(db, first, period('2016..2025')));
// A fresh context per call: each request loads its scope, as the server does.
const fresh = (ctx: typeof province) => makeContext(db, ctx.actor, null, now);
await time('models page (50) of a province, by field', 30, () => listModels(fresh(province), modelQuery.parse({ field: 'economy', pageSize: 50 })));
await time('models page (50) of a province, search "camera"', 30, () => listModels(fresh(province), modelQuery.parse({ q: 'camera', pageSize: 50 })));
await time('models page (50) of a commune, in 2023', 50, () => listModels(fresh(commune), modelQuery.parse({ year: 2023, pageSize: 50 })));
await time('letters page (50) of a province, land disputes of 2023', 30, () => listLetters(fresh(province), letterQuery.parse({ kind: 'land_dispute', from: '2023-01-01', to: '2023-12-31', pageSize: 50 })));
await time('cases page (50) of a commune, overdue first', 50, () => listCases(fresh(commune), caseQuery.parse({ pageSize: 50 })));

// 5,000 rounds since the commune was formed (01/07/2025), as a clerk's spreadsheet holds them.
const book = new ExcelJS.Workbook();
const sheet = book.addWorksheet('Tuyên truyền');
sheet.addRow(['Ngày tổ chức', 'Nội dung tuyên truyền', 'Hình thức', 'Thôn, tổ dân phố', 'Số lượt người']);
for (let i = 0; i < 5000; i++) {
  sheet.addRow([new Date(Date.UTC(2025, 6, 1) + (i % 500) * 86_400_000), `Tuyên truyền phổ biến pháp luật đợt ${i + 1}`, i % 3 ? 'Họp thôn, tổ dân phố' : 'Hội nghị', `Thôn ${1 + (i % 9)}`, 20 + (i % 50)]);
}
const file = Buffer.from(await book.xlsx.writeBuffer());
const communeCode = (await queryRows<{ code: string }>(db, sql`select code from units where id = ${first}`))[0]!.code;
// The records and their audit rows name who imported them: a real account of the commune.
const [clerkRow] = await queryRows<{ id: number }>(db, sql`insert into users (username, full_name, unit_id, roles, password_hash)
  values ('bench-clerk', 'Công chức nhập thử', ${first}, array['editor'], 'x') returning id`);
const clerk = makeContext(db, { id: clerkRow!.id, username: 'bench-clerk', unitId: first, roles: ['editor'] }, null, now);
await time('.xlsx import of 5,000 outreach rounds (one commune)', 5, async () => {
  const result = await outreachRegistry.importFile(fresh(clerk), file, { unitCode: communeCode, mode: 'all' });
  if (result.imported !== 5000) throw new Error(`imported ${result.imported}`);
});
await database.close();
