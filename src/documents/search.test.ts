import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { reformTree } from '../testing/factories.js';

let t: TestApp;
let clerk: Session;

/** Documents the seed reports (../shared/seeds 000, 002, 004) cite, registered as a clerk would type them. */
const registry = [
  { kind: 'Công văn', numberText: '113-CV/BDVHU', issuedOn: '2024-01-09', issuer: 'Ban Dân vận Huyện uỷ Tháp Mười', summary: 'Báo cáo sơ kết 03 năm thực hiện Kế hoạch số 53-KH/HU của Ban Chấp hành Đảng bộ huyện khóa X' },
  { kind: 'Công văn', numberText: '1444/UBND-NV', issuedOn: '2023-05-18', issuer: 'UBND huyện Trà Bồng', summary: 'sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính Nhà nước' },
  { numberText: '53-KH-HU', issuedOn: '2022-01-26', issuer: 'Ban Chấp hành Đảng bộ huyện Tháp Mười', summary: 'thực hiện Nghị quyết số 01-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khoá XI' },
  { numberText: '14-KH/BDVHU-UBND', issuedOn: '2022-03-22', issuer: 'Ban Dân vận Huyện ủy và UBND huyện Tháp Mười', summary: 'phối hợp thực hiện công tác dân vận chính quyền năm 2022' },
  { numberText: '18/KH-UBND', issuedOn: '2021-04-12', issuer: 'UBND phường Nguyễn Nghiêm', summary: 'triển khai mô hình Dân vận khéo' },
  { numberText: '15-KH/ĐU', issuedOn: '2021-04-13', issuer: 'Đảng ủy phường Nguyễn Nghiêm', summary: 'thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025' },
  { kind: 'Công văn', numberText: '445-CV-ĐU', issuer: 'Đảng ủy phường Nguyễn Nghiêm', summary: 'triển khai thực hiện công tác Dân vận năm 2024' },
  { kind: 'Công văn', numberText: '505/UBND-NV', issuedOn: '2022-01-25', issuer: 'UBND huyện Tháp Mười', summary: 'triển khai thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ' },
  { kind: 'Công văn', numberText: '8110/UBND-NV', issuedOn: '2023-11-23', issuer: 'UBND huyện Tháp Mười', summary: 'tiếp tục triển khai thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ' },
  { numberText: '59/2023/NĐ-CP', issuer: 'Chính phủ', summary: 'quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở' },
  // Made up, one digit away from a seed's number: a search of 113-CV/BDVHU must not bring it.
  { kind: 'Công văn', numberText: '1134-CV/BDVHU', issuedOn: '2024-02-01', issuer: 'Ban Dân vận Huyện uỷ Tháp Mười', summary: 'hướng dẫn tổng kết năm' },
];

beforeAll(async () => {
  t = await testApp({ today: '2025-06-10' });
  clerk = (await reformTree(t, { reform: false })).old.district.manager;
  for (const doc of registry) {
    const res = await t.call(clerk, { method: 'POST', url: '/api/v1/documents', payload: doc });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(async () => { await t.close(); });

async function search(query: Record<string, string | number>) {
  const res = await t.call(clerk, { method: 'GET', url: '/api/v1/documents', query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])) });
  expect(res.statusCode, res.body).toBe(200);
  const page = res.json() as { total: number; items: { number: string }[] };
  return { total: page.total, numbers: page.items.map((d) => d.number) };
}

describe('document search', () => {
  it('finds a number however it is written, and only that number', async () => {
    for (const q of ['113-CV/BDVHU', '113-CV-BDVHU', '113 CV BDVHU', '113.cv.bdvhu', '113CVBDVHU', 'Số 113-CV/BDVHU']) {
      expect((await search({ q })).numbers, q).toEqual(['113-CV/BDVHU']);
    }
    for (const q of ['1444/UBND-NV', '1444 UBND NV', '1444-ubnd/nv', '1444UBNDNV']) {
      expect((await search({ q })).numbers, q).toEqual(['1444/UBND-NV']);
    }
    // đ typed as d, dash for slash.
    expect((await search({ q: '445-CV/DU' })).numbers).toEqual(['445-CV/ĐU']);
    expect((await search({ q: '15 KH DU' })).numbers).toEqual(['15-KH/ĐU']);
    // The exact-number filter reads the same spellings.
    expect((await search({ number: '1444 UBND NV' })).numbers).toEqual(['1444/UBND-NV']);
  });

  it('does not bring another number that shares digits or codes', async () => {
    expect((await search({ q: '1445/UBND-NV' })).numbers).toEqual([]);
    expect((await search({ q: '113-KH/BDVHU' })).total).toBe(0);
    expect((await search({ q: '14-KH/BDVHU' })).numbers).toEqual(['14-KH/BDVHU-UBND']);
    expect((await search({ number: '113-CV/BDVHU' })).numbers).toEqual(['113-CV/BDVHU']);
  });

  it('puts the entry with the number typed before those citing it', async () => {
    // 113-CV/BDVHU's extract cites Kế hoạch 53-KH/HU: found too, after the plan itself.
    expect((await search({ q: '53-KH-HU' })).numbers).toEqual(['53-KH/HU', '113-CV/BDVHU']);
    // A number typed halfway: every number that opens with it, the exact one first.
    expect((await search({ q: '113' })).numbers).toEqual(['113-CV/BDVHU', '1134-CV/BDVHU']);
  });

  it('finds words typed without diacritics, in any case', async () => {
    const kheo = ['1444/UBND-NV', '15-KH/ĐU', '18/KH-UBND'];
    expect((await search({ q: 'dan van kheo' })).numbers.sort()).toEqual(kheo);
    expect((await search({ q: 'DÂN VẬN KHÉO' })).numbers.sort()).toEqual(kheo);
    expect((await search({ q: 'dang uy nguyen nghiem' })).numbers.sort()).toEqual(['15-KH/ĐU', '445-CV/ĐU']);
    expect((await search({ q: 'huyen uy thap muoi so ket' })).numbers).toEqual(['113-CV/BDVHU']);
    expect((await search({ q: 'dan van kheo 2026' })).total).toBe(0);
  });

  it('filters by kind, year and issuer, alone and with a search', async () => {
    expect((await search({ kind: 'Kế hoạch' })).numbers.sort()).toEqual(['14-KH/BDVHU-UBND', '15-KH/ĐU', '18/KH-UBND', '53-KH/HU']);
    expect((await search({ kind: 'Công văn', q: 'dan van kheo' })).numbers).toEqual(['1444/UBND-NV']);
    // Issued in 2023; the undated decree counts by the year in its number.
    expect((await search({ year: 2023 })).numbers.sort()).toEqual(['1444/UBND-NV', '59/2023/NĐ-CP', '8110/UBND-NV']);
    expect((await search({ year: 2021, q: 'dan van kheo' })).numbers.sort()).toEqual(['15-KH/ĐU', '18/KH-UBND']);
    expect((await search({ issuer: 'ubnd huyen thap muoi' })).numbers.sort()).toEqual(['14-KH/BDVHU-UBND', '505/UBND-NV', '8110/UBND-NV']);
    expect((await search({ issuer: 'UBND huyện Trà Bồng', q: 'so ket' })).numbers).toEqual(['1444/UBND-NV']);
    expect((await search({ issuer: 'ubnd tra bong', year: 2024 })).total).toBe(0);
  });

  it('pages the results it counts', async () => {
    const all = await search({ q: 'thap muoi', pageSize: 100 });
    expect(all.total).toBe(6);
    const second = await search({ q: 'thap muoi', pageSize: 4, page: 2 });
    expect(second).toEqual({ total: 6, numbers: all.numbers.slice(4) });
  });

  it('refuses a filter it cannot read, saying which in Vietnamese', async () => {
    const year = await t.call(clerk, { method: 'GET', url: '/api/v1/documents?year=hai-nghin' });
    expect(year.statusCode).toBe(400);
    expect(year.json().error.message).toContain('Năm ban hành phải là một số');
    const kind = await t.call(clerk, { method: 'GET', url: `/api/v1/documents?kind=${encodeURIComponent('Thư tay')}` });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.message).toContain('Loại văn bản không có trong danh mục');
  });
});
