import { sql } from 'drizzle-orm';
import { queryRows } from '../core/db/connection.js';
import { driverErrorOf } from '../core/db/errors.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { factoryPassword, reformTree, type ReformTree } from '../testing/factories.js';

const url = (code: string, year: number) => `/api/v1/units/${code}/profiles/${year}`;
/** An Thử's 2023 figures, as its own report gave them (the demo had them for Trà Tây). */
const anThu2023 = {
  figures: {
    naturalAreaHa: 6957.81, forestAreaHa: 3647.59, protectiveForestHa: 2932.49, productionForestHa: 715.1,
    population: 2971, households: 729, poorHouseholds: 405, nearPoorHouseholds: 130, otherHouseholds: 194,
    villages: 7, residentialAreas: 7, cadres: 11, civilServants: 17,
  },
  source: 'Báo cáo số 39/BC-UBND ngày 14/6/2023 của UBND xã An Thử',
};

let t: TestApp;
let tree: ReformTree;
/** cán bộ of Xã An Thử and Xã Bình Thử, the manager of Huyện Đông Thử */
let anThu: Session;
let binhThu: Session;
let district: Session;
// The factory's three-level tree (Huyện Đông Thử and its communes), on a day before the 01/07/2025 reform.
beforeAll(async () => {
  t = await testApp({ today: '2025-06-10' });
  tree = await reformTree(t, { reform: false });
  [anThu, binhThu, district] = [tree.old.communes[0].editor, tree.old.communes[1].editor, tree.old.district.manager];
  const seeded = await t.call(anThu, { method: 'PUT', url: url('98.H.A', 2023), payload: anThu2023 });
  expect(seeded.statusCode, seeded.body).toBe(201);
});
afterAll(async () => { await t.close(); });

describe('unit profile', () => {
  it('gives An Thử 2023 as its report gave it, with computed percentages', async () => {
    const res = await t.call(anThu, { method: 'GET', url: url('98.H.A', 2023) });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.figures).toMatchObject({ naturalAreaHa: 6957.81, forestAreaHa: 3647.59, protectiveForestHa: 2932.49, productionForestHa: 715.1, households: 729, population: 2971, poorHouseholds: 405, cadres: 11, civilServants: 17 });
    expect(body.rates).toMatchObject({ poorRate: 55.56, nearPoorRate: 17.83, otherRate: 26.61 });
    expect(body).toMatchObject({ unitName: 'An Thử', warnings: [], canEdit: true, version: 1, source: 'Báo cáo số 39/BC-UBND ngày 14/6/2023 của UBND xã An Thử' });
  });

  it('stores a figure that breaks a sum rule as typed and answers with a warning naming the figures', async () => {
    const current = (await t.call(anThu, { method: 'GET', url: url('98.H.A', 2023) })).json();
    const res = await t.call(anThu, { method: 'PUT', url: url('98.H.A', 2023), payload: { ...current, figures: { ...current.figures, poorHouseholds: 410 } } });
    expect(res.statusCode).toBe(200);
    expect(res.json().figures.poorHouseholds).toBe(410);
    expect(res.json().version).toBe(current.version + 1);
    expect(res.json().warnings).toEqual([{
      rule: 'household_classes_sum',
      fields: ['poorHouseholds', 'nearPoorHouseholds', 'otherHouseholds', 'households'],
      message: 'Hộ nghèo (410) + hộ cận nghèo (130) + hộ không nghèo (194) = 734, khác tổng số hộ (729).',
    }]);
    const audit = (await t.call(anThu, { method: 'GET', url: '/api/v1/audit?entity=unit_profile&actor=canboanthu' })).json();
    expect(audit.items[0]).toMatchObject({ action: 'profile.update', entityId: '98.H.A/2023', unitCode: '98.H.A', actorUsername: 'canboanthu' });
    expect(audit.items[0].before.poorHouseholds).toBe(405);
    expect(audit.items[0].after.poorHouseholds).toBe(410);
  });

  it('refuses a second save from a stale version with 409 and keeps the first', async () => {
    const a = binhThu;
    const b = district;
    const created = await t.call(a, { method: 'PUT', url: url('98.H.B', 2024), payload: { figures: { households: 1000, population: 4000 } } });
    expect(created.statusCode).toBe(201);
    const v = created.json().version;
    expect((await t.call(a, { method: 'PUT', url: url('98.H.B', 2024), payload: { figures: { households: 1001, population: 4000 }, version: v } })).statusCode).toBe(200);
    const stale = await t.call(b, { method: 'PUT', url: url('98.H.B', 2024), payload: { figures: { households: 999, population: 4000 }, version: v } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'PROFILE_VERSION_CONFLICT', details: { currentVersion: v + 1, updatedBy: 'Cán bộ xã Bình Thử' } });
    expect(stale.json().error.message).toContain('vừa được Cán bộ xã Bình Thử (canbobinhthu) lưu thành phiên bản');
    expect((await t.call(a, { method: 'GET', url: url('98.H.B', 2024) })).json().figures.households).toBe(1001);
  });

  it('refuses a save without the version over an existing year, and the second of two first saves', async () => {
    const blind = await t.call(anThu, { method: 'PUT', url: url('98.H.A', 2023), payload: { figures: { households: 1 } } });
    expect(blind.statusCode).toBe(409);
    expect(blind.json().error).toMatchObject({ code: 'PROFILE_VERSION_CONFLICT', details: { currentVersion: expect.any(Number) } });
    expect(blind.json().error.message).toContain('đã có');
    expect((await t.call(anThu, { method: 'GET', url: url('98.H.A', 2023) })).json().figures.households).toBe(729);
    const race = await Promise.all([1200, 1300].map((households) => t.call(anThu, { method: 'PUT', url: url('98.H.A', 2020), payload: { figures: { households } } })));
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const kept = (await t.call(anThu, { method: 'GET', url: url('98.H.A', 2020) })).json();
    expect(kept.version).toBe(1);
    expect(race.find((r) => r.statusCode === 201)!.json().figures.households).toBe(kept.figures.households);
  });

  it('validates figures and names the field in Vietnamese', async () => {
    const res = await t.call(anThu, { method: 'PUT', url: url('98.H.A', 2022), payload: { figures: { households: -3, naturalAreaHa: 'nhiều' } } });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['figures.households', 'figures.naturalAreaHa']));
    expect(res.json().error.details.find((d: { field: string }) => d.field === 'figures.households').message).toBe('Tổng số hộ không được âm');
    expect((await t.call(anThu, { method: 'PUT', url: url('98.H.A', 1900), payload: { figures: {} } })).statusCode).toBe(400);
    expect((await t.call(anThu, { method: 'GET', url: url('98.H.A', 2022) })).statusCode).toBe(404);
  });
});

describe('access by unit subtree', () => {
  it('forbids an editor of An Thử to read or write Bình Thử, and nothing changes', async () => {
    await t.call(binhThu, { method: 'PUT', url: url('98.H.B', 2023), payload: { figures: { households: 500 } } });
    const read = await t.call(anThu, { method: 'GET', url: url('98.H.B', 2023) });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('OUT_OF_SCOPE');
    const write = await t.call(anThu, { method: 'PUT', url: url('98.H.B', 2023), payload: { figures: { households: 1 } } });
    expect(write.statusCode).toBe(403);
    expect((await t.call(binhThu, { method: 'GET', url: url('98.H.B', 2023) })).json().figures.households).toBe(500);
    const history = await t.call(anThu, { method: 'GET', url: '/api/v1/units/98.H.B/history' });
    expect(history.statusCode).toBe(403);
  });

  it('lets a district manager write its communes, a provincial viewer only read', async () => {
    expect((await t.call(district, { method: 'PUT', url: url('98.H.A', 2021), payload: { figures: { villages: 7 } } })).statusCode).toBe(201);
    const made = await t.call(tree.admin, { method: 'POST', url: '/api/v1/users', payload: { username: 'nguoixem', fullName: 'Người xem cấp tỉnh Bắc Thử', unitCode: '98', roles: ['viewer'], password: factoryPassword } });
    expect(made.statusCode, made.body).toBe(201);
    const viewer = await t.login('nguoixem', factoryPassword);
    const read = await t.call(viewer, { method: 'GET', url: url('98.H.A', 2021) });
    expect(read.statusCode).toBe(200);
    expect(read.json().canEdit).toBe(false);
    const write = await t.call(viewer, { method: 'PUT', url: url('98.H.A', 2021), payload: { figures: { villages: 8 } } });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('READ_ONLY');
  });

  it('shows a commune its own unit and the chain above it, not its neighbours', async () => {
    const units = (await t.call(anThu, { method: 'GET', url: '/api/v1/units?asOf=2024-01-01' })).json().map((u: { code: string; inScope: boolean }) => [u.code, u.inScope]);
    // The province and the district are context only: the UI does not offer them to pick.
    expect(units).toEqual([['98', false], ['98.H', false], ['98.H.A', true]]);
  });

  it('scopes the audit log to the subtree: An Thử does not see Bình Thử, the district sees both', async () => {
    const own = (await t.call(anThu, { method: 'GET', url: '/api/v1/audit?pageSize=200' })).json();
    expect(own.items.every((i: { unitCode: string }) => i.unitCode === '98.H.A')).toBe(true);
    expect((await t.call(anThu, { method: 'GET', url: '/api/v1/audit?unitCode=98.H.B' })).statusCode).toBe(403);
    const seen = (await t.call(district, { method: 'GET', url: '/api/v1/audit?pageSize=200&entity=unit_profile' })).json();
    expect(new Set(seen.items.map((i: { unitCode: string }) => i.unitCode))).toEqual(new Set(['98.H.A', '98.H.B']));
  });

  it('never lets two versions of a unit overlap in time, whatever writes them', async () => {
    const [unit] = await queryRows<{ id: number; event_id: number }>(t.database.db, sql`select unit_id as id, event_id from unit_versions where valid_to is null limit 1`);
    const overlap = await t.database.db.execute(sql`insert into unit_versions (unit_id, name, type_name, valid_from, event_id)
      values (${unit!.id}, 'Trùng thời gian', 'Xã', '2024-01-01', ${unit!.event_id})`).then(() => null, (e: unknown) => e);
    expect(driverErrorOf(overlap)).toMatchObject({ code: '23P01', constraint: 'unit_versions_no_overlap' });
  });

  it('keeps the audit log append-only at the database level', async () => {
    const count = async () => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log`))[0]!.n;
    const before = await count();
    for (const statement of ['delete from audit_log', "update audit_log set action = 'x'", 'truncate audit_log']) {
      const error = await t.database.db.execute(sql.raw(statement)).then(() => null, (e: unknown) => e);
      // The trigger says append-only; on PostgreSQL the application role is refused before it (roles.test.ts).
      expect(driverErrorOf(error)?.code).toBe('42501');
    }
    expect(await count()).toBe(before);
  });
});
