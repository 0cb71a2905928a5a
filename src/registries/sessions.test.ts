/**
 * The outreach and citizen reception registries, with the seeds' counts: seed 000 held 06 outreach rounds
 * in 2020-2022 "với khoảng 250 lượt người"; seed 004 received citizens "định kỳ 07 lượt (năm 2021: 3 lượt;
 * năm 2022: 02 lượt; năm 2023: 02 lượt)". The engine counts them by period; bad dates, negative counts,
 * stale edits and other units' records are refused with nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { reformTree, type Commune, type ReformTree } from '../testing/factories.js';

let t: TestApp;
let tree: ReformTree;
/** Xã An Thử, which merged into Xã An Bình on 01/07/2025: its history is entered by An Bình's staff. */
let commune: Commune;
let clerk: Session;
let chairman: Session;
let neighbour: Commune;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await reformTree(t);
  commune = tree.old.communes[0];
  neighbour = tree.old.communes[2];
  clerk = tree.merged!.editor;
  chairman = tree.merged!.leader;
});
afterAll(async () => { await t.close(); });

const post = (session: Session, registry: string, payload: object) => t.call(session, { method: 'POST', url: `/api/v1/registries/${registry}`, payload: { unitCode: commune.code, ...payload } });
const figures = async (period: string) => (await t.call(clerk, { method: 'GET', url: `/api/v1/units/${commune.code}/figures?period=${period}` })).json();

describe('sổ tuyên truyền', () => {
  const rounds = [
    ['2020-05-12', 'Phong trào thi đua "Dân vận khéo" tại thôn Tây', 'village_meeting', 45, true],
    ['2020-11-03', 'Dân vận khéo trong xây dựng nông thôn mới', 'village_meeting', 40, true],
    ['2021-04-20', 'Nêu gương người tốt việc tốt', 'conference', 38, false],
    ['2021-09-15', 'Dân vận khéo trên lĩnh vực văn hóa - xã hội', 'village_meeting', 42, true],
    ['2022-03-22', 'Dân vận khéo trong phòng, chống dịch', 'village_meeting', 44, true],
    ['2022-08-09', 'Dân vận khéo trên lĩnh vực kinh tế', 'village_meeting', 41, true],
  ] as const;
  const ids: number[] = [];

  it('counts seed 000’s six rounds of 2020-2022 and their "khoảng 250" people', async () => {
    for (const [heldOn, topic, form, participants, estimated] of rounds) {
      const res = await post(clerk, 'outreach', { heldOn, topic, form, participants, estimated, village: 'Thôn Tây' });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    const period = await figures('2020..2022');
    expect(period['outreach.sessions']).toMatchObject({ value: 6, formatted: '6', by: { 'form:village_meeting': 5, 'form:conference': 1 } });
    expect(period['outreach.participants']).toMatchObject({ value: 250, formatted: 'khoảng 250', approximate: true });
    expect((await figures('2021'))['outreach.sessions'].value).toBe(2);
    expect((await figures('2021Q2'))['outreach.participants']).toMatchObject({ value: 38, formatted: '38' });
    const found = (await t.call(clerk, { method: 'GET', url: '/api/v1/registries/outreach?q=nong%20thon%20moi' })).json();
    expect(found.items.map((s: { heldOn: string }) => s.heldOn)).toEqual(['2020-11-03']);
    expect((await t.call(clerk, { method: 'GET', url: '/api/v1/registries/outreach?form=conference&from=2021-01-01&to=2021-12-31' })).json().total).toBe(1);
  });

  it('refuses an impossible date and a negative count, naming the field', async () => {
    const badDate = await post(clerk, 'outreach', { heldOn: '2023-02-31', topic: 'Tuyên truyền', form: 'conference' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.details).toEqual([{ field: 'heldOn', message: 'Ngày tổ chức không phải một ngày có thật (ví dụ 01/07/2025)' }]);
    const negative = await post(clerk, 'outreach', { heldOn: '2023-02-28', topic: 'Tuyên truyền', form: 'conference', participants: -3 });
    expect(negative.json().error.details).toEqual([{ field: 'participants', message: 'Số lượt người không được âm' }]);
    expect((await figures('2023'))['outreach.sessions'].value).toBe(0);
  });

  it('puts each session in the unit that stood on its day: before the merge in An Thử, after it in An Bình', async () => {
    const early = await post(clerk, 'outreach', { unitCode: tree.merged!.code, heldOn: '2021-04-20', topic: 'Tuyên truyền', form: 'conference' });
    expect(early.json().error).toMatchObject({ code: 'RECORD_DATE_OUTSIDE_UNIT', message: 'Đơn vị mã "99.AB" có từ ngày 01/07/2025: việc ngày 20/04/2021 thuộc đơn vị trước đó, hãy ghi vào sổ của đơn vị đó.' });
    const late = await post(clerk, 'outreach', { heldOn: '2026-03-02', topic: 'Tuyên truyền', form: 'conference' });
    expect(late.json().error.message).toContain('đã kết thúc từ ngày 01/07/2025');
    expect((await post(clerk, 'outreach', { unitCode: tree.merged!.code, heldOn: '2026-03-02', topic: 'Tuyên truyền', form: 'conference' })).statusCode).toBe(201);
    // The old commune's own account reads its history and writes nothing.
    expect((await post(commune.editor, 'outreach', { heldOn: '2024-03-02', topic: 'Tuyên truyền', form: 'conference' })).json().error.code).toBe('READ_ONLY');
    expect((await figures('2020..2022'))['outreach.sessions'].value).toBe(6);
  });

  it('keeps other communes and stale edits out, and drops a deleted round from the count', async () => {
    const id = ids[0]!;
    expect((await t.call(neighbour.editor, { method: 'GET', url: `/api/v1/registries/outreach/${id}` })).statusCode).toBe(404);
    const [heldOn, topic, form] = rounds[0];
    const edit = await t.call(clerk, { method: 'PUT', url: `/api/v1/registries/outreach/${id}`, payload: { unitCode: commune.code, heldOn, topic, form, participants: 50, version: 1 } });
    expect(edit.json()).toMatchObject({ participants: 50, version: 2, estimated: false });
    const stale = await t.call(tree.province.manager, { method: 'PUT', url: `/api/v1/registries/outreach/${id}`, payload: { unitCode: commune.code, heldOn, topic, form, participants: 1, version: 1 } });
    expect(stale.json().error.code).toBe('RECORD_VERSION_CONFLICT');
    expect((await t.call(clerk, { method: 'POST', url: `/api/v1/registries/outreach/${id}/delete`, payload: { reason: 'Ghi trùng', version: 2 } })).statusCode).toBe(200);
    expect((await figures('2020..2022'))['outreach.sessions'].value).toBe(5);
    expect((await figures('2020..2022'))['outreach.participants'].value).toBe(205);
  });
});

describe('sổ tiếp công dân', () => {
  it('counts seed 004’s periodic receptions by year (3, 2, 2 = 7) and keeps dialogues apart', async () => {
    const dates = ['2021-03-11', '2021-06-17', '2021-10-14', '2022-04-21', '2022-09-15', '2023-05-18', '2023-11-16'];
    for (const [i, heldOn] of dates.entries()) {
      const res = await post(chairman, 'receptions', { heldOn, kind: 'periodic', host: 'Nguyễn Văn An', hostRole: 'Chủ tịch UBND xã', place: 'Trụ sở UBND xã', citizens: 2 + i, letters: i % 2 });
      expect(res.statusCode, res.body).toBe(201);
    }
    expect((await post(chairman, 'receptions', { heldOn: '2023-07-20', kind: 'dialogue', host: 'Nguyễn Văn An', citizens: 60 })).statusCode).toBe(201);
    const period = await figures('2021..2023');
    expect(period['reception.sessions']).toMatchObject({ value: 7, by: { 'kind:periodic': 7 } });
    expect(period['reception.citizens'].value).toBe(2 + 3 + 4 + 5 + 6 + 7 + 8);
    expect(period['reception.dialogues'].value).toBe(1);
    expect([(await figures('2021'))['reception.sessions'].value, (await figures('2022'))['reception.sessions'].value, (await figures('2023'))['reception.sessions'].value]).toEqual([3, 2, 2]);
    const list = (await t.call(clerk, { method: 'GET', url: '/api/v1/registries/receptions?kind=dialogue' })).json();
    expect(list.items).toMatchObject([{ kindName: 'Đối thoại với Nhân dân', citizens: 60, unitName: 'Xã An Thử' }]);
    expect((await t.call(neighbour.leader, { method: 'GET', url: '/api/v1/registries/receptions' })).json().total).toBe(0);
  });
});
