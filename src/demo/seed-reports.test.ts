/**
 * The four seeds, loaded as demo reports and exported: every sentence of each seed is in its .docx
 * (body and footnotes), with the number, date, title, basis, figures and signer the seed gives.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../testing/app.js';
import { texts } from '../exports/docx-xml.js';

const seedDir = fileURLToPath(new URL('../../test/fixtures/seeds/', import.meta.url));
const seedFiles: Record<string, string> = {
  '000': '000_5451492b04ecc796.txt', '002': '002_161ebe69bc6a6787.txt', '003': '003_c252d92ac2102484.txt', '004': '004_f2ac96f50fffd093.txt',
};

let t: TestApp;
beforeAll(async () => { t = await testApp({ demo: true }); });
afterAll(async () => { await t.close(); });

const xmlText = (xml: string) => texts(xml).join('\n');
// Colons and spacing differ where a seed runs a heading into its first sentence ("1. Công tác ...: Căn cứ");
// reports are stored composed (NFC), where seed 003's text has decomposed letters ("hệ" as ê + ̣).
const flatten = (s: string) => s.normalize('NFC').replace(/:/g, ' ').replace(/\s+/g, ' ').trim();

function seedChunks(raw: string): string[] {
  const text = raw
    .replace(/\[bookmark: _GoBack\]/g, '').replace(/\[footnoteRef:\d+\]/g, '').replace(/\[\d+:\s+/g, '\n').replace(/\]/g, '\n')
    .replace(/[¹²³⁴⁵]/g, '').replace(/^#+\s*/gm, '').replace(/\*/g, '').replace(/^\s*(?:[-+]\s+)+/gm, '');
  return text.split(/[\n.;!?]/).map(flatten).filter((c) => c.length >= 25);
}

async function exported(id: number, as: string) {
  const s = await t.login(as);
  const res = await t.call(s, { method: 'GET', url: `/api/v1/reports/${id}/export?format=docx` });
  expect(res.statusCode).toBe(200);
  const zip = await JSZip.loadAsync(res.rawPayload);
  const document = xmlText(await zip.file('word/document.xml')!.async('string'));
  const footnotes = xmlText(await zip.file('word/footnotes.xml')?.async('string') ?? '');
  return { document, footnotes, all: flatten(`${document}\n${footnotes}`) };
}

async function reportOf(unitCode: string) {
  const admin = await t.login('admin');
  const list = (await t.call(admin, { method: 'GET', url: `/api/v1/reports?unitCode=${unitCode}` })).json<{ items: { id: number; status: string }[] }>().items;
  expect(list).toHaveLength(1);
  return list[0]!;
}

const cases = [
  { seed: '000', unit: '51.TB.TT', as: 'trabong', status: 'accepted', expects: ['Số: 39/BC-UBND', 'Trà Tây, ngày 14 tháng 6 năm 2023', 'Thực hiện Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng', 'CHỦ TỊCH', 'Hồ Văn Long', '6957,81', '3.647,59', '2.932,49', '715,10', '729', '2.971', '405'], footnotes: 2 },
  { seed: '002', unit: '87.TM', as: 'admin', status: 'draft', expects: ['Số:       /BC-UBND', 'Tháp Mười, ngày', 'tháng 02 năm 2024', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Hiệp', '95,5', '97,05', '2.384', '50,43', '16.021'], footnotes: 5 },
  { seed: '003', unit: '51.TB.TN', as: 'tratan', status: 'draft', expects: ['Thực hiện Kế hoạch số 42/KH-UBND ngày 21/3/2025 của UBND huyện Trà Bồng', 'ỦY BAN NHÂN DÂN\nXÃ TRÀ TÂN'], footnotes: 1 },
  { seed: '004', unit: '51.DP.TT', as: 'nguyennghiem', status: 'draft', expects: ['Kính gửi: Phòng Nội vụ thị xã Đức Phổ.', 'Phần thứ nhất', 'Phần thứ hai', 'Đỗ Ngọc Thìn', '570', '16', '95,2'], footnotes: 0 },
];

describe.each(cases)('seed $seed as a demo report', ({ seed, unit, as, status, expects, footnotes }) => {
  it(`is ${status}, and its .docx carries the seed’s header, basis, figures and signer`, async () => {
    const report = await reportOf(unit);
    expect(report.status).toBe(status);
    const doc = await exported(report.id, as);
    // Figures as the seed prints them: in its text or its footnotes (seed 002's rates), never in a table it does not have.
    for (const text of expects) expect(`${doc.document}\n${doc.footnotes}`).toContain(text);
    const zipNotes = doc.footnotes.split('\n').filter((l) => l.trim()).length;
    expect(zipNotes).toBe(footnotes);
  });

  it('loses no sentence of the seed (body and footnotes)', async () => {
    const report = await reportOf(unit);
    const doc = await exported(report.id, as);
    const chunks = seedChunks(fs.readFileSync(seedDir + seedFiles[seed]!, 'utf8'));
    expect(chunks.length).toBeGreaterThan(60);
    expect(chunks.filter((c) => !doc.all.includes(c))).toEqual([]);
  });
});

describe('the requests the seeds answer', () => {
  it('shows Trà Bồng its two requests: the 1444/UBND-NV review complete for Trà Tây, the quarterly one late', async () => {
    const s = await t.login('trabong');
    const list = (await t.call(s, { method: 'GET', url: '/api/v1/report-requests?direction=sent' })).json<{ items: { id: number; basisCitation: string; progress: { received: number; late: number } }[] }>().items;
    const review = list.find((r) => r.basisCitation.startsWith('Công văn số 1444/UBND-NV'))!;
    expect(review.progress).toMatchObject({ expected: 2, received: 1, onTime: 1, late: 1 });
    const detail = (await t.call(s, { method: 'GET', url: `/api/v1/report-requests/${review.id}` })).json();
    expect(detail.recipients.map((r: { unitName: string; status: string }) => [r.unitName, r.status])).toEqual([['Xã Trà Tân', 'not_started'], ['Xã Trà Tây', 'accepted']]);
    const quarterly = list.find((r) => r.basisCitation.startsWith('Kế hoạch số 42/KH-UBND'))!;
    expect(quarterly.progress).toMatchObject({ expected: 2, received: 0, late: 2 });
  });
});

describe('the seeds’ counts come out of the registries', () => {
  it('seed 000: 9 models in Trà Tây in 2023; seed 004: 16 in Nguyễn Nghiêm over 2021-2023; seed 002: 50,43% online', async () => {
    const admin = await t.login('admin');
    const figures = async (code: string, period: string) => (await t.call(admin, { method: 'GET', url: `/api/v1/units/${code}/figures?period=${period}` })).json();
    expect((await figures('51.TB.TT', '2023'))['models.count']).toMatchObject({ value: 9, source: 'computed' });
    expect((await figures('51.DP.TT', '2021..2023'))['models.count'].value).toBe(16);
    const thapMuoi = await figures('87.TM', '2022');
    expect(thapMuoi['procedure.online']).toMatchObject({ formatted: '2.384', source: 'entered' });
    expect(thapMuoi['procedure.online_rate'].formatted).toBe('50,43%');
    expect((await figures('87.TM', '2023'))['procedure.online_rate'].formatted).toBe('82,82%');
    // Seed 000: "06 đợt tuyên truyền ... với khoảng 250 lượt người"; seed 004: "12 lượt ... hơn 570 lượt người", "07 lượt" định kỳ.
    const traTay = await figures('51.TB.TT', '2020..2022');
    expect([traTay['outreach.sessions'].formatted, traTay['outreach.participants'].formatted]).toEqual(['6', 'khoảng 250']);
    // Seed 000: "Quyết định số 197/QĐ-UBND ngày 15/12/2021 ... khen thưởng 02 hộ gia đình"; its "đặc điểm" of 2023 from the profile.
    expect([traTay['award.decisions'].value, traTay['award.households'].value]).toEqual([1, 2]);
    const traTay2023 = await figures('51.TB.TT', '2020..2023');
    expect([traTay2023['profile.households'].value, traTay2023['profile.poor_rate'].formatted, traTay2023['profile.production_forest_ha'].formatted]).toEqual([729, '55,56%', '715,1']);
    const nguyenNghiem = await figures('51.DP.TT', '2021..2023');
    expect([nguyenNghiem['outreach.sessions'].value, nguyenNghiem['outreach.participants'].value]).toEqual([12, 575]);
    expect(nguyenNghiem['reception.sessions']).toMatchObject({ value: 7, by: { 'kind:periodic': 7 } });
    expect(nguyenNghiem['reception.dialogues'].value).toBe(3);
    // Seed 004: "giám sát chuyên đề UBND phường 06 cuộc và kiểm tra, giám sát thường xuyên 9 cuộc"; "tham gia 02 lớp ... với 02 cán bộ".
    expect(nguyenNghiem['inspection.sessions']).toMatchObject({ value: 15, by: { 'kind:thematic': 6, 'kind:regular': 9 } });
    expect([nguyenNghiem['training.classes'].value, nguyenNghiem['training.participants'].value]).toEqual([2, 2]);
    // Seed 004: "Năm 2022 nhận 19 đơn/19 vụ ... đạt 100%"; "Năm 2023 nhận 22 đơn/21 vụ ... đạt 95,2%".
    for (const [year, letters, cases, rate] of [['2022', 19, 19, '100%'], ['2023', 22, 21, '95,2%']] as const) {
      const petitions = await figures('51.DP.TT', year);
      expect([petitions['petition.letters'].value, petitions['petition.cases'].value, petitions['petition.resolution_rate'].formatted]).toEqual([letters, cases, rate]);
    }
    const listed = (await t.call(admin, { method: 'GET', url: '/api/v1/registries/models?unitCode=51.TB.TT&pageSize=100' })).json();
    expect(listed.total).toBe(9);
    expect(listed.items.every((m: { illustrative: boolean }) => m.illustrative)).toBe(true);
  });
});
