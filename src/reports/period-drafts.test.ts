/**
 * A six-month request gets a six-month report: the province sends "6 tháng đầu năm 2026" with the
 * six-month outline, and the commune's first draft names that period in its subject, its closing, the
 * heading of its tasks and its sentences, never "trong quý". The same request with the quarterly outline
 * is sent with a warning to the sender, and its draft still speaks of six months.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { twoLevelTree, type Commune, type TwoLevelTree } from '../testing/factories.js';

let t: TestApp;
let tree: TwoLevelTree;
let commune: Commune;
let templates: { id: number; reportKind: string; title: string }[];
beforeAll(async () => {
  t = await testApp({ today: '2026-07-03' });
  tree = await twoLevelTree(t, ['Sơn Hà', 'Sơn Tây']);
  commune = tree.communes[0]!;
  templates = (await t.call(tree.provinceLeader, { method: 'GET', url: '/api/v1/report-templates' })).json();
});
afterAll(async () => { await t.close(); });

async function ok(session: Session, method: 'GET' | 'POST', url: string, payload?: object) {
  const res = await t.call(session, { method, url, ...(payload ? { payload } : {}) });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

const halfYearRequest = (templateId: number, recipient: string) => ({
  issuingUnitCode: tree.provinceCode, subject: 'Báo cáo công tác dân vận chính quyền 6 tháng đầu năm 2026', reportKind: 'half_year',
  periodStart: '2026-01-01', periodEnd: '2026-06-30', cutoffDate: '2026-06-14', requestDate: '2026-06-20', deadline: '2026-07-20',
  templateId, recipientCodes: [recipient],
});

type Section = { key: string; title: string; blocks: { content: { text?: string }[] }[]; children: Section[] };
const find = (sections: Section[], key: string): Section | undefined => {
  for (const s of sections) { if (s.key === key) return s; const f = find(s.children, key); if (f) return f; }
  return undefined;
};
const opening = (sections: Section[], key: string) => find(sections, key)!.blocks[0]!.content.map((c) => c.text ?? '').join('');

describe('a six-month report', () => {
  it('names "6 tháng đầu năm 2026" in its subject, closing and sentences, and plans for "6 tháng cuối năm 2026"', async () => {
    await ok(commune.editor, 'POST', '/api/v1/registries/outreach', { unitCode: commune.code, heldOn: '2026-03-10', topic: 'Phổ biến Luật Thực hiện dân chủ ở cơ sở', form: 'conference', participants: 60 });
    const halfYear = templates.find((x) => x.reportKind === 'half_year')!;
    expect(halfYear.title).toBe('Báo cáo kết quả thực hiện công tác Dân vận chính quyền 6 tháng');
    const request = await ok(tree.provinceLeader, 'POST', '/api/v1/report-requests', halfYearRequest(halfYear.id, commune.code));
    expect(request).toMatchObject({ template: { id: halfYear.id, reportKind: 'half_year' }, warnings: [] });

    const draft = await ok(commune.editor, 'POST', '/api/v1/reports', { requestId: request.id });
    const { meta, sections } = draft.content;
    expect(meta.subject).toBe('Kết quả thực hiện công tác Dân vận chính quyền 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm 2026');
    expect(meta.closing).toEqual([{ type: 'text', text: 'Trên đây là báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm 2026 của UBND xã./.' }]);
    expect(sections.map((s: Section) => s.title)).toEqual(['KẾT QUẢ THỰC HIỆN', 'TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', 'PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026', 'ĐỀ XUẤT, KIẾN NGHỊ']);
    expect(opening(sections, 'tuyen-truyen')).toBe('Trong 6 tháng đầu năm, UBND xã tổ chức 01 cuộc tuyên truyền, phổ biến với 60 lượt người tham dự.');
    expect(opening(sections, 'tiep-dan')).toMatch(/^Trong 6 tháng đầu năm, UBND xã tiếp công dân định kỳ 00 lượt/);
    const text = JSON.stringify({ meta, blocks: sections.map((s: Section) => [s.title, s.blocks, s.children.map((c) => [c.title, c.blocks])]) });
    expect(text).not.toMatch(/[Tt]rong quý|\{kỳ|quý \.\.\./);
    // The table counts the request's six months.
    expect(draft.figurePeriod).toEqual({ spec: '2026H1', label: '6 tháng đầu năm 2026' });
  });

  it('sent with the quarterly outline: the sender is warned, the draft still speaks of six months', async () => {
    const quarterly = templates.find((x) => x.reportKind === 'quarter')!;
    const other = tree.communes[1]!;
    const request = await ok(tree.provinceLeader, 'POST', '/api/v1/report-requests', halfYearRequest(quarterly.id, other.code));
    expect(request.warnings).toEqual([{
      code: 'TEMPLATE_KIND_MISMATCH',
      message: 'Đề cương “Báo cáo kết quả thực hiện công tác Dân vận chính quyền quý” là đề cương báo cáo quý, còn yêu cầu là báo cáo 6 tháng: các mục và câu gợi ý của đề cương có thể không khớp kỳ báo cáo. Nên chọn đề cương báo cáo 6 tháng.',
    }]);
    // The commune answers what it was sent; the warning is the sender's.
    expect((await ok(other.editor, 'GET', `/api/v1/report-requests/${request.id}`)).warnings).toEqual([]);
    const draft = await ok(other.editor, 'POST', '/api/v1/reports', { requestId: request.id });
    expect(draft.content.meta.subject).toBe('Kết quả triển khai, thực hiện công tác Dân vận chính quyền 6 tháng đầu năm 2026 và phương hướng nhiệm vụ 6 tháng cuối năm 2026');
    expect(opening(draft.content.sections, 'tuyen-truyen')).toBe('Trong 6 tháng đầu năm, UBND xã tổ chức 00 cuộc tuyên truyền, phổ biến với 00 lượt người tham dự.');
  });
});
