/**
 * Seeds 000 and 004 as printed (LibreOffice's PDF, read back with pdftotext -bbox): the header row level,
 * the issuing body on its two lines, and the signature on the page of the closing, with room to sign.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDocument, type SeedId } from '../testing/seed-documents.js';
import { renderDocx } from './docx/index.js';
import { docxToPdf, findSoffice } from './pdf.js';

interface Word { text: string; page: number; x: number; y: number }

const installed = findSoffice() !== null;
let dir: string;
const printed: Partial<Record<SeedId, { words: Word[]; pages: number; layout: (page: number) => string }>> = {};

beforeAll(async () => {
  if (!installed) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-pdf-layout-'));
  for (const id of ['000', '004'] as const) {
    const file = path.join(dir, `${id}.pdf`);
    fs.writeFileSync(file, await docxToPdf(await renderDocx(seedDocument(id))));
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const words: Word[] = [];
    html.split('<page ').slice(1).forEach((page, i) => {
      for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) words.push({ text: m[3]!, page: i + 1, x: Number(m[1]), y: Number(m[2]) });
    });
    const pages = Math.max(...words.map((w) => w.page));
    printed[id] = { words, pages, layout: (page) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' }) };
  }
}, 120_000);
afterAll(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

const word = (id: SeedId, text: string, page = 1) => {
  const found = printed[id]!.words.find((w) => w.text === text && w.page === page);
  expect(found, `${id}: "${text}" on page ${page}`).toBeDefined();
  return found!;
};
const lineOf = (id: SeedId, page: number, start: string) => printed[id]!.layout(page).split('\n').map((l) => l.trim()).filter((l) => l.includes(start));

describe.runIf(installed)('the printed seeds', () => {
  it('print "Số:" level with the place and date (seed 004 was 10 mm lower)', () => {
    expect(Math.abs(word('000', 'Số:').y - word('000', 'Trà').y)).toBeLessThan(1.5);
    expect(Math.abs(word('004', 'Số:').y - word('004', 'Phường').y)).toBeLessThan(1.5);
  });

  it('print the issuing body on two lines, the unit’s name unbroken', () => {
    expect(lineOf('004', 1, 'PHƯỜNG NGUYỄN NGHIÊM')).toHaveLength(1);
    expect(lineOf('004', 1, 'ỦY BAN NHÂN DÂN')[0]).toMatch(/^ỦY BAN NHÂN DÂN(\s{2,}|$)/);
    expect(lineOf('000', 1, 'XÃ TRÀ TÂY')).toHaveLength(1);
    expect(lineOf('004', 1, 'Phường Nguyễn Nghiêm, ngày')).toHaveLength(1);
  });

  it('print Nơi nhận and the signature on the page of the closing, with room to sign and stamp', () => {
    for (const [id, name, title] of [['000', 'Long', 'CHỦ'], ['004', 'Thìn', 'CHỦ']] as const) {
      const { pages } = printed[id]!;
      const last = printed[id]!.layout(pages);
      expect(last, id).toContain('Nơi nhận:');
      expect(last, id).toContain('./.');
      const signer = word(id, name, pages);
      const heading = printed[id]!.words.filter((w) => w.page === pages && w.text === title && w.x > 250).at(-1)!;
      // At least 30 mm (85 pt) from the title to the name.
      expect(signer.y - heading.y, id).toBeGreaterThan(85);
    }
  });
});
