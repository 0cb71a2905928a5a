/**
 * The petitions registry against seed 004's counts ("Năm 2023 nhận 22 đơn/21 vụ ... đạt 95,2%"), a
 * denouncer's identity that the level above cannot reach by any path, the statutory deadlines and the
 * holiday calendar they count on, and bad input refused with nothing changed.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../core/db/connection.js';
import { seed004Petitions } from '../../demo/petition-data.js';
import { testApp, type Session, type TestApp } from '../../testing/app.js';
import { reformTree, type Commune, type ReformTree } from '../../testing/factories.js';

let t: TestApp;
let tree: ReformTree;
/** Xã An Thử (merged into An Bình on 01/07/2025): its 2022-2023 letters are entered by An Bình's clerk. */
let commune: Commune;
let clerk: Session;
let chairman: Session;
/** Xã An Bình's code: letters from 01/07/2025 are its own. */
let anBinh: string;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await reformTree(t);
  commune = tree.old.communes[0];
  clerk = tree.merged!.editor;
  chairman = tree.merged!.leader;
  anBinh = tree.merged!.code;
});
afterAll(async () => { await t.close(); });

const base = '/api/v1/registries/petitions';
const get = async (session: Session, url: string) => {
  const res = await t.call(session, { method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const postLetter = (session: Session, payload: object) => t.call(session, { method: 'POST', url: `${base}/letters`, payload: { unitCode: commune.code, channel: 'in_person', ...payload } });
async function letter(payload: object) {
  const res = await postLetter(clerk, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const kase = (id: number, session = clerk) => get(session, `${base}/cases/${id}`);
async function handle(id: number, changes: object, session = clerk) {
  const current = await kase(id, session);
  return t.call(session, {
    method: 'PUT', url: `${base}/cases/${id}`,
    payload: { version: current.version, title: current.title, kind: current.kind, competence: current.competence, ...changes },
  });
}
const figures = (period: string, unitCode = commune.code) => get(clerk, `/api/v1/units/${unitCode}/figures?period=${period}`);

describe('seed 004’s petitions, counted on cases', () => {
  it('gives 19 đơn / 19 vụ, 100% for 2022 and 22 đơn / 21 vụ, (8 + 12) / 21 = 95,2% for 2023', async () => {
    for (const letters of Object.values(seed004Petitions)) {
      const caseIds: number[] = [];
      for (const l of letters) {
        const created = await letter({ receivedOn: l.receivedOn, kind: l.kind, summary: l.summary, field: l.field, senderName: l.senderName, caseId: l.sameCaseAs === undefined ? null : caseIds[l.sameCaseAs] });
        caseIds.push(created.caseId);
      }
      for (const [i, l] of letters.entries()) {
        if (l.sameCaseAs !== undefined || !l.closedOn) continue;
        const res = await handle(caseIds[i]!, { closedOn: l.closedOn, mediation: l.mediation, outcome: l.outcome });
        expect(res.statusCode, res.body).toBe(200);
      }
    }
    const y2022 = await figures('2022');
    expect(y2022['petition.letters'].value).toBe(19);
    expect(y2022['petition.cases']).toMatchObject({ value: 19, by: { 'kind:land_dispute': 6, 'kind:recommendation': 13 } });
    expect(y2022['petition.resolution_rate']).toMatchObject({ value: 100, formatted: '100%', numerator: 19, denominator: 19 });
    expect(y2022['petition.mediated'].value).toBe(6);
    expect(y2022['petition.mediated_success'].value).toBe(4);

    const y2023 = await figures('2023');
    expect(y2023['petition.letters']).toMatchObject({ value: 22, by: { 'kind:land_dispute': 8, 'kind:recommendation': 14 } });
    expect(y2023['petition.cases']).toMatchObject({ value: 21, by: { 'kind:land_dispute': 8, 'kind:recommendation': 13 } });
    expect(y2023['petition.cases_resolved']).toMatchObject({ value: 20, by: { 'kind:land_dispute': 8, 'kind:recommendation': 12 } });
    expect(y2023['petition.resolution_rate']).toMatchObject({ formatted: '95,2%', numerator: 20, denominator: 21 });
    expect(y2023['petition.mediated_success'].value).toBe(5);
    expect(y2023['petition.resolution_rate'].checks).toEqual([]);
    // The case answered in January 2024 was not handled by the end of 2023.
    expect((await figures('2022..2023'))['petition.resolution_rate']).toMatchObject({ numerator: 39, denominator: 40, formatted: '97,5%' });
    expect((await figures('2023Q1'))['petition.letters'].value).toBeGreaterThan(0);
  });

  it('links a second letter to its case and suggests the case for a letter about the same matter', async () => {
    const first = await letter({ unitCode: anBinh, receivedOn: '2026-10-05', kind: 'recommendation', summary: 'Phản ánh cống thoát nước tổ dân phố 3 bị tắc gây ngập' });
    const similar = await get(clerk, `${base}/similar?unitCode=${anBinh}&summary=${encodeURIComponent('Cống thoát nước tổ 3 vẫn tắc, ngập sau mưa')}`);
    expect(similar[0]).toMatchObject({ id: first.caseId, letterCount: 1, status: 'open' });
    const before = await figures('2026', anBinh);
    const second = await letter({ unitCode: anBinh, receivedOn: '2026-10-20', kind: 'recommendation', summary: 'Cống thoát nước tổ 3 vẫn tắc, ngập sau mưa', caseId: first.caseId });
    expect(second.caseId).toBe(first.caseId);
    const after = await figures('2026', anBinh);
    expect(after['petition.letters'].value).toBe(before['petition.letters'].value + 1);
    expect(after['petition.cases'].value).toBe(before['petition.cases'].value);
    expect((await kase(first.caseId)).letters.map((l: { id: number }) => l.id)).toEqual([first.id, second.id]);

    // Deleting a case's only letter removes the case, audited with the reason.
    const lone = await letter({ unitCode: anBinh, receivedOn: '2026-11-03', kind: 'recommendation', summary: 'Ghi nhầm đơn' });
    const del = await t.call(clerk, { method: 'POST', url: `${base}/letters/${lone.id}/delete`, payload: { version: lone.version, reason: 'Ghi nhầm' } });
    expect(del.statusCode, del.body).toBe(200);
    expect((await kase(lone.caseId)).deleted).toMatchObject({ reason: 'Không còn đơn nào thuộc vụ việc.' });
    expect((await figures('2026', anBinh))['petition.cases'].value).toBe(before['petition.cases'].value);
  });
});

describe('a denouncer’s identity (Luật Tố cáo 2018, Điều 47-48)', () => {
  const name = 'Lò Thị Xuyến';
  let denunciation: { id: number; caseId: number };
  beforeAll(async () => {
    // Received by Xã An Thử before the merge: An Bình keeps it; the province reads An Thử's history.
    denunciation = await letter({ receivedOn: '2025-03-10', kind: 'denunciation', summary: 'Tố cáo cán bộ địa chính nhận tiền khi làm hồ sơ', senderName: name, senderAddress: 'Tổ 5', senderContact: '0905 000 111' });
  });

  it('is shown to the unit’s own manager, the officer handling it and administrators', async () => {
    expect((await get(chairman, `${base}/letters/${denunciation.id}`)).sender).toEqual({ name, address: 'Tổ 5', contact: '0905 000 111', hidden: false });
    expect((await get(tree.admin, `${base}/letters/${denunciation.id}`)).sender.name).toBe(name);
    // The clerk reads it only once they handle the case.
    expect((await get(clerk, `${base}/letters/${denunciation.id}`)).sender.hidden).toBe(true);
    const handlers = await get(chairman, `${base}/cases/${denunciation.caseId}/handlers`);
    expect(handlers.map((h: { username: string }) => h.username).sort()).toEqual(['canboanbinh', 'chutichanbinh']);
    const assigned = await handle(denunciation.caseId, { handler: 'canboanbinh' }, chairman);
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect((await get(clerk, `${base}/letters/${denunciation.id}`)).sender.name).toBe(name);
    expect((await kase(denunciation.caseId)).letters[0].sender.name).toBe(name);
  });

  it('reaches the levels above and an ended unit’s manager by no path: letter, case, list, search, audit', async () => {
    for (const reader of [tree.province.manager, tree.old.district.manager, tree.old.communes[0].leader]) {
      const shown = await get(reader, `${base}/letters/${denunciation.id}`);
      expect(shown.sender).toEqual({ name: 'Người tố cáo (thông tin được giữ bí mật)', address: null, contact: null, hidden: true });
      expect((await get(reader, `${base}/cases/${denunciation.caseId}`)).letters[0].sender.hidden).toBe(true);
      expect(JSON.stringify(await get(reader, `${base}/letters?pageSize=100`))).not.toContain(name);
      expect((await get(reader, `${base}/letters?q=${encodeURIComponent('lo thi xuyen')}`)).total).toBe(0);
      expect(JSON.stringify(await get(reader, '/api/v1/audit?pageSize=200'))).not.toContain('0905');
    }
    // Lists never carry it, whoever reads them; nor does the audit log itself.
    expect(JSON.stringify(await get(chairman, `${base}/letters?pageSize=100`))).not.toContain(name);
    const audit = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where coalesce(before::text, '') || coalesce(after::text, '') like ${'%0905 000 111%'} or coalesce(before::text, '') || coalesce(after::text, '') like ${`%${name}%`}`);
    expect(audit[0]!.n).toBe(0);
  });

  it('cannot be wiped by an edit of someone who does not see it', async () => {
    const shown = await get(tree.province.manager, `${base}/letters/${denunciation.id}`);
    const edit = { unitCode: shown.unitCode, receivedOn: shown.receivedOn, channel: shown.channel, kind: shown.kind, summary: `${shown.summary} (bổ sung)`, caseId: shown.caseId, senderName: null, version: shown.version };
    const res = await t.call(tree.province.manager, { method: 'PUT', url: `${base}/letters/${denunciation.id}`, payload: edit });
    expect(res.statusCode, res.body).toBe(200);
    expect((await get(chairman, `${base}/letters/${denunciation.id}`)).sender).toMatchObject({ name, contact: '0905 000 111' });
  });

  it('is taken out of search and out of the audit log’s history when a case becomes a denunciation', async () => {
    const complaint = await letter({ unitCode: anBinh, receivedOn: '2026-11-12', kind: 'complaint', summary: 'Khiếu nại việc thu phí chợ', senderName: 'Vi Văn Khiêm' });
    const found = () => get(tree.province.manager, `${base}/letters?q=${encodeURIComponent('vi van khiem')}`);
    const history = async () => JSON.stringify(await get(tree.province.manager, `/api/v1/audit?entity=petition_letter&pageSize=200`));
    expect((await found()).total).toBe(1);
    expect(await history()).toContain('Vi Văn Khiêm');
    const reclassified = await handle(complaint.caseId, { kind: 'denunciation' }, chairman);
    expect(reclassified.statusCode, reclassified.body).toBe(200);
    expect((await found()).total).toBe(0);
    expect((await get(tree.province.manager, `${base}/letters/${complaint.id}`)).sender.hidden).toBe(true);
    // The row written while it was a complaint still holds the name; the log shows it to nobody but an administrator.
    expect(await history()).not.toContain('Vi Văn Khiêm');
    expect(JSON.stringify(await get(tree.admin, `/api/v1/audit?entity=petition_letter&pageSize=200`))).toContain('Vi Văn Khiêm');
  });

  it('may be handled only by the unit’s own accounts', async () => {
    const res = await handle(denunciation.caseId, { handler: 'lanhdaotinh' }, chairman);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'PETITION_HANDLER_INVALID', details: [{ field: 'handler' }] });
  });
});

describe('deadlines and the holiday calendar', () => {
  it('finds an overdue case first, with the rule and article it was counted by', async () => {
    // Monday 02/11/2026: 10 working days end on Monday 16/11; the case is overdue on 01/12.
    const late = await letter({ unitCode: anBinh, receivedOn: '2026-11-02', kind: 'recommendation', summary: 'Phản ánh chó thả rông' });
    const detail = await kase(late.caseId);
    expect(detail).toMatchObject({ overdue: true, dueOn: '2026-11-16', dueStepName: 'Trả lời kiến nghị, phản ánh', rulesOn: 'start', calendarWarning: null });
    expect(detail.deadlines).toEqual([expect.objectContaining({ step: 'answer', due: '2026-11-16', days: 10, dayKind: 'working', source: 'Luật Tiếp công dân 2013, Điều 28' })]);
    const overdue = await get(clerk, `${base}/cases?status=overdue`);
    expect(overdue.items.map((c: { id: number }) => c.id)).toContain(late.caseId);
    expect(overdue.items.every((c: { overdue: boolean }) => c.overdue)).toBe(true);
  });

  it('recounts open cases when an administrator edits a year, and refuses a wrong calendar', async () => {
    // Friday 20/11/2026: 10 working days, 24/11 (Ngày Văn hóa Việt Nam) not one of them.
    const open = await letter({ unitCode: anBinh, receivedOn: '2026-11-20', kind: 'recommendation', summary: 'Phản ánh đèn đường' });
    expect((await kase(open.caseId)).dueOn).toBe('2026-12-07');
    const shipped = await get(tree.admin, '/api/v1/calendar/2026');
    expect(shipped).toMatchObject({ source: 'shipped', version: null });
    expect(shipped.days).toContainEqual({ date: '2026-11-24', kind: 'off', name: 'Ngày Văn hóa Việt Nam' });
    const days = [...shipped.days, { date: '2026-12-02', kind: 'off', name: 'Nghỉ đột xuất' }];
    expect((await t.call(chairman, { method: 'PUT', url: '/api/v1/calendar/2026', payload: { days, version: null } })).statusCode).toBe(403);
    const bad = await t.call(tree.admin, { method: 'PUT', url: '/api/v1/calendar/2026', payload: { days: [...days, { date: '2026-12-05', kind: 'off', name: 'Thứ Bảy' }], version: null } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'CALENDAR_INVALID', details: [{ field: `days.${days.length}.date` }] });
    const saved = await t.call(tree.admin, { method: 'PUT', url: '/api/v1/calendar/2026', payload: { days, version: null } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ source: 'edited', version: 1, updatedBy: 'Quản trị hệ thống' });
    expect((await kase(open.caseId)).dueOn).toBe('2026-12-08');
    const stale = await t.call(tree.admin, { method: 'PUT', url: '/api/v1/calendar/2026', payload: { days: shipped.days, version: null } });
    expect(stale.statusCode).toBe(409);
    expect((await get(clerk, '/api/v1/calendar/2031')).source).toBe('none');
  });
});

describe('bad input loses nothing', () => {
  it('refuses a case closed before its letter, mediation outside land disputes, a future date and another unit’s case', async () => {
    const l = await letter({ unitCode: anBinh, receivedOn: '2026-06-10', kind: 'recommendation', summary: 'Phản ánh lấn chiếm lòng đường' });
    const before = await kase(l.caseId);
    const early = await handle(l.caseId, { closedOn: '2026-06-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'PETITION_DATE_ORDER', message: 'Ngày kết thúc 01/06/2026 trước ngày nhận đơn đầu tiên 10/06/2026: vụ việc không thể xong trước khi nhận đơn.', details: [{ field: 'closedOn' }] });
    const mediated = await handle(l.caseId, { mediation: 'success', closedOn: '2026-06-20' });
    expect(mediated.json().error.code).toBe('PETITION_MEDIATION_NOT_LAND');
    expect((await kase(l.caseId)).version).toBe(before.version);

    const future = await postLetter(clerk, { unitCode: anBinh, receivedOn: '2026-12-15', kind: 'complaint', summary: 'Khiếu nại' });
    expect(future.json().error).toMatchObject({ code: 'PETITION_DATE_IN_FUTURE', details: [{ field: 'receivedOn' }] });
    const bad = await postLetter(clerk, { receivedOn: '2023-02-31', kind: 'gossip', summary: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(['kind', 'receivedOn', 'summary']);

    const neighbour = tree.old.communes[2];
    const elsewhere = await t.call(neighbour.editor, { method: 'POST', url: `${base}/letters`, payload: { unitCode: neighbour.code, channel: 'post', receivedOn: '2026-06-12', kind: 'recommendation', summary: 'Phản ánh', caseId: l.caseId } });
    expect(elsewhere.statusCode).toBe(404);
    const sameClerkOtherUnit = await t.call(clerk, { method: 'POST', url: `${base}/letters`, payload: { unitCode: '98.H.B', channel: 'post', receivedOn: '2024-06-12', kind: 'recommendation', summary: 'Phản ánh', caseId: l.caseId } });
    expect(sameClerkOtherUnit.json().error).toMatchObject({ code: 'PETITION_CASE_OTHER_UNIT', details: [{ field: 'caseId' }] });
    expect((await kase(l.caseId)).letterCount).toBe(1);

    // A letter moved later than its case's closing day would leave the case closed before it began.
    expect((await handle(l.caseId, { closedOn: '2026-06-20' })).statusCode).toBe(200);
    const shown = await get(clerk, `${base}/letters/${l.id}`);
    const moved = await t.call(clerk, { method: 'PUT', url: `${base}/letters/${l.id}`, payload: { unitCode: anBinh, channel: 'in_person', receivedOn: '2026-07-01', kind: 'recommendation', summary: shown.summary, caseId: l.caseId, version: shown.version } });
    expect(moved.json().error).toMatchObject({ code: 'PETITION_DATE_ORDER', details: [{ field: 'receivedOn' }] });
    expect((await get(clerk, `${base}/letters/${l.id}`)).receivedOn).toBe('2026-06-10');
    const edit = { unitCode: anBinh, channel: 'in_person', receivedOn: '2026-06-11', kind: 'recommendation', summary: shown.summary, caseId: l.caseId, version: shown.version };
    const saved = await t.call(clerk, { method: 'PUT', url: `${base}/letters/${l.id}`, payload: edit });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await kase(l.caseId)).receivedOn).toBe('2026-06-11');
    const stale = await t.call(chairman, { method: 'PUT', url: `${base}/letters/${l.id}`, payload: { ...edit, receivedOn: '2026-06-12' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('RECORD_VERSION_CONFLICT');
  });
});
