/**
 * Reading a rendered .docx back for the tests: its parts as XML, and paragraphs, runs, tables and rules
 * found in them. Test-only, like fixture.ts.
 */
import JSZip from 'jszip';
import { expect } from 'vitest';
import { renderDocx } from './docx/index.js';
import type { OfficialDocument } from './model.js';

export async function read(doc: OfficialDocument) {
  const zip = await JSZip.loadAsync(await renderDocx(doc));
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const document = await part('word/document.xml');
  const rels = await part('word/_rels/document.xml.rels');
  const header = (type: string) => {
    const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(document)?.[1];
    return part(`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]}`);
  };
  return {
    document, footnotes: await part('word/footnotes.xml'), endnotes: await part('word/endnotes.xml'), settings: await part('word/settings.xml'),
    styles: await part('word/styles.xml'), core: await part('docProps/core.xml'),
    firstHeader: await header('first'), defaultHeader: await header('default'),
  };
}

export const all = (xml: string, re: RegExp) => [...xml.matchAll(new RegExp(re.source, 'g'))].map((m) => m[0]);
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** A paragraph's text: runs joined, <w:br/> as "\n", <w:tab/> as "\t", entities decoded. */
export const textOf = (p: string) => decode(all(p, /<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:br\/>|<w:tab\/>/)
  .map((t) => (t === '<w:br/>' ? '\n' : t === '<w:tab/>' ? '\t' : t.replace(/<[^>]+>/g, ''))).join(''));
export const paragraphs = (xml: string) => all(xml, /<w:p[ >][\s\S]*?<\/w:p>/);
export const texts = (xml: string) => paragraphs(xml).map(textOf);
export const paragraph = (xml: string, text: string) => {
  const found = paragraphs(xml).find((p) => textOf(p) === text);
  expect(found, `paragraph "${text}"`).toBeDefined();
  return found!;
};
/** The formatting of the run holding `text` (exact run text, as the XML writes it). */
export const runOf = (xml: string, text: string) => {
  const run = all(xml, /<w:r>[\s\S]*?<\/w:r>/).find((r) => r.includes(`>${text}</w:t>`));
  expect(run, `run "${text}"`).toBeDefined();
  return run!.slice(0, run!.indexOf('<w:t'));
};
export const tables = (xml: string) => all(xml, /<w:tbl>[\s\S]*?<\/w:tbl>/);
/** Rows of cells of paragraph texts. */
export const cells = (table: string) => all(table, /<w:tr[ >][\s\S]*?<\/w:tr>/).map((row) => all(row, /<w:tc>[\s\S]*?<\/w:tc>/).map(texts));
export const gridOf = (table: string) => all(table, /<w:gridCol w:w="\d+"\/>/).map((g) => Number(/\d+/.exec(g)![0]));
/** A rule: the length of an empty paragraph's top border, from its indents in its column. */
export const ruleLength = (p: string, column: number) => column - Number(/w:left="(\d+)"/.exec(p)![1]) - Number(/w:right="(\d+)"/.exec(p)![1]);
export const rules = (xml: string) => paragraphs(xml).filter((p) => p.includes('<w:pBdr><w:top w:val="single"') && textOf(p) === '');
export const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
export const BOLD = /<w:b\/>/;
export const ITALIC = /<w:i\/>/;
export const sz = (n: number) => new RegExp(`<w:sz w:val="${n}"/>`);
