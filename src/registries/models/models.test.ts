/**
 * The "Dân vận khéo" registry on today's tree, built by its factory: a commune records seed 000's nine
 * models, the engine counts them by year, a neighbour sees none of them, the province reads them, and
 * every refused write leaves the registry and the audit log as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../testing/app.js';
import { factoryPassword, twoLevelTree, type Commune, type TwoLevelTree } from '../../testing/factories.js';
import { seed000Models } from '../../demo/registry-data.js';
import type { ModelOut, ModelPage } from './schema.js';

let t: TestApp;
let tree: TwoLevelTree;
let commune: Commune;
let neighbour: Commune;
let viewer: Session;
const ids: number[] = [];
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await twoLevelTree(t, ['Trà Thử', 'Sơn Thử']);
  [commune, neighbour] = tree.communes as [Commune, Commune];
  await t.call(tree.admin, { method: 'POST', url: '/api/v1/users', payload: { username: 'xem1', fullName: 'Người xem', unitCode: commune.code, roles: ['viewer'], password: factoryPassword } });
  viewer = await t.login('xem1', factoryPassword);
});
afterAll(async () => { await t.close(); });

const list = async (session: Session, query = '') => (await t.call(session, { method: 'GET', url: `/api/v1/registries/models?pageSize=100${query}` })).json() as ModelPage;
const count = async (session: Session, period: string, code = commune.code) =>
  (await t.call(session, { method: 'GET', url: `/api/v1/units/${code}/figures?period=${period}` })).json()['models.count'];
const auditTotal = async () => (await t.call(tree.admin, { method: 'GET', url: '/api/v1/audit?pageSize=1' })).json().total as number;

describe('sổ mô hình "Dân vận khéo"', () => {
  it('records seed 000’s nine models and counts them for 2023 as the report does (9), by year and field', async () => {
    for (const m of seed000Models) {
      const res = await t.call(commune.editor, { method: 'POST', url: '/api/v1/registries/models', payload: { unitCode: commune.code, ...m } });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    const all = await list(commune.editor);
    expect(all.total).toBe(9);
    expect(all.items[0]).toMatchObject({ unitName: 'Xã Trà Thử', startYear: 2023, statusName: 'Đang duy trì', canEdit: true });
    const figure = await count(commune.editor, '2023');
    expect(figure).toMatchObject({ value: 9, formatted: '9', source: 'computed' });
    expect(figure.by).toMatchObject({ 'field:culture_society': 6, 'field:political_system': 3, 'owner:women': 3, 'owner:ubnd': 3 });
    expect((await count(commune.editor, '2021')).value).toBe(4);
    expect((await count(commune.editor, '2020')).value).toBe(1);
    expect((await count(commune.editor, '2021..2023')).value).toBe(9);
    expect((await count(commune.editor, '2023Q2')).value).toBe(9);
  });

  it('finds words typed without diacritics, and filters by field, organisation and year', async () => {
    expect((await list(commune.editor, '&q=noi%20chao')).items.map((m) => m.name)).toEqual(['Nồi cháo tình thương']);
    expect((await list(commune.editor, '&q=THON%20dam')).items.map((m) => m.village)).toEqual(['Thôn Đam']);
    expect((await list(commune.editor, '&field=political_system')).total).toBe(3);
    expect((await list(commune.editor, '&owner=women&year=2021')).total).toBe(2);
    const paged = await t.call(commune.editor, { method: 'GET', url: '/api/v1/registries/models?page=2&pageSize=4' });
    expect(paged.json()).toMatchObject({ total: 9, page: 2, pageSize: 4 });
    expect(paged.json().items).toHaveLength(4);
    expect((await t.call(commune.editor, { method: 'GET', url: '/api/v1/registries/models?page=5&pageSize=4' })).json()).toMatchObject({ total: 9, items: [] });
  });

  it('is read by the province, not by the neighbouring commune; a viewer writes nothing', async () => {
    expect((await list(tree.provinceLeader)).total).toBe(9);
    expect((await list(neighbour.editor)).total).toBe(0);
    expect((await t.call(neighbour.editor, { method: 'GET', url: `/api/v1/registries/models/${ids[0]}` })).statusCode).toBe(404);
    expect((await t.call(neighbour.editor, { method: 'GET', url: `/api/v1/units/${commune.code}/figures?period=2023` })).json().error.code).toBe('OUT_OF_SCOPE');
    const before = await auditTotal();
    const edit = await t.call(neighbour.editor, { method: 'PUT', url: `/api/v1/registries/models/${ids[0]}`, payload: { unitCode: commune.code, ...seed000Models[0], name: 'Đổi tên', version: 1 } });
    expect(edit.statusCode).toBe(404);
    const create = await t.call(neighbour.editor, { method: 'POST', url: '/api/v1/registries/models', payload: { unitCode: commune.code, ...seed000Models[0] } });
    expect(create.json().error.code).toBe('OUT_OF_SCOPE');
    const byViewer = await t.call(viewer, { method: 'POST', url: '/api/v1/registries/models', payload: { unitCode: commune.code, ...seed000Models[0] } });
    expect(byViewer.json().error.code).toBe('READ_ONLY');
    expect((await list(viewer)).items.every((m) => !m.canEdit)).toBe(true);
    expect((await list(viewer)).canCreate).toBe(false);
    expect((await list(neighbour.editor)).canCreate).toBe(true);
    expect(await auditTotal()).toBe(before);
    expect((await list(commune.editor)).total).toBe(9);
  });

  it('refuses a stopped model without its year, and a stale edit, changing nothing', async () => {
    const id = ids[3]!;
    const current = (await t.call(commune.editor, { method: 'GET', url: `/api/v1/registries/models/${id}` })).json() as ModelOut;
    const stopped = await t.call(commune.editor, { method: 'PUT', url: `/api/v1/registries/models/${id}`, payload: { unitCode: commune.code, ...seed000Models[3], status: 'stopped', version: current.version } });
    expect(stopped.statusCode).toBe(400);
    expect(stopped.json().error).toMatchObject({ code: 'MODEL_STOP_YEAR_MISSING', message: 'Mô hình đã dừng: cần năm dừng.', details: [{ field: 'stoppedYear' }] });
    const saved = await t.call(commune.editor, { method: 'PUT', url: `/api/v1/registries/models/${id}`, payload: { unitCode: commune.code, ...seed000Models[3], status: 'stopped', stoppedYear: 2022, version: current.version } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ statusName: 'Đã dừng', version: current.version + 1, updatedBy: 'Cán bộ xã Trà Thử' });
    // Stopped in 2022: it still counts for 2022, no longer for 2023.
    expect((await count(commune.editor, '2023')).value).toBe(8);
    expect((await count(commune.editor, '2022')).value).toBe(5);
    const stale = await t.call(tree.provinceLeader, { method: 'PUT', url: `/api/v1/registries/models/${id}`, payload: { unitCode: commune.code, ...seed000Models[3], name: 'Tên khác', version: current.version } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('RECORD_VERSION_CONFLICT');
    expect((await t.call(commune.editor, { method: 'GET', url: `/api/v1/registries/models/${id}` })).json().name).toBe('Nồi cháo tình thương');
  });

  it('deletes with a reason: the count drops, the record stays readable, the log has every step', async () => {
    const id = ids[8]!;
    const noReason = await t.call(commune.editor, { method: 'POST', url: `/api/v1/registries/models/${id}/delete`, payload: { reason: '  ', version: 1 } });
    expect(noReason.statusCode).toBe(400);
    const deleted = await t.call(commune.editor, { method: 'POST', url: `/api/v1/registries/models/${id}/delete`, payload: { reason: 'Nhập trùng với mô hình của Bộ phận Một cửa', version: 1 } });
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json()).toMatchObject({ canEdit: false, deleted: { reason: 'Nhập trùng với mô hình của Bộ phận Một cửa', by: 'Cán bộ xã Trà Thử' } });
    expect((await count(commune.editor, '2023')).value).toBe(7);
    expect((await list(commune.editor)).total).toBe(8);
    const again = await t.call(commune.editor, { method: 'PUT', url: `/api/v1/registries/models/${id}`, payload: { unitCode: commune.code, ...seed000Models[8], version: 2 } });
    expect(again.json().error.code).toBe('READ_ONLY');
    const audit = (await t.call(tree.admin, { method: 'GET', url: '/api/v1/audit?pageSize=100' })).json().items as { action: string }[];
    const actions = audit.map((a) => a.action).filter((a) => a.startsWith('model.'));
    expect(actions.filter((a) => a === 'model.create')).toHaveLength(9);
    expect(actions).toContain('model.update');
    expect(actions).toContain('model.delete');
  });
});
