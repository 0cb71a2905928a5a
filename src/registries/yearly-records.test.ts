/**
 * Trainings, inspections and awards, with the seeds' counts: seed 004 "tham gia 02 lớp ... với 02 cán bộ",
 * "giám sát chuyên đề 06 cuộc và kiểm tra, giám sát thường xuyên 9 cuộc"; seed 000's decision 197/QĐ-UBND
 * for "02 hộ gia đình", registered in the document registry as it is recorded; disclosures with the law's
 * time limits counted on the holiday calendar. Contradictory records are
 * refused with nothing changed; other communes do not see them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { reformTree, type Commune, type ReformTree } from '../testing/factories.js';

let t: TestApp;
let tree: ReformTree;
let commune: Commune;
let clerk: Session;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await reformTree(t);
  commune = tree.old.communes[0];
  clerk = tree.merged!.editor;
});
afterAll(async () => { await t.close(); });

const post = (registry: string, payload: object, session = clerk) => t.call(session, { method: 'POST', url: `/api/v1/registries/${registry}`, payload: { unitCode: commune.code, ...payload } });
const figures = async (period: string) => (await t.call(clerk, { method: 'GET', url: `/api/v1/units/${commune.code}/figures?period=${period}` })).json();

describe('sổ tập huấn, bồi dưỡng', () => {
  it('counts seed 004’s 2 classes with 2 officials, and refuses a course that ends before it starts', async () => {
    for (const [startsOn, endsOn] of [['2022-06-14', '2022-06-15'], ['2023-08-22', null]] as const) {
      const res = await post('trainings', { title: 'Bồi dưỡng nghiệp vụ công tác dân vận chính quyền', host: 'higher', organiser: 'Ban Dân vận Huyện ủy', startsOn, endsOn, participants: 1 });
      expect(res.statusCode, res.body).toBe(201);
    }
    const backwards = await post('trainings', { title: 'Tập huấn', startsOn: '2023-03-05', endsOn: '2023-03-02', participants: 4 });
    expect(backwards.json().error).toMatchObject({ code: 'RECORD_DATE_ORDER', details: [{ field: 'endsOn', message: 'Ngày kết thúc 02/03/2023 trước ngày bắt đầu 05/03/2023.' }] });
    expect((await post('trainings', { title: 'Tập huấn', startsOn: '2023-03-05', classes: 0 })).json().error.details).toEqual([{ field: 'classes', message: 'Số lớp ít nhất là 1' }]);
    const period = await figures('2021..2023');
    expect(period['training.classes']).toMatchObject({ value: 2, by: { 'host:higher': 2 } });
    expect(period['training.participants'].value).toBe(2);
    expect((await figures('2023'))['training.classes'].value).toBe(1);
  });
});

describe('sổ kiểm tra, giám sát', () => {
  it('counts 6 thematic and 9 regular sessions by kind and inspector, and follows recommendations to the end', async () => {
    for (let i = 0; i < 15; i += 1) {
      const res = await post('inspections', {
        heldOn: `${2021 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`, inspector: i < 6 ? 'hdnd' : 'hdnd_committee', kind: i < 6 ? 'thematic' : 'regular',
        subject: i % 2 ? 'Tiếp công dân, giải quyết đơn thư' : 'Quản lý đất đai, môi trường',
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const period = await figures('2021..2023');
    expect(period['inspection.sessions']).toMatchObject({ value: 15, by: { 'kind:thematic': 6, 'kind:regular': 9, 'inspector:hdnd': 6, 'inspector:hdnd_committee': 9 } });
    const found = (await t.call(clerk, { method: 'GET', url: '/api/v1/registries/inspections?kind=thematic&q=dat%20dai' })).json();
    expect(found.items.every((i: { kindName: string; subject: string }) => i.kindName === 'Chuyên đề' && i.subject.includes('đất đai'))).toBe(true);
    expect(found.total).toBe(3);

    const settledEarly = await post('inspections', { heldOn: '2023-05-10', inspector: 'mttq', kind: 'thematic', subject: 'Giám sát thu chi quỹ', recommendations: 'Công khai thu chi', settledOn: '2023-05-01' });
    expect(settledEarly.json().error.details).toEqual([{ field: 'settledOn', message: 'Ngày thực hiện xong kiến nghị 01/05/2023 trước ngày kiểm tra, giám sát 10/05/2023.' }]);
    const open = (await post('inspections', { heldOn: '2023-05-10', inspector: 'mttq', kind: 'thematic', subject: 'Giám sát thu chi quỹ', recommendations: 'Công khai thu chi' })).json();
    expect(open).toMatchObject({ followUpStatus: 'open', followUpName: 'Đang thực hiện kiến nghị', inspectorName: 'Ủy ban MTTQ Việt Nam' });
    const done = await t.call(clerk, { method: 'PUT', url: `/api/v1/registries/inspections/${open.id}`, payload: { unitCode: commune.code, heldOn: '2023-05-10', inspector: 'mttq', kind: 'thematic', subject: 'Giám sát thu chi quỹ', recommendations: 'Công khai thu chi', followUp: 'Đã niêm yết tại nhà văn hóa', settledOn: '2023-06-02', version: 1 } });
    expect(done.json()).toMatchObject({ followUpStatus: 'done', version: 2 });
    expect((await figures('2023'))['inspection.sessions'].by['inspector:mttq']).toBe(1);
    expect((await t.call(tree.old.communes[2].editor, { method: 'GET', url: `/api/v1/registries/inspections/${open.id}` })).statusCode).toBe(404);
  });
});

describe('sổ khen thưởng', () => {
  it('records seed 000’s decision 197/QĐ-UBND for 02 households, registering it in the document registry', async () => {
    const res = await post('awards', {
      decidedOn: '2021-12-15', decisionNumber: '197/QĐ-UBND', form: 'certificate', households: 2, recipients: '02 hộ gia đình tại thôn Vàng',
      reason: 'Gia đình tiêu biểu hiến đất xây dựng công trình đường', movement: 'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh',
    });
    expect(res.statusCode, res.body).toBe(201);
    const award = res.json();
    const document = (await t.call(clerk, { method: 'GET', url: `/api/v1/documents/${award.documentId}` })).json();
    expect(document).toMatchObject({ kind: 'Quyết định', number: '197/QĐ-UBND', issuedOn: '2021-12-15', issuer: 'UBND xã An Thử' });
    const period = await figures('2020..2022');
    expect([period['award.decisions'].value, period['award.households'].value, period['award.individuals'].value]).toEqual([1, 2, 0]);
    expect((await t.call(clerk, { method: 'GET', url: '/api/v1/registries/awards?q=thon%20vang' })).json().total).toBe(1);
  });

  it('refuses a decision that commends nobody, and a model of another commune, leaving no document behind', async () => {
    const documentsBefore = (await t.call(clerk, { method: 'GET', url: '/api/v1/documents?pageSize=100' })).json().total;
    const nobody = await post('awards', { decidedOn: '2022-12-15', decisionNumber: '210/QĐ-UBND', reason: 'Thành tích' });
    expect(nobody.json().error).toMatchObject({ code: 'AWARD_NO_RECIPIENT', details: [{ field: 'individuals' }] });
    const neighbour = tree.old.communes[2];
    const model = (await t.call(neighbour.editor, { method: 'POST', url: '/api/v1/registries/models', payload: { unitCode: neighbour.code, name: 'Nồi cháo tình thương', owner: 'women', field: 'culture_society', startYear: 2021 } })).json();
    const foreign = await post('awards', { decidedOn: '2022-12-15', decisionNumber: '211/QĐ-UBND', individuals: 1, reason: 'Thành tích', modelId: model.id });
    expect(foreign.json().error).toMatchObject({ code: 'AWARD_MODEL_OTHER_UNIT', details: [{ field: 'modelId' }] });
    expect((await t.call(clerk, { method: 'GET', url: '/api/v1/documents?pageSize=100' })).json().total).toBe(documentsBefore);
  });
});

describe('sổ công khai', () => {
  it('counts the 5 working days on the holiday calendar (Tết 2026), and recounts them when an administrator edits the year', async () => {
    const disclosure = { title: 'Kế hoạch sử dụng đất năm 2026', group: 'inform', form: 'website', basis: 'Quyết định số 12/QĐ-UBND', decidedOn: '2026-02-12', publishedOn: '2026-02-27' };
    const late = await post('disclosures', { ...disclosure, unitCode: tree.merged!.code });
    expect(late.statusCode, late.body).toBe(201);
    // 13/02 is worked, 14-22/02 is Tết: the 5th working day is 26/02, not 19/02.
    expect(late.json()).toMatchObject({ publishDueOn: '2026-02-26', warnings: [expect.stringContaining('quá 5 ngày làm việc kể từ ngày ban hành 12/02/2026 (hạn 26/02/2026')] });
    const calendar = (await t.call(tree.admin, { method: 'GET', url: '/api/v1/calendar/2026' })).json();
    const days = [...calendar.days, { date: '2026-02-23', kind: 'off', name: 'Nghỉ bù Tết (thử)' }];
    expect((await t.call(tree.admin, { method: 'PUT', url: '/api/v1/calendar/2026', payload: { days, version: calendar.version } })).statusCode).toBe(200);
    expect((await t.call(clerk, { method: 'GET', url: `/api/v1/registries/disclosures/${late.json().id}` })).json()).toMatchObject({ publishDueOn: '2026-02-27', warnings: [] });
    const figures2026 = (await t.call(clerk, { method: 'GET', url: `/api/v1/units/${tree.merged!.code}/figures?period=2026` })).json();
    expect([figures2026['disclosure.items'].value, figures2026['disclosure.items'].by['group:inform'], figures2026['disclosure.late'].value]).toEqual([1, 1, 0]);
    const backwards = await post('disclosures', { ...disclosure, unitCode: tree.merged!.code, decidedOn: '2026-03-01' });
    expect(backwards.json().error.details).toEqual([{ field: 'publishedOn', message: 'Ngày bắt đầu công khai 27/02/2026 trước ngày ban hành 01/03/2026.' }]);
  });
});

describe('sổ kiến nghị cử tri and cán bộ phụ trách', () => {
  it('counts petitions received and answered by the end of the period, and refuses an answer date without an answer', async () => {
    const petition = { receivedOn: '2023-04-12', forum: 'commune_council', content: 'Đề nghị sửa chữa đường bê tông thôn Tây', village: 'Thôn Tây' };
    const answered = (await post('voter-petitions', { ...petition, answeredOn: '2023-07-03', answer: 'Đã đưa vào kế hoạch duy tu năm 2023' })).json();
    expect(answered).toMatchObject({ answered: true, forumName: 'Tiếp xúc cử tri của đại biểu HĐND xã', competenceName: 'Thuộc thẩm quyền UBND' });
    expect((await post('voter-petitions', { ...petition, content: 'Đề nghị lắp đèn đường', competence: 'forwarded' })).statusCode).toBe(201);
    const noAnswer = await post('voter-petitions', { ...petition, answeredOn: '2023-05-02' });
    expect(noAnswer.json().error).toMatchObject({ code: 'VOTER_ANSWER_MISSING', details: [{ field: 'answer', message: 'Đã có ngày trả lời thì cần nội dung trả lời.' }] });
    expect((await post('voter-petitions', { ...petition, answeredOn: '2023-04-01', answer: 'Trả lời' })).json().error.details[0].field).toBe('answeredOn');
    const year = await figures('2023');
    expect([year['voter.petitions'].value, year['voter.answered'].value, year['voter.answer_rate'].formatted]).toEqual([2, 1, '50%']);
    // Answered in July: by the end of the first half year it was still waiting.
    expect((await figures('2023H1'))['voter.answered'].value).toBe(0);
  });

  it('keeps who is in charge of dân vận work, with the decision in the document registry (seed 004: Quyết định số 59/QĐ-UBND)', async () => {
    const merged = tree.merged!;
    const res = await post('officers', { unitCode: merged.code, fullName: 'Đỗ Ngọc Thìn', position: 'Chủ tịch UBND xã', decisionNumber: '59/QĐ-UBND', fromOn: '2025-07-01' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ current: true, decisionNumber: '59/QĐ-UBND' });
    const document = (await t.call(clerk, { method: 'GET', url: `/api/v1/documents/${res.json().documentId}` })).json();
    expect(document).toMatchObject({ kind: 'Quyết định', issuedOn: '2025-07-01', issuer: 'UBND xã An Bình' });
    expect((await post('officers', { unitCode: merged.code, fullName: 'Nguyễn Văn B', fromOn: '2025-07-01', toOn: '2025-06-30' })).json().error.details[0].field).toBe('toOn');
    const inCharge = async (period: string) => (await t.call(clerk, { method: 'GET', url: `/api/v1/units/${merged.code}/figures?period=${period}` })).json()['officer.in_charge'].value;
    expect([await inCharge('2025Q3'), await inCharge('2025Q2')]).toEqual([1, 0]);
  });
});

describe('đặc điểm tình hình as a data set of indicators', () => {
  it('answers the profile’s figures as profile.* indicators of the year, and for a longer period the latest year', async () => {
    const admin = tree.admin;
    const put = (year: number, households: number, version?: number) => t.call(admin, {
      method: 'PUT', url: `/api/v1/units/${commune.code}/profiles/${year}`,
      payload: { figures: { households, poorHouseholds: 405, naturalAreaHa: 6957.81 }, ...(version ? { version } : {}) },
    });
    expect((await put(2021, 700)).statusCode).toBe(201);
    expect((await put(2023, 729)).statusCode).toBe(201);
    const review = await figures('2021..2023');
    expect(review['profile.households']).toMatchObject({ value: 729, source: 'entered', parts: ['2023'] });
    expect(review['profile.poor_rate'].formatted).toBe('55,56%');
    expect((await figures('2023Q2'))['profile.natural_area_ha'].formatted).toBe('6.957,81');
    expect((await figures('2022'))['profile.households'].value).toBeNull();
    // The profile form writes them; edited again, the figures follow and the profile API answers the same.
    expect((await put(2023, 731, 1)).statusCode).toBe(200);
    expect((await figures('2023'))['profile.households'].value).toBe(731);
    expect((await t.call(admin, { method: 'GET', url: `/api/v1/units/${commune.code}/profiles/2023` })).json()).toMatchObject({ version: 2, figures: { households: 731, poorHouseholds: 405, population: null } });
    const single = await t.call(admin, { method: 'PUT', url: `/api/v1/units/${commune.code}/figures/profile.households?period=2023`, payload: { value: 1 } });
    expect(single.json().error.code).toBe('FIGURE_IN_DATA_SET');
  });
});
