/**
 * Photos and scanned decisions attached to registry records: whoever reads the record reads its files,
 * whoever may edit it adds and removes them; a file of another type (whatever its name), an empty one and
 * one over 10 MB are refused with nothing kept; removing keeps the file's trace with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../testing/app.js';
import { reformTree, type ReformTree } from '../../testing/factories.js';

let t: TestApp;
let tree: ReformTree;
let clerk: Session;
let recordUrl: string;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await reformTree(t);
  clerk = tree.merged!.editor;
  const training = await t.call(clerk, { method: 'POST', url: '/api/v1/registries/trainings', payload: { unitCode: tree.merged!.code, title: 'Bồi dưỡng nghiệp vụ công tác dân vận', startsOn: '2026-03-10', participants: 2 } });
  recordUrl = `/api/v1/registries/trainings/${training.json().id}`;
});
afterAll(async () => { await t.close(); });

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
const attach = (session: Session, body: Buffer, name: string, type = 'application/octet-stream') =>
  t.call(session, { method: 'POST', url: `${recordUrl}/attachments?name=${encodeURIComponent(name)}`, payload: body, headers: { 'content-type': type } });

describe('tệp đính kèm của bản ghi', () => {
  it('keeps a photo with the record, downloads it under its Vietnamese name, and shows it to whoever reads the record', async () => {
    const res = await attach(clerk, png, 'Ảnh lớp bồi dưỡng.png', 'image/png');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ fileName: 'Ảnh lớp bồi dưỡng.png', contentType: 'image/png', kindName: 'Ảnh PNG', size: 208, deleted: null });
    const download = await t.call(tree.province.manager, { method: 'GET', url: `${recordUrl}/attachments/${res.json().id}` });
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="Anh lop boi duong.png"; filename*=UTF-8''${encodeURIComponent('Ảnh lớp bồi dưỡng.png')}`);
    expect(Buffer.compare(download.rawPayload, png)).toBe(0);
    expect((await t.call(tree.old.communes[2].editor, { method: 'GET', url: `${recordUrl}/attachments` })).statusCode).toBe(404);
    const audit = (await t.call(tree.admin, { method: 'GET', url: '/api/v1/audit?entity=attachment' })).json();
    expect(audit.items[0]).toMatchObject({ action: 'attachment.create' });
  });

  it('refuses a file whose content is not an allowed type whatever its name, an empty one, one too large, and a record one may not edit', async () => {
    expect((await attach(clerk, Buffer.from('Biên bản họp'), 'bien-ban.jpg')).json().error).toMatchObject({ code: 'ATTACHMENT_TYPE', message: expect.stringContaining('"bien-ban.jpg" không phải') });
    expect((await attach(clerk, Buffer.alloc(0), 'trong.pdf')).json().error.code).toBe('ATTACHMENT_INVALID');
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(11 * 1024 * 1024)]);
    expect((await attach(clerk, big, 'quyet-dinh.pdf', 'application/pdf')).json().error).toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('quá giới hạn 10 MB') });
    // The ended commune's clerk does not see the merged commune's record at all; a deleted record takes no more files.
    expect((await attach(tree.old.communes[0].editor, png, 'anh.png')).statusCode).toBe(404);
    const other = (await t.call(clerk, { method: 'POST', url: '/api/v1/registries/trainings', payload: { unitCode: tree.merged!.code, title: 'Tập huấn', startsOn: '2026-04-02' } })).json();
    await t.call(clerk, { method: 'POST', url: `/api/v1/registries/trainings/${other.id}/delete`, payload: { reason: 'Ghi trùng', version: 1 } });
    const onDeleted = await t.call(clerk, { method: 'POST', url: `/api/v1/registries/trainings/${other.id}/attachments?name=anh.png`, payload: png, headers: { 'content-type': 'image/png' } });
    expect(onDeleted.json().error.code).toBe('READ_ONLY');
    expect((await t.call(clerk, { method: 'GET', url: `${recordUrl}/attachments` })).json()).toHaveLength(1);
  });

  it('removes a file with a reason, keeping who removed it and why; the file is no longer served', async () => {
    const [file] = (await t.call(clerk, { method: 'GET', url: `${recordUrl}/attachments` })).json();
    const removed = await t.call(clerk, { method: 'POST', url: `${recordUrl}/attachments/${file.id}/delete`, payload: { reason: 'Ảnh chụp nhầm' } });
    expect(removed.json()).toMatchObject({ deleted: { reason: 'Ảnh chụp nhầm', by: 'Cán bộ xã An Bình' } });
    expect((await t.call(clerk, { method: 'GET', url: `${recordUrl}/attachments/${file.id}` })).statusCode).toBe(404);
  });
});
