/**
 * The reviewer is told, on the demo as it stood on 16/04/2025 (seed 003): Huyện Trà Bồng asked Trà Tây and
 * Trà Tân for the first quarter by 04/04/2025 (Kế hoạch 42/KH-UBND), and both are late; Trà Tân still owes
 * the 1444/UBND-NV review of 2023 (seed 000). Its dashboard shows what waits for it and who is late; a
 * reminder reaches exactly the late units, once a day; a return reaches the commune with its reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import type { DashboardOut } from './dashboard-schema.js';
import type { RequestSummary } from './schema.js';
import type { UnitNoticeList } from '../notices/schema.js';

let t: TestApp;
let district: Session, traTay: Session, traTayLeader: Session, traTan: Session, viewer: Session, outsider: Session, province: Session;
let quarterly: number;
let review: number;
let reportId: number;

beforeAll(async () => {
  t = await testApp({ demo: true, today: '2025-04-16' });
  [district, traTay, traTayLeader, traTan, viewer, outsider, province] = await Promise.all(
    ['trabong', 'tratay', 'lanhdaotratay', 'tratan', 'viewer', 'nguyennghiem', 'quangngai'].map((u) => t.login(u)),
  ) as [Session, Session, Session, Session, Session, Session, Session];
  const sent = (await t.call(district, { method: 'GET', url: '/api/v1/report-requests?direction=sent' })).json<{ items: RequestSummary[] }>().items;
  quarterly = sent.find((r) => r.basisCitation?.startsWith('Kế hoạch số 42/KH-UBND'))!.id;
  review = sent.find((r) => r.basisCitation?.startsWith('Công văn số 1444/UBND-NV'))!.id;
});
afterAll(async () => { await t.close(); });

const board = async (s: Session) => (await t.call(s, { method: 'GET', url: '/api/v1/dashboard' })).json() as DashboardOut;
const inbox = async (s: Session) => (await t.call(s, { method: 'GET', url: '/api/v1/unit-notices' })).json() as UnitNoticeList;
const remind = (s: Session, id: number) => t.call(s, { method: 'POST', url: `/api/v1/report-requests/${id}/remind` });
const auditTotal = async () => (await t.call(district, { method: 'GET', url: '/api/v1/audit?pageSize=1' })).json().total as number;

/** Trà Tây's report for the quarter, written by its editor and submitted by its leader (late: 16/04 for 04/04). */
async function traTaySubmits(): Promise<number> {
  const draft = (await t.call(traTay, { method: 'POST', url: '/api/v1/reports', payload: { requestId: quarterly } })).json();
  const content = structuredClone(draft.content);
  Object.assign(content.meta, { number: '18', date: { year: 2025, month: 4, day: 16 } });
  content.meta.signer = { ...content.meta.signer, title: 'CHỦ TỊCH', name: 'Hồ Văn Long' };
  const saved = (await t.call(traTay, { method: 'PUT', url: `/api/v1/reports/${draft.id}`, payload: { baseVersion: draft.version, content } })).json();
  const submitted = await t.call(traTayLeader, { method: 'POST', url: `/api/v1/reports/${draft.id}/actions`, payload: { action: 'submit', baseVersion: saved.version } });
  expect(submitted.json()).toMatchObject({ status: 'submitted' });
  return draft.id as number;
}

describe('the district’s dashboard', () => {
  it('shows its open requests with their progress and the late units, and nothing waiting yet', async () => {
    const { above, own } = await board(district);
    expect(above!.pending).toEqual({ count: 0, items: [] });
    const rows = above!.requests.items.map((r) => [r.id, r.progress.expected, r.progress.received, r.progress.accepted, r.progress.overdue, r.canRemind]);
    expect(rows).toEqual([[quarterly, 2, 0, 0, 2, true], [review, 2, 1, 1, 1, true]]);
    expect(above!.requests.items[0]).toMatchObject({ deadline: '2025-04-04', deadlineText: 'Quá hạn 12 ngày', remindedToday: 0 });
    expect(above!.overdue).toMatchObject({ count: 3, units: 2 });
    expect(above!.overdue.items.map((o) => [o.unitName, o.requestId, o.status])).toEqual([
      ['Xã Trà Tân', review, 'not_started'], ['Xã Trà Tân', quarterly, 'drafting'], ['Xã Trà Tây', quarterly, 'not_started'],
    ]);
    // What the district owes itself: the province's quarterly request of 13/04 (the demo's live request).
    expect(own!.owed.map((o) => [o.issuingUnitName, o.text])).toEqual([['Tỉnh Quảng Ngãi', 'Còn 64 ngày']]);
    expect(own).toMatchObject({ returned: [], drafts: 0 });
  });

  it('counts a report submitted to it as waiting, and lists the same report under “chờ tiếp nhận”', async () => {
    reportId = await traTaySubmits();
    const { above } = await board(district);
    expect(above!.pending.count).toBe(1);
    expect(above!.pending.items[0]).toMatchObject({ reportId, unitName: 'Xã Trà Tây', numberText: 'Số: 18/BC-UBND', requestId: quarterly });
    const listed = (await t.call(district, { method: 'GET', url: '/api/v1/reports?pending=true' })).json<{ items: { id: number }[] }>().items;
    expect(listed.map((r) => r.id)).toEqual([reportId]);
    // Submitted late, Trà Tây is no longer one to remind; Trà Tân still is, for both requests.
    expect(above!.overdue.items.map((o) => o.unitName)).toEqual(['Xã Trà Tân', 'Xã Trà Tân']);
  });

  it('shows the report as waiting to nobody else: not to the commune that sent it, nor to the province above the district', async () => {
    expect((await t.call(traTayLeader, { method: 'GET', url: '/api/v1/reports?pending=true' })).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await board(traTayLeader)).above).toBeNull();
    expect((await board(province)).above!.pending.count).toBe(0);
    // A commune of another district sees neither the report nor the district's requests.
    expect((await t.call(outsider, { method: 'GET', url: `/api/v1/reports/${reportId}` })).statusCode).toBe(404);
  });
});

describe('nhắc nhở', () => {
  it('is refused to a viewer, to a recipient’s editor and, as not found, to a unit outside; nothing is sent or audited', async () => {
    const before = await auditTotal();
    const byViewer = await remind(viewer, quarterly);
    expect(byViewer.statusCode).toBe(403);
    expect(byViewer.json().error).toMatchObject({ code: 'REMINDER_FORBIDDEN', message: 'Chỉ lãnh đạo, quản lý của UBND huyện Trà Bồng (đơn vị gửi yêu cầu) được nhắc nhở các đơn vị nộp báo cáo.' });
    expect((await remind(traTay, quarterly)).statusCode).toBe(403);
    expect((await remind(outsider, quarterly)).statusCode).toBe(404);
    expect(await auditTotal()).toBe(before);
    expect((await inbox(traTan)).items).toEqual([]);
  });

  it('sends each late unit one notice, and only the late ones, and audits it', async () => {
    const before = await auditTotal();
    const res = await remind(district, quarterly);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ sent: [{ unitCode: '51.TB.TN', unitName: 'Xã Trà Tân' }], alreadyReminded: [], message: 'Đã gửi thông báo nhắc nhở đến 1 đơn vị quá hạn: Xã Trà Tân.' });
    const notices = await inbox(traTan);
    expect(notices.unread).toBe(1);
    expect(notices.items).toMatchObject([{
      kind: 'reminder', requestId: quarterly, senderName: 'Huyện Trà Bồng', read: false,
      text: 'Đề nghị UBND xã Trà Tân nộp báo cáo “Báo cáo kết quả thực hiện công tác Dân vận chính quyền quý I năm 2025” theo yêu cầu của UBND huyện Trà Bồng: hạn nộp 04/04/2025, đã quá hạn 12 ngày.',
    }]);
    // Trà Tây submitted (late): it is not reminded.
    expect((await inbox(traTay)).items).toEqual([]);
    expect(await auditTotal()).toBe(before + 1);
    const audit = (await t.call(district, { method: 'GET', url: '/api/v1/audit?pageSize=1' })).json().items[0];
    expect(audit).toMatchObject({ action: 'request.remind', entity: 'report_request', entityId: String(quarterly), after: { reminded: ['51.TB.TN'] } });
    expect((await t.call(district, { method: 'GET', url: `/api/v1/report-requests/${quarterly}` })).json().remind).toEqual({ overdue: 1, remindedToday: 1 });
  });

  it('sends nothing twice the same day: a repeat is refused, saying so, and changes nothing', async () => {
    const before = await auditTotal();
    const again = await remind(district, quarterly);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'REMINDER_ALREADY_SENT', message: 'Hôm nay (16/04/2025) đã nhắc nhở 1 đơn vị quá hạn của yêu cầu này. Mỗi đơn vị chỉ được nhắc một lần mỗi ngày: ngày mai có thể nhắc lại.' });
    expect((await inbox(traTan)).items).toHaveLength(1);
    expect(await auditTotal()).toBe(before);
  });

  it('sends one notice when two reminders of the same request arrive together', async () => {
    const answers = await Promise.all([remind(district, review), remind(district, review)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect((await inbox(traTan)).items.filter((n) => n.requestId === review)).toHaveLength(1);
    expect((await board(district)).above!.overdue.items.every((o) => o.remindedToday)).toBe(true);
  });

  it('is refused when no unit is late yet', async () => {
    const live = (await t.call(province, { method: 'GET', url: '/api/v1/report-requests?direction=sent' })).json<{ items: RequestSummary[] }>().items[0]!;
    const res = await remind(province, live.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('REMINDER_NOTHING_OVERDUE');
    expect(res.json().error.message).toMatch(/^Chưa đến hạn nộp \(\d\d\/\d\d\/2025\): chưa có đơn vị nào quá hạn để nhắc nhở\.$/);
  });
});

describe('the commune', () => {
  it('reads the return and its reason in its notices and on its dashboard', async () => {
    const returned = await t.call(district, { method: 'POST', url: `/api/v1/reports/${reportId}/actions`, payload: { action: 'return', baseVersion: 2, comment: 'Bổ sung kết quả tiếp công dân quý I' } });
    expect(returned.json()).toMatchObject({ status: 'returned' });
    expect((await inbox(traTay)).items).toMatchObject([{
      kind: 'returned', reportId, senderName: 'Huyện Trà Bồng',
      text: 'Huyện Trà Bồng trả lại báo cáo “Kết quả triển khai, thực hiện công tác Dân vận chính quyền quý I năm 2025 và phương hướng nhiệm vụ quý II năm 2025” (Số: 18/BC-UBND) để đơn vị sửa và trình lại. Lý do: Bổ sung kết quả tiếp công dân quý I.',
    }]);
    const owed = (await t.call(traTay, { method: 'GET', url: '/api/v1/notices' })).json();
    expect(owed.map((o: { status: string; returnReason: string | null }) => [o.status, o.returnReason])).toEqual([['returned', 'Bổ sung kết quả tiếp công dân quý I'], ['not_started', null]]);
    const { own, above } = await board(traTay);
    expect(above).toBeNull();
    expect(own!.returned).toMatchObject([{ reportId, requestId: quarterly, reason: 'Bổ sung kết quả tiếp công dân quý I' }]);
    // Nothing waits for the district any more; nobody else reads Trà Tây's notices.
    expect((await board(district)).above!.pending.count).toBe(0);
    expect((await inbox(district)).items).toEqual([]);
  });

  it('sees its open requests with their deadlines and its drafts, and marks its notices read', async () => {
    const { own } = await board(traTan);
    expect(own!.owed.map((o) => [o.subject, o.status, o.text])).toEqual([
      ['Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính Nhà nước', 'not_started', 'Quá hạn 671 ngày'],
      ['Báo cáo kết quả thực hiện công tác Dân vận chính quyền quý I năm 2025', 'drafting', 'Quá hạn 12 ngày'],
      ['Báo cáo kết quả công tác dân vận chính quyền quý II năm 2025', 'not_started', 'Còn 64 ngày'],
    ]);
    expect(own!.drafts).toBe(1);
    const read = (await t.call(traTan, { method: 'POST', url: '/api/v1/unit-notices/read' })).json() as UnitNoticeList;
    expect(read.unread).toBe(0);
    expect(read.items.every((n) => n.read)).toBe(true);
  });
});
