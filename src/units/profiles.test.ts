import { sql } from 'drizzle-orm';
import { queryRows } from '../core/db/connection.js';
import { driverErrorOf } from '../core/db/errors.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../testing/app.js';

let t: TestApp;
// The demo's accounts sit in Trà Bồng's units, which ended on 01/07/2025: these tests run on a day before.
beforeAll(async () => { t = await testApp({ demo: true, today: '2025-06-10' }); });
afterAll(async () => { await t.close(); });

const url = (code: string, year: number) => `/api/v1/units/${code}/profiles/${year}`;

describe('unit profile', () => {
  it('gives Trà Tây 2023 as seed 000 reports it, with computed percentages', async () => {
    const s = await t.login('tratay');
    const res = await t.call(s, { method: 'GET', url: url('51.TB.TT', 2023) });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.figures).toMatchObject({ naturalAreaHa: 6957.81, forestAreaHa: 3647.59, protectiveForestHa: 2932.49, productionForestHa: 715.1, households: 729, population: 2971, poorHouseholds: 405, cadres: 11, civilServants: 17 });
    expect(body.rates).toMatchObject({ poorRate: 55.56, nearPoorRate: 17.83, otherRate: 26.61 });
    expect(body).toMatchObject({ unitName: 'Trà Tây', warnings: [], canEdit: true, version: 1, source: 'Báo cáo số 39/BC-UBND ngày 14/6/2023 của UBND xã Trà Tây' });
  });

  it('stores a figure that breaks a sum rule as typed and answers with a warning naming the figures', async () => {
    const s = await t.login('tratay');
    const current = (await t.call(s, { method: 'GET', url: url('51.TB.TT', 2023) })).json();
    const res = await t.call(s, { method: 'PUT', url: url('51.TB.TT', 2023), payload: { ...current, figures: { ...current.figures, poorHouseholds: 410 } } });
    expect(res.statusCode).toBe(200);
    expect(res.json().figures.poorHouseholds).toBe(410);
    expect(res.json().version).toBe(current.version + 1);
    expect(res.json().warnings).toEqual([{
      rule: 'household_classes_sum',
      fields: ['poorHouseholds', 'nearPoorHouseholds', 'otherHouseholds', 'households'],
      message: 'Hộ nghèo (410) + hộ cận nghèo (130) + hộ không nghèo (194) = 734, khác tổng số hộ (729).',
    }]);
    const audit = (await t.call(s, { method: 'GET', url: '/api/v1/audit?entity=unit_profile&actor=tratay' })).json();
    expect(audit.items[0]).toMatchObject({ action: 'profile.update', entityId: '51.TB.TT/2023', unitCode: '51.TB.TT', actorUsername: 'tratay' });
    expect(audit.items[0].before.poorHouseholds).toBe(405);
    expect(audit.items[0].after.poorHouseholds).toBe(410);
  });

  it('refuses a second save from a stale version with 409 and keeps the first', async () => {
    const a = await t.login('tratan');
    const b = await t.login('trabong');
    const created = await t.call(a, { method: 'PUT', url: url('51.TB.TN', 2024), payload: { figures: { households: 1000, population: 4000 } } });
    expect(created.statusCode).toBe(201);
    const v = created.json().version;
    expect((await t.call(a, { method: 'PUT', url: url('51.TB.TN', 2024), payload: { figures: { households: 1001, population: 4000 }, version: v } })).statusCode).toBe(200);
    const stale = await t.call(b, { method: 'PUT', url: url('51.TB.TN', 2024), payload: { figures: { households: 999, population: 4000 }, version: v } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'PROFILE_VERSION_CONFLICT', details: { currentVersion: v + 1, updatedBy: 'tratan' } });
    expect(stale.json().error.message).toContain('vừa được Công chức Văn phòng - Thống kê xã Trà Tân (tratan) lưu thành phiên bản');
    expect((await t.call(a, { method: 'GET', url: url('51.TB.TN', 2024) })).json().figures.households).toBe(1001);
  });

  it('refuses a save without the version over an existing year, and the second of two first saves', async () => {
    const s = await t.login('tratay');
    const blind = await t.call(s, { method: 'PUT', url: url('51.TB.TT', 2023), payload: { figures: { households: 1 } } });
    expect(blind.statusCode).toBe(409);
    expect(blind.json().error).toMatchObject({ code: 'PROFILE_VERSION_CONFLICT', details: { currentVersion: expect.any(Number) } });
    expect(blind.json().error.message).toContain('đã có');
    expect((await t.call(s, { method: 'GET', url: url('51.TB.TT', 2023) })).json().figures.households).toBe(729);
    const race = await Promise.all([1200, 1300].map((households) => t.call(s, { method: 'PUT', url: url('51.TB.TT', 2020), payload: { figures: { households } } })));
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const kept = (await t.call(s, { method: 'GET', url: url('51.TB.TT', 2020) })).json();
    expect(kept.version).toBe(1);
    expect(race.find((r) => r.statusCode === 201)!.json().figures.households).toBe(kept.figures.households);
  });

  it('validates figures and names the field in Vietnamese', async () => {
    const s = await t.login('tratay');
    const res = await t.call(s, { method: 'PUT', url: url('51.TB.TT', 2022), payload: { figures: { households: -3, naturalAreaHa: 'nhiều' } } });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['figures.households', 'figures.naturalAreaHa']));
    expect(res.json().error.details.find((d: { field: string }) => d.field === 'figures.households').message).toBe('Tổng số hộ không được âm');
    expect((await t.call(s, { method: 'PUT', url: url('51.TB.TT', 1900), payload: { figures: {} } })).statusCode).toBe(400);
    expect((await t.call(s, { method: 'GET', url: url('51.TB.TT', 2022) })).statusCode).toBe(404);
  });
});

describe('access by unit subtree', () => {
  it('forbids an editor of Trà Tây to read or write Trà Tân, and nothing changes', async () => {
    const tratan = await t.login('tratan');
    await t.call(tratan, { method: 'PUT', url: url('51.TB.TN', 2023), payload: { figures: { households: 500 } } });
    const tratay = await t.login('tratay');
    const read = await t.call(tratay, { method: 'GET', url: url('51.TB.TN', 2023) });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('OUT_OF_SCOPE');
    const write = await t.call(tratay, { method: 'PUT', url: url('51.TB.TN', 2023), payload: { figures: { households: 1 } } });
    expect(write.statusCode).toBe(403);
    expect((await t.call(tratan, { method: 'GET', url: url('51.TB.TN', 2023) })).json().figures.households).toBe(500);
    const history = await t.call(tratay, { method: 'GET', url: '/api/v1/units/51.TB.TN/history' });
    expect(history.statusCode).toBe(403);
  });

  it('lets a district manager write its communes, a provincial viewer only read', async () => {
    const manager = await t.login('trabong');
    expect((await t.call(manager, { method: 'PUT', url: url('51.TB.TT', 2021), payload: { figures: { villages: 7 } } })).statusCode).toBe(201);
    const viewer = await t.login('viewer');
    const read = await t.call(viewer, { method: 'GET', url: url('51.TB.TT', 2021) });
    expect(read.statusCode).toBe(200);
    expect(read.json().canEdit).toBe(false);
    const write = await t.call(viewer, { method: 'PUT', url: url('51.TB.TT', 2021), payload: { figures: { villages: 8 } } });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('READ_ONLY');
  });

  it('shows a commune its own unit and the chain above it, not its neighbours', async () => {
    const s = await t.login('tratay');
    const units = (await t.call(s, { method: 'GET', url: '/api/v1/units?asOf=2024-01-01' })).json().map((u: { code: string; inScope: boolean }) => [u.code, u.inScope]);
    // The province and the district are context only: the UI does not offer them to pick.
    expect(units).toEqual([['51', false], ['51.TB', false], ['51.TB.TT', true]]);
  });

  it('scopes the audit log to the subtree: Trà Tây does not see Trà Tân, the district sees both', async () => {
    const tratay = await t.login('tratay');
    const own = (await t.call(tratay, { method: 'GET', url: '/api/v1/audit?pageSize=200' })).json();
    expect(own.items.every((i: { unitCode: string }) => i.unitCode === '51.TB.TT')).toBe(true);
    expect((await t.call(tratay, { method: 'GET', url: '/api/v1/audit?unitCode=51.TB.TN' })).statusCode).toBe(403);
    const district = (await t.call(await t.login('trabong'), { method: 'GET', url: '/api/v1/audit?pageSize=200&entity=unit_profile' })).json();
    expect(new Set(district.items.map((i: { unitCode: string }) => i.unitCode))).toEqual(new Set(['51.TB.TT', '51.TB.TN']));
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
