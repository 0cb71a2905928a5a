/**
 * A report read again is answered from what was kept (report-answer.ts) only while nothing it shows has
 * changed: each change below, by the path a user takes or straight in the database, shows on the next
 * read. The suite runs with DANVAN_VERIFY_ANSWERS=1, so every kept answer is also compared with a fresh one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { reformTree } from '../testing/factories.js';

let t: TestApp;
let admin: Session, district: Session, editor: Session, leader: Session;
let reportId: number;

async function ok(session: Session, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) {
  const res = await t.call(session, { method, url, ...(payload ? { payload } : {}) });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

const read = (session: Session = editor) => t.call(session, { method: 'GET', url: `/api/v1/reports/${reportId}` });
const report = async (session: Session = editor) => (await read(session)).json();

beforeAll(async () => {
  t = await testApp({ today: '2025-06-10' });
  const tree = await reformTree(t);
  [admin, district, editor, leader] = [tree.admin, tree.old.district.manager, tree.old.communes[0].editor, tree.old.communes[0].leader];
  const templates = await ok(district, 'GET', '/api/v1/report-templates') as { id: number; title: string }[];
  const request = await ok(district, 'POST', '/api/v1/report-requests', {
    issuingUnitCode: '98.H', subject: 'Báo cáo công tác dân vận chính quyền năm 2025', reportKind: 'year',
    periodStart: '2025-01-01', periodEnd: '2025-12-31', cutoffDate: '2025-06-05', requestDate: '2025-06-02', deadline: '2099-06-15',
    templateId: templates.find((x) => /năm/i.test(x.title))?.id ?? templates[0]!.id, recipientCodes: ['98.H.A'],
  });
  reportId = (await ok(editor, 'POST', '/api/v1/reports', { requestId: request.id })).id;
});
afterAll(async () => { await t.close(); });

describe('một báo cáo đọc lại', () => {
  it('answers the same JSON while nothing changed', async () => {
    const first = await read();
    const second = await read();
    expect(second.statusCode).toBe(200);
    expect(second.headers['content-type']).toMatch(/^application\/json/);
    expect(second.body).toBe(first.body);
    expect(second.json().id).toBe(reportId);
  });

  it('shows a save, a new name of its writer and a new registry entry', async () => {
    const before = await report();
    const meta = { ...before.content.meta, subject: 'Trích yếu mới', number: '41', date: { year: 2025, month: 6, day: 9 },
      signer: { collective: '', authority: 'direct', headTitle: '', title: 'CHỦ TỊCH', name: 'Hồ Văn Long' } };
    await ok(editor, 'PUT', `/api/v1/reports/${reportId}`, { baseVersion: before.version, content: { ...before.content, meta } });
    expect((await report()).content.meta.subject).toBe('Trích yếu mới');

    const users = await ok(admin, 'GET', '/api/v1/users?pageSize=100');
    const writer = (users.items ?? users).find((u: { username: string }) => u.username === 'canboanthu');
    await ok(admin, 'PATCH', `/api/v1/users/${writer.id}`, { fullName: 'Nguyễn Thị Đổi Tên', version: writer.version });
    expect((await report()).updatedBy).toBe('Nguyễn Thị Đổi Tên');

    const cell = (await report()).figureCells.find((c: { indicator: string }) => c.indicator === 'outreach.sessions');
    // The year template's table of outreach, bound to the registries.
    expect(cell).toBeDefined();
    await t.database.db.execute(sql`
      insert into outreach_sessions (unit_id, held_on, topic, form, participants, search_text)
      select id, '2025-05-10', 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở', 'conference', 120, 'tuyen truyen' from units where code = '98.H.A'`);
    const after = (await report()).figureCells.find((c: { table: string; row: string; column: string }) => c.table === cell.table && c.row === cell.row && c.column === cell.column);
    expect(after.value).toBe((cell.value ?? 0) + 1);
  });

  it('shows each step of the review, to the unit and to the level above', async () => {
    const draft = await report();
    expect((await read(district)).statusCode).toBe(403);
    await ok(leader, 'POST', `/api/v1/reports/${reportId}/actions`, { action: 'submit', baseVersion: draft.version });
    expect((await report()).status).toBe('submitted');
    expect((await report(district)).status).toBe('submitted');
    await ok(district, 'POST', `/api/v1/reports/${reportId}/actions`, { action: 'return', comment: 'Bổ sung số liệu', baseVersion: draft.version });
    const returned = await report();
    expect(returned.status).toBe('returned');
    expect(returned.events.at(-1)).toMatchObject({ action: 'return', comment: 'Bổ sung số liệu' });
  });
});
