/**
 * The audit log names what each row is about and who did it (issue 12, "names, not codes"): a model by
 * its name, an account by its holder, a letter by its summary and never by the person who denounced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../testing/app.js';
import { factoryPassword, twoLevelTree, type TwoLevelTree } from '../testing/factories.js';
import { seed000Models } from '../demo/registry-data.js';
import type { AuditPage } from './schema.js';

let t: TestApp;
let tree: TwoLevelTree;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await twoLevelTree(t, ['Trà Thử']);
});
afterAll(async () => { await t.close(); });

const audit = async (entity: string) =>
  ((await t.call(tree.provinceLeader, { method: 'GET', url: `/api/v1/audit?entity=${entity}&pageSize=50` })).json() as AuditPage).items;

describe('the audit log in words', () => {
  it('names a registry record by its own name and the person who wrote it by full name', async () => {
    const [commune] = tree.communes;
    const model = seed000Models[0]!;
    const res = await t.call(commune!.editor, { method: 'POST', url: '/api/v1/registries/models', payload: { unitCode: commune!.code, ...model } });
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await audit('mobilization_model');
    expect(row).toMatchObject({ action: 'model.create', title: model.name, actorName: 'Cán bộ xã Trà Thử', actorUsername: 'canbo1', unitName: 'Trà Thử' });
  });

  it('names an account by its holder', async () => {
    await t.call(tree.admin, { method: 'POST', url: '/api/v1/users', payload: { username: 'vanthu.tratu', fullName: 'Đinh Thị Hoa', unitCode: tree.communes[0]!.code, roles: ['editor'], password: factoryPassword } });
    const rows = (await t.call(tree.admin, { method: 'GET', url: '/api/v1/audit?entity=user&pageSize=50' })).json() as AuditPage;
    expect(rows.items[0]).toMatchObject({ action: 'user.create', title: 'Đinh Thị Hoa (vanthu.tratu)', actorName: 'Quản trị hệ thống' });
  });

  it('names a denunciation by its summary, never by who sent it', async () => {
    const [commune] = tree.communes;
    const res = await t.call(commune!.editor, {
      method: 'POST', url: '/api/v1/registries/petitions/letters', payload: {
        unitCode: commune!.code, receivedOn: '2026-11-20', channel: 'in_person', kind: 'denunciation', field: 'Đất đai',
        summary: 'Tố cáo cán bộ địa chính thu tiền đo đạc trái quy định', senderName: 'Phạm Văn Tố', senderAddress: 'Thôn 2', senderContact: '0905000111',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const rows = await audit('petition_letter');
    expect(rows[0]?.title).toBe('Tố cáo cán bộ địa chính thu tiền đo đạc trái quy định');
    expect(JSON.stringify(rows)).not.toContain('Phạm Văn Tố');
  });
});
