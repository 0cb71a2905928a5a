import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { twoLevelTree, type TwoLevelTree } from '../testing/factories.js';

let t: TestApp;
let admin: Session;
/** The first-run province (99) with one commune (99.X1, Xã Sơn Hà) and its manager; the tests build their own provinces. */
let home: TwoLevelTree;
/** A commune of another province, standing since 2020. */
let otherCommune: string;
beforeAll(async () => {
  t = await testApp();
  home = await twoLevelTree(t, ['Sơn Hà']);
  admin = home.admin;
  otherCommune = (await makeProvince([{ kind: 'commune' }])).codes[0]!;
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

describe('the tree as of a date', () => {
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
    ['a province under a commune', (p) => ({ type: 'move', effectiveDate: '2021-01-01', code: p, parentCode: otherCommune }), 409, 'INVALID_PARENT_LEVEL'],
    ['a district under its own commune (cycle)', (_p, c) => ({ type: 'move', effectiveDate: '2021-01-01', code: c[0], parentCode: c[1] }), 409, 'CYCLE'],
    ['a merge into a dissolved unit', (_p, c) => ({ type: 'merge', effectiveDate: '2021-06-01', sourceCodes: [c[2]], target: { existingCode: c[3] } }), 409, 'UNIT_ENDED'],
    ['an operation dated before the last change (overlapping validity)', (_p, c) => ({ type: 'move', effectiveDate: '2021-06-01', code: c[1], parentCode: c[0] }), 409, 'DATE_BEFORE_LAST_CHANGE'],
    // Its history ends on 01/01/2021: versions are only appended after the last date it records.
    ['a rename dated before the recorded end of a unit', (_p, c) => ({ type: 'rename', effectiveDate: '2020-06-01', code: c[3], name: 'Mới' }), 409, 'DATE_BEFORE_LAST_CHANGE'],
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
    // The province's manager, over the commune it would rename.
    const manager = home.provinceLeader;
    const res = await t.call(manager, { method: 'POST', url: '/api/v1/unit-operations', payload: { type: 'rename', effectiveDate: '2025-08-01', legalBasis: 'x', code: home.communes[0]!.code, name: 'Khác' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('UNIT_OPERATION_FORBIDDEN');
    expect((await tree('2030-01-01')).find((u) => u.code === home.communes[0]!.code)).toMatchObject({ name: 'Sơn Hà' });
  });
});
