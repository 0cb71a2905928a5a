import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { factoryPassword, reformTree, type ReformTree } from '../testing/factories.js';

let t: TestApp;
let tree: ReformTree;
/** The manager of Huyện Đông Thử, who keeps the district's registry entries. */
let district: Session;
// The factory's three-level tree (Huyện Đông Thử and its communes), on a day before the 01/07/2025 reform.
beforeAll(async () => {
  t = await testApp({ today: '2025-06-10' });
  tree = await reformTree(t, { reform: false });
  district = tree.old.district.manager;
});
afterAll(async () => { await t.close(); });

const plan = { numberText: '53-KH-HU', issuedOn: '2022-01-26', issuer: 'Ban Chấp hành Đảng bộ huyện Tháp Mười', summary: 'thực hiện Nghị quyết số 01-NQ/TU về công tác dân vận đến năm 2025' };

describe('document registry', () => {
  it('registers a document typed with a typo and finds it under every spelling', async () => {
    const created = await t.call(district, { method: 'POST', url: '/api/v1/documents', payload: plan });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'Kế hoạch', numberText: '53-KH-HU', number: '53-KH/HU', family: 'party', kindCode: 'KH', issuerCode: 'HU', unitCode: '98.H', canEdit: true,
      citation: 'Kế hoạch số 53-KH/HU ngày 26/1/2022 của Ban Chấp hành Đảng bộ huyện Tháp Mười',
    });
    for (const spelling of ['53-KH/HU', '53-KH-HU', 'Số 53-KH/HU']) {
      const found = (await t.call(district, { method: 'GET', url: `/api/v1/documents?number=${encodeURIComponent(spelling)}` })).json();
      expect(found.items.map((d: { id: number }) => d.id)).toEqual([created.json().id]);
    }
    const byWord = (await t.call(district, { method: 'GET', url: `/api/v1/documents?q=${encodeURIComponent('dân vận đến năm 2025')}` })).json();
    expect(byWord.total).toBe(1);
  });

  it('refuses the same document twice (409 naming it) and an unreadable number (400), adding nothing', async () => {
    const total = (await t.call(district, { method: 'GET', url: '/api/v1/documents' })).json().total;
    const twice = await t.call(district, { method: 'POST', url: '/api/v1/documents', payload: { ...plan, numberText: '53-KH/HU' } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'DOCUMENT_EXISTS', message: 'Sổ văn bản đã có Kế hoạch số 53-KH/HU ngày 26/1/2022 của Ban Chấp hành Đảng bộ huyện Tháp Mười.' });
    const figure = await t.call(district, { method: 'POST', url: '/api/v1/documents', payload: { numberText: '19 đơn/19 vụ' } });
    expect(figure.statusCode).toBe(400);
    expect(figure.json().error.details[0]).toMatchObject({ field: 'numberText' });
    expect(figure.json().error.message).toContain('Không đọc được số, ký hiệu văn bản');
    expect((await t.call(district, { method: 'GET', url: '/api/v1/documents' })).json().total).toBe(total);
  });

  it('links a plan to the resolution it implements, visible from both ends', async () => {
    const planId = (await t.call(district, { method: 'GET', url: '/api/v1/documents?number=53-KH/HU' })).json().items[0].id;
    const resolution = (await t.call(district, { method: 'POST', url: '/api/v1/documents', payload: { numberText: '01-NQ/TU', issuedOn: '2021-09-27', issuer: 'Ban Chấp hành Đảng bộ tỉnh Đồng Tháp' } })).json();
    const linked = await t.call(district, { method: 'POST', url: `/api/v1/documents/${planId}/links`, payload: { toId: resolution.id, relation: 'implements' } });
    expect(linked.statusCode).toBe(200);
    expect(linked.json().links).toEqual([expect.objectContaining({ relation: 'implements', direction: 'out', document: expect.objectContaining({ number: '01-NQ/TU', kind: 'Nghị quyết' }) })]);
    const back = (await t.call(district, { method: 'GET', url: `/api/v1/documents/${resolution.id}` })).json();
    expect(back.links).toEqual([expect.objectContaining({ relation: 'implements', direction: 'in' })]);
  });

  it('lets everyone read the registry, but only the registering unit edit an entry; a viewer adds nothing', async () => {
    const doc = (await t.call(district, { method: 'GET', url: '/api/v1/documents?number=53-KH/HU' })).json().items[0];
    // The manager of Tỉnh Thử Nghiệm, a province apart from Bắc Thử before the reform.
    const other = tree.province.manager;
    expect((await t.call(other, { method: 'GET', url: `/api/v1/documents/${doc.id}` })).json().canEdit).toBe(false);
    const edit = await t.call(other, { method: 'PUT', url: `/api/v1/documents/${doc.id}`, payload: { ...plan, summary: 'khác', version: doc.version } });
    expect(edit.statusCode).toBe(403);
    const made = await t.call(tree.admin, { method: 'POST', url: '/api/v1/users', payload: { username: 'nguoixem', fullName: 'Người xem cấp tỉnh Bắc Thử', unitCode: '98', roles: ['viewer'], password: factoryPassword } });
    expect(made.statusCode, made.body).toBe(201);
    const viewer = await t.login('nguoixem', factoryPassword);
    expect((await t.call(viewer, { method: 'POST', url: '/api/v1/documents', payload: { numberText: '12/KH-UBND' } })).statusCode).toBe(403);
    const stale = await t.call(district, { method: 'PUT', url: `/api/v1/documents/${doc.id}`, payload: { ...plan, version: doc.version + 5 } });
    expect(stale.statusCode).toBe(409);
    const ok = await t.call(district, { method: 'PUT', url: `/api/v1/documents/${doc.id}`, payload: { ...plan, summary: 'thực hiện Nghị quyết 01-NQ/TU', version: doc.version } });
    expect(ok.json()).toMatchObject({ summary: 'thực hiện Nghị quyết 01-NQ/TU', version: doc.version + 1 });
    const audit = (await t.call(district, { method: 'GET', url: '/api/v1/audit?entity=document&actor=lanhdaodongthu' })).json();
    expect(audit.items.map((i: { action: string }) => i.action)).toEqual(['document.update', 'document.link', 'document.create', 'document.create']);
  });
});

describe('references cited in a report', () => {
  it('lists each cited document once, with its registry entry when there is one', async () => {
    // The district registered its công văn (the demo's seed report had registered Trà Bồng's).
    const registered = await t.call(district, { method: 'POST', url: '/api/v1/documents', payload: {
      kind: 'Công văn', numberText: '1444/UBND-NV', issuedOn: '2023-05-18', issuer: 'UBND huyện Đông Thử', summary: 'sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”',
    } });
    expect(registered.statusCode, registered.body).toBe(201);
    const editor = tree.old.communes[0].editor;
    const text = 'Thực hiện Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Đông Thử; Kế hoạch số 17/KH-UBND ngày 02/4/2020 của UBND xã An Thử; nhắc lại Công văn 1444/UBND-NV ngày 18/5/2023; 729 hộ/2.971 khẩu.';
    const res = await t.call(editor, { method: 'POST', url: '/api/v1/documents/resolve', payload: { text } });
    expect(res.statusCode).toBe(200);
    const refs = res.json() as { number: string; date: string; matches: { citation: string }[] }[];
    expect(refs.map((r) => [r.number, r.date, r.matches.length])).toEqual([['1444/UBND-NV', '2023-05-18', 1], ['17/KH-UBND', '2020-04-02', 0]]);
    expect(refs[0]!.matches[0]!.citation).toBe('Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Đông Thử');
  });
});

describe('document identities', () => {
  it('registers a document once however its identity was typed: decomposed letters, zero-width or bidirectional marks', async () => {
    const guide = { numberText: '77/UBND-NV', issuedOn: '2024-03-05', issuer: 'UBND huyện Đông Thử', summary: 'báo cáo sơ kết 03 năm' };
    const first = await t.call(district, { method: 'POST', url: '/api/v1/documents', payload: { ...guide, issuer: guide.issuer.normalize('NFD') } });
    expect(first.statusCode).toBe(201);
    expect(first.json().issuer).toBe('UBND huyện Đông Thử');
    for (const variant of [{ issuer: 'UBND huyện\u200b Đông Thử' }, { numberText: '77/UBND\u2060-NV\u202c' }, { issuer: '\ufeffUBND huyện Đông Thử' }]) {
      const again = await t.call(district, { method: 'POST', url: '/api/v1/documents', payload: { ...guide, ...variant } });
      expect(again.statusCode, JSON.stringify(variant)).toBe(409);
      expect(again.json().error.code).toBe('DOCUMENT_EXISTS');
    }
  });
});
