/**
 * Installing the built-in outlines on a database made before some of them: the missing ones are added,
 * a shipped outline that changed gets a new version unless an administrator edited it, and running it
 * again changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { testApp, type TestApp } from '../testing/app.js';
import { twoLevelTree, type TwoLevelTree } from '../testing/factories.js';
import { builtinTemplateIds, ensureBuiltinTemplates } from './service.js';
import { reportTemplates, reportTemplateVersions } from './tables.js';

let t: TestApp;
let tree: TwoLevelTree;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await twoLevelTree(t, ['Sơn Hà']);
});
afterAll(async () => { await t.close(); });

const versions = async (key: string) => {
  const id = (await builtinTemplateIds(t.database.db)).get(key)!;
  return t.database.db.select({ version: reportTemplateVersions.version, subject: reportTemplateVersions.subject, kind: reportTemplateVersions.reportKind })
    .from(reportTemplateVersions).where(eq(reportTemplateVersions.templateId, id)).orderBy(reportTemplateVersions.version);
};

describe('installing the built-in outlines', () => {
  it('adds the kinds a database made before them lacks, brings an unedited one up to date, and is idempotent', async () => {
    const { db } = t.database;
    const ids = await builtinTemplateIds(db);
    // As a database installed with the seeds' four only: no 6-month outline, the quarterly's old subject.
    await db.delete(reportTemplateVersions).where(eq(reportTemplateVersions.templateId, ids.get('dvcq-6-thang')!));
    await db.delete(reportTemplates).where(eq(reportTemplates.id, ids.get('dvcq-6-thang')!));
    await db.update(reportTemplateVersions).set({ subject: 'Kết quả triển khai, thực hiện công tác Dân vận chính quyền quý ... và phương hướng nhiệm vụ quý ... năm ...' })
      .where(eq(reportTemplateVersions.templateId, ids.get('dvcq-quy')!));
    // An administrator's edit of the yearly outline is theirs to keep.
    const yearly = (await t.call(tree.admin, { method: 'GET', url: `/api/v1/report-templates/${ids.get('dvcq-nam')}` })).json();
    const { title, reportKind, description, closing, outline } = yearly;
    const edit = { baseVersion: yearly.version, template: { title, reportKind, description, closing, outline, subject: 'Đề cương năm do tỉnh sửa' } };
    expect((await t.call(tree.admin, { method: 'PUT', url: `/api/v1/report-templates/${yearly.id}`, payload: edit })).statusCode).toBe(200);
    expect(await db.$count(reportTemplates, sql`builtin_key is not null`)).toBe(7);

    await ensureBuiltinTemplates(db);
    await ensureBuiltinTemplates(db);

    expect(await db.$count(reportTemplates, sql`builtin_key is not null`)).toBe(8);
    expect(await versions('dvcq-6-thang')).toEqual([{ version: 1, kind: 'half_year', subject: 'Kết quả thực hiện công tác Dân vận chính quyền {kỳ báo cáo} và phương hướng, nhiệm vụ {kỳ tới}' }]);
    expect((await versions('dvcq-quy')).map((v) => [v.version, v.subject])).toEqual([
      [1, 'Kết quả triển khai, thực hiện công tác Dân vận chính quyền quý ... và phương hướng nhiệm vụ quý ... năm ...'],
      [2, 'Kết quả triển khai, thực hiện công tác Dân vận chính quyền {kỳ báo cáo} và phương hướng nhiệm vụ {kỳ tới}'],
    ]);
    expect((await versions('dvcq-nam')).map((v) => v.subject)).toEqual(['Kết quả thực hiện công tác Dân vận chính quyền {kỳ báo cáo} và phương hướng, nhiệm vụ {kỳ tới}', 'Đề cương năm do tỉnh sửa']);
    // The seeds' outlines, unchanged, keep their one version.
    expect((await versions('so-ket-chi-thi-08-3-nam')).length).toBe(1);
  });
});
