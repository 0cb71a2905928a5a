/**
 * The demo's own data: its tree of Quảng Ngãi as it stood before and after the 01/07/2025 reform, the
 * renames of Đức Phổ and the merge of Trà Tây and Trà Tân into Tây Trà Bồng. These tests are about what
 * the demo loader puts in, so they alone load the demo (the other tests build their own data).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await testApp({ demo: true });
  admin = await t.login('admin');
});
afterAll(async () => { await t.close(); });

const tree = async (asOf: string) => (await t.call(admin, { method: 'GET', url: `/api/v1/units?asOf=${asOf}` })).json() as { code: string; name: string; parentCode: string | null; kind: string }[];
const history = async (code: string) => (await t.call(admin, { method: 'GET', url: `/api/v1/units/${code}/history` })).json();

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
});
