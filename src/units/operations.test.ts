import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await testApp({ demo: true });
  admin = await t.login('admin');
});
afterAll(async () => { await t.close(); });

const op = (payload: object) => t.call(admin, { method: 'POST', url: '/api/v1/unit-operations', payload: { legalBasis: 'Nghị quyết số 1/NQ-TEST', ...payload } });
const tree = async (asOf: string) => (await t.call(admin, { method: 'GET', url: `/api/v1/units?asOf=${asOf}` })).json() as { code: string; name: string; parentCode: string | null; kind: string }[];
const history = async (code: string) => (await t.call(admin, { method: 'GET', url: `/api/v1/units/${code}/history` })).json();
const auditCount = async () => (await t.call(admin, { method: 'GET', url: '/api/v1/audit?pageSize=1' })).json().total as number;

/** Each test builds its own province so tests do not depend on each other. */
async function makeProvince(children: { kind: 'district' | 'commune'; parent?: string }[] = []) {
  const p = `T${randomBytes(3).toString('hex')}`;
  expect((await op({ type: 'create', effectiveDate: '2020-01-01', parentCode: null, unit: { code: p, name: `Tỉnh thử ${p}`, typeName: 'Tỉnh', kind: 'province' } })).statusCode).toBe(201);
  const codes: string[] = [];
  for (const [i, c] of children.entries()) {
    const code = `${p}.${i}`;
    const res = await op({ type: 'create', effectiveDate: '2020-01-01', parentCode: c.parent ? `${p}.${c.parent}` : p, unit: { code, name: `Đơn vị ${i}`, typeName: c.kind === 'district' ? 'Huyện' : 'Xã', kind: c.kind } });
    expect(res.statusCode, res.body).toBe(201);
    codes.push(code);
  }
  return { p, codes };
}

describe('the demo tree as of a date', () => {
  it('has the districts before 01/07/2025 and the communes under the province after', async () => {
    const before = await tree('2025-06-30');
    expect(before.find((u) => u.code === '51.TB.TT')).toMatchObject({ name: 'Trà Tây', kind: 'commune', parentCode: '51.TB' });
    expect(before.find((u) => u.code === '51.DP.TT')).toMatchObject({ name: 'Nguyễn Nghiêm', parentCode: '51.DP' });
    expect(before.some((u) => u.code === '62')).toBe(true);
    const after = await tree('2025-07-01');
    expect(after.map((u) => u.code)).not.toContain('51.TB');
    expect(after.map((u) => u.code)).not.toContain('51.TB.TT');
    expect(after.map((u) => u.code)).not.toContain('62');
    expect(after.find((u) => u.code === '51.DP.TT')).toMatchObject({ parentCode: '51' });
    expect(after.find((u) => u.code === '51.TTB')).toMatchObject({ name: 'Tây Trà Bồng', parentCode: '51' });
  });

  it('shows renames by date: Thị trấn Đức Phổ became Phường Nguyễn Nghiêm', async () => {
    expect((await tree('2020-03-31')).find((u) => u.code === '51.DP.TT')).toMatchObject({ name: 'Đức Phổ' });
    const h = await history('51.DP.TT');
    expect(h.versions.map((v: { typeName: string; name: string; parentName: string }) => `${v.typeName} ${v.name} < ${v.parentName}`)).toEqual([
      'Thị trấn Đức Phổ < Đức Phổ', 'Phường Nguyễn Nghiêm < Đức Phổ', 'Phường Nguyễn Nghiêm < Quảng Ngãi',
    ]);
    expect(h.events.map((e: { type: string }) => e.type)).toEqual(['create', 'rename', 'dissolve']);
  });

  it('knows predecessors, successors and which historical units roll into a unit today', async () => {
    const merged = await history('51.TTB');
    expect(merged.predecessors.map((p: { code: string }) => p.code)).toEqual(['51.TB.TN', '51.TB.TT']);
    expect(merged.rollupSources).toEqual([
      { code: '51.TB.TN', name: 'Trà Tân', share: 'whole', validTo: '2025-07-01' },
      { code: '51.TB.TT', name: 'Trà Tây', share: 'whole', validTo: '2025-07-01' },
    ]);
    expect((await history('51.TB.TT')).successors).toEqual([{ code: '51.TTB', name: 'Tây Trà Bồng', date: '2025-07-01', via: 'merge' }]);
    expect((await history('51')).rollupSources.map((r: { code: string }) => r.code)).toEqual(['62']);
  });

  it('validates the date parameter', async () => {
    const res = await t.call(admin, { method: 'GET', url: '/api/v1/units?asOf=30/06/2025' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('querystring.asOf');
  });
});

describe('operations', () => {
  it('merges, splits and follows the whole chain in roll-up sources (split shares are partial)', async () => {
    const { p, codes } = await makeProvince([{ kind: 'commune' }, { kind: 'commune' }, { kind: 'commune' }]);
    const [a, b, c] = codes as [string, string, string];
    expect((await op({ type: 'merge', effectiveDate: '2022-01-01', sourceCodes: [a, b], target: { newUnit: { code: `${p}.AB`, name: 'AB', typeName: 'Xã', parentCode: p } } })).statusCode).toBe(201);
    const split = await op({ type: 'split', effectiveDate: '2023-01-01', code: `${p}.AB`, targets: [{ code: `${p}.X`, name: 'X', typeName: 'Xã', parentCode: p }, { code: `${p}.Y`, name: 'Y', typeName: 'Phường', parentCode: p }] });
    expect(split.statusCode, split.body).toBe(201);
    expect((await op({ type: 'merge', effectiveDate: '2024-01-01', sourceCodes: [c], target: { existingCode: `${p}.X` } })).statusCode).toBe(201);
    const sources = (await history(`${p}.X`)).rollupSources.map((r: { code: string; share: string }) => `${r.code}:${r.share}`);
    expect(sources).toEqual([`${p}.0:partial`, `${p}.1:partial`, `${p}.2:whole`, `${p}.AB:partial`]);
    const on2022 = (await tree('2022-06-01')).filter((u) => u.parentCode === p).map((u) => u.code);
    expect(on2022).toEqual([`${p}.2`, `${p}.AB`]);
  });

  it('dissolves districts and re-parents their communes to the province', async () => {
    const { p, codes } = await makeProvince([{ kind: 'district' }, { kind: 'commune', parent: '0' }]);
    const res = await op({ type: 'dissolve', effectiveDate: '2025-07-01', code: codes[0] });
    expect(res.statusCode).toBe(201);
    expect((await tree('2025-07-01')).find((u) => u.code === codes[1])!.parentCode).toBe(p);
    expect((await tree('2025-06-30')).find((u) => u.code === codes[1])!.parentCode).toBe(codes[0]);
  });

  type Refusal = [string, (p: string, codes: string[]) => object, number, string];
  const refusals: Refusal[] = [
    ['a province under a commune', (p) => ({ type: 'move', effectiveDate: '2021-01-01', code: p, parentCode: '51.DP.TT' }), 409, 'INVALID_PARENT_LEVEL'],
    ['a district under its own commune (cycle)', (_p, c) => ({ type: 'move', effectiveDate: '2021-01-01', code: c[0], parentCode: c[1] }), 409, 'CYCLE'],
    ['a merge into a dissolved unit', (_p, c) => ({ type: 'merge', effectiveDate: '2021-06-01', sourceCodes: [c[2]], target: { existingCode: c[3] } }), 409, 'UNIT_ENDED'],
    ['an operation dated before the last change (overlapping validity)', (_p, c) => ({ type: 'move', effectiveDate: '2021-06-01', code: c[1], parentCode: c[0] }), 409, 'DATE_BEFORE_LAST_CHANGE'],
    ['a rename into the past of a unit', (_p, c) => ({ type: 'rename', effectiveDate: '2019-01-01', code: c[1], name: 'Mới' }), 409, 'UNIT_NOT_YET_VALID'],
    ['an existing code', (p) => ({ type: 'create', effectiveDate: '2021-01-01', parentCode: p, unit: { code: `${p}.0`, name: 'Trùng', typeName: 'Huyện', kind: 'district' } }), 409, 'UNIT_CODE_TAKEN'],
    ['a wrong type name for the level', (p) => ({ type: 'create', effectiveDate: '2021-01-01', parentCode: p, unit: { code: `${p}.Z`, name: 'Z', typeName: 'Phường', kind: 'district' } }), 400, 'INVALID_TYPE_NAME'],
    ['a merge of units of different levels', (_p, c) => ({ type: 'merge', effectiveDate: '2023-01-01', sourceCodes: [c[1]], target: { existingCode: c[0] } }), 409, 'LEVEL_MISMATCH'],
    ['an unknown unit', () => ({ type: 'rename', effectiveDate: '2021-01-01', code: 'KHONGCO', name: 'X' }), 404, 'UNIT_NOT_FOUND'],
    ['a missing legal basis', (_p, c) => ({ type: 'rename', effectiveDate: '2021-01-01', code: c[1], name: 'X', legalBasis: '  ' }), 400, 'VALIDATION_ERROR'],
  ];
  it.each(refusals)('refuses %s with a clear message and changes nothing', async (_name, build, status, code) => {
    const { p, codes } = await makeProvince([{ kind: 'district' }, { kind: 'commune', parent: '0' }, { kind: 'commune', parent: '0' }, { kind: 'commune', parent: '0' }]);
    expect((await op({ type: 'dissolve', effectiveDate: '2021-01-01', code: codes[3] })).statusCode).toBe(201);
    expect((await op({ type: 'rename', effectiveDate: '2022-01-01', code: codes[1], name: 'Đơn vị 1 mới' })).statusCode).toBe(201);
    const treeBefore = await tree('2030-01-01');
    const auditBefore = await auditCount();
    const res = await op(build(p, codes));
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message).toMatch(/[ăâđêôơưáàảãạếềểễệ]/i);
    expect(await tree('2030-01-01')).toEqual(treeBefore);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('rolls back a split that fails half-way: no new unit survives', async () => {
    const { p, codes } = await makeProvince([{ kind: 'commune' }]);
    const villages = await op({ type: 'create', effectiveDate: '2020-01-01', parentCode: codes[0], unit: { code: `${p}.V`, name: 'Thôn 1', typeName: 'Thôn', kind: 'village' } });
    expect(villages.statusCode).toBe(201);
    const res = await op({ type: 'split', effectiveDate: '2024-01-01', code: codes[0], targets: [{ code: `${p}.S1`, name: 'S1', typeName: 'Xã', parentCode: p }, { code: `${p}.S2`, name: 'S2', typeName: 'Xã', parentCode: p }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'CHILDREN_UNASSIGNED', message: `Cần chỉ rõ đơn vị mới cho các đơn vị trực thuộc: ${p}.V.` });
    expect((await t.call(admin, { method: 'GET', url: `/api/v1/units/${p}.S1` })).statusCode).toBe(404);
  });

  it('is for administrators only', async () => {
    const manager = await t.login('trabong');
    const res = await t.call(manager, { method: 'POST', url: '/api/v1/unit-operations', payload: { type: 'rename', effectiveDate: '2025-01-01', legalBasis: 'x', code: '51.TB.TT', name: 'Khác' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('UNIT_OPERATION_FORBIDDEN');
  });
});
