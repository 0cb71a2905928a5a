/**
 * The four seeds as the demo prints them: exactly the tables their source has (none: the templates' figure
 * tables hold the seeds' figures for the level above but are not placed in the document), and the figures
 * as the seeds write them ("715,10", "69,90", "hơn 256"), in the text and in a table the writer places.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkSections, type ReportSection } from '../content/content-schema.js';
import type { ReportContent } from '../content/meta-schema.js';
import { all, cells, tables, texts } from '../exports/docx-xml.js';
import { testApp, type TestApp } from '../testing/app.js';

const seedDir = fileURLToPath(new URL('../../test/fixtures/seeds/', import.meta.url));
const seeds = [
  { seed: '000', file: '000_5451492b04ecc796.txt', unit: '51.TB.TT', as: 'trabong', written: ['715,10 ha', '6957,81 ha', 'khoảng 250 lượt người'], notAs: /715,1(?!\d)/ },
  { seed: '002', file: '002_161ebe69bc6a6787.txt', unit: '87.TM', as: 'admin', written: ['đạt 69,90%', 'hơn 256 cuộc', 'đạt trên 99%'], notAs: /69,9(?!\d)/ },
  { seed: '003', file: '003_c252d92ac2102484.txt', unit: '51.TB.TN', as: 'tratan', written: [], notAs: null },
  { seed: '004', file: '004_f2ac96f50fffd093.txt', unit: '51.DP.TT', as: 'nguyennghiem', written: ['hơn 570 lượt người', 'đạt 95,2%'], notAs: null },
];

/** Tables in the seed text: runs of lines that are table rows ("| ... |"). */
const seedTables = (raw: string) => raw.split('\n').filter((line, i, lines) => line.trimStart().startsWith('|') && !lines[i - 1]?.trimStart().startsWith('|')).length;

/** Tables in the text of the document: ruled grids (the header and the signature are borderless layout tables). */
const ruledTables = (xml: string) => tables(xml).filter((t) => all(t, /<w:tcBorders>[\s\S]*?<\/w:tcBorders>/).some((b) => b.includes('w:val="single"')));

let t: TestApp;
beforeAll(async () => { t = await testApp({ demo: true }); });
afterAll(async () => { await t.close(); });

async function reportOf(unitCode: string) {
  const admin = await t.login('admin');
  const list = (await t.call(admin, { method: 'GET', url: `/api/v1/reports?unitCode=${unitCode}` })).json() as { id: number }[] | { items: { id: number }[] };
  const rows = Array.isArray(list) ? list : list.items;
  expect(rows).toHaveLength(1);
  return (await t.call(admin, { method: 'GET', url: `/api/v1/reports/${rows[0]!.id}` })).json() as { id: number; version: number; content: ReportContent };
}

async function exported(id: number, as: string) {
  const res = await t.call(await t.login(as), { method: 'GET', url: `/api/v1/reports/${id}/export?format=docx` });
  expect(res.statusCode).toBe(200);
  const zip = await JSZip.loadAsync(res.rawPayload);
  return { document: await zip.file('word/document.xml')!.async('string'), footnotes: await zip.file('word/footnotes.xml')?.async('string') ?? '' };
}

const tablesOf = (sections: ReportSection[]) => [...walkSections(sections)].flatMap(({ section }) => section.figureTables);

describe.each(seeds)('seed $seed as the demo prints it', ({ file, unit, as, written, notAs }) => {
  it('has the tables its source has, and its figures as the source writes them', async () => {
    const raw = fs.readFileSync(seedDir + file, 'utf8');
    const report = await reportOf(unit);
    const { document, footnotes } = await exported(report.id, as);
    // The source has no tables; the template offers some, holding the seed's figures, none placed.
    expect(ruledTables(document)).toHaveLength(seedTables(raw));
    expect(all(document, /<w:tbl>/)).toHaveLength(seedTables(raw) + 2);
    expect(tablesOf(report.content.sections).every((table) => table.placed === false)).toBe(true);
    // Seed 002 gives its rates in a footnote ("⁴ Năm 2022 (...), năm 2023 (... đạt 69,90% ...)").
    const text = [...texts(document), ...texts(footnotes)].join('\n');
    for (const figure of written) {
      expect(raw.normalize('NFC')).toContain(figure);
      expect(text).toContain(figure);
    }
    if (notAs) expect(text).not.toMatch(notAs);
  });
});

describe('a seed figure table the writer places', () => {
  it('prints its figures as the seed writes them: "hơn 570" lượt người (seed 004)', async () => {
    const report = await reportOf('51.DP.TT');
    expect(report.content.figureTexts).toEqual({ 'tuyen-truyen': { nguoi: { 'giai-doan': 'hơn 570' } } });
    const content = structuredClone(report.content);
    for (const table of tablesOf(content.sections)) if (table.key === 'tuyen-truyen') table.placed = true;
    const s = await t.login('nguyennghiem');
    const saved = await t.call(s, { method: 'PUT', url: `/api/v1/reports/${report.id}`, payload: { baseVersion: report.version, content } });
    expect(saved.statusCode, saved.body).toBe(200);
    const [table, ...others] = ruledTables((await exported(report.id, 'nguyennghiem')).document);
    expect(others).toEqual([]);
    const rows = cells(table!).map((row) => row.map((cell) => cell.join('\n')));
    expect(rows.find((row) => row[1] === 'hơn 570')).toBeDefined();
    expect(rows.find((row) => row[1] === '12')).toBeDefined();
  });

  it('keeps "715,10" and "hơn 256" in the content the editor gets (seeds 000 and 002)', async () => {
    expect((await reportOf('51.TB.TT')).content.figureTexts).toEqual({ 'dac-diem': { 'san-xuat': { 'so-lieu': '715,10' } }, 'tuyen-truyen': { luot: { 'giai-doan': 'khoảng 250' } } });
    expect((await reportOf('87.TM')).content.figureTexts).toEqual({ 'quan-triet': { cuoc: { 'giai-doan': 'hơn 256' } }, 'thu-tuc': { 'xa-ty-le': { y2023: '69,90' } } });
  });
});
