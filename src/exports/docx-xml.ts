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
    styles: await part('word/styles.xml'), core: await part('docProps/core.xml'), app: await part('docProps/app.xml'),
    firstHeader: await header('first'), defaultHeader: await header('default'),
  };
}

export const all = (xml: string, re: RegExp) => [...xml.matchAll(new RegExp(re.source, 'g'))].map((m) => m[0]);
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const marks: Record<string, string> = { '<w:br/>': '\n', '<w:tab/>': '\t', '<w:noBreakHyphen/>': '-' };
/** A paragraph's text: runs joined, <w:br/> as "\n", <w:tab/> as "\t", a non-breaking hyphen as "-", entities decoded. */
export const textOf = (p: string) => decode(all(p, /<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:br\/>|<w:tab\/>|<w:noBreakHyphen\/>/)
  .map((t) => marks[t] ?? t.replace(/<[^>]+>/g, '')).join(''));
export const paragraphs = (xml: string) => all(xml, /<w:p[ >][\s\S]*?<\/w:p>/);
export const texts = (xml: string) => paragraphs(xml).map(textOf);
export const paragraph = (xml: string, text: string) => {
  const found = paragraphs(xml).find((p) => textOf(p) === text);
  expect(found, `paragraph "${text}"`).toBeDefined();
  return found!;
};
const runs = (xml: string) => all(xml, /<w:r>[\s\S]*?<\/w:r>/);
/** The formatting of the run whose text is `text` (a non-breaking hyphen read as "-", a line break before it left out). */
export const runOf = (xml: string, text: string) => {
  const run = runs(xml).find((r) => textOf(r).replace(/^\n/, '') === text);
  expect(run, `run "${text}"`).toBeDefined();
  return /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(run!)?.[0] ?? '';
};

/** A named style's properties, with those of the styles it is based on (nearest first). */
export const styleChain = (styles: string, id: string | undefined): string[] => {
  if (!id) return [];
  const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0];
  expect(style, `style ${id}`).toBeDefined();
  return [style!, ...styleChain(styles, /<w:basedOn w:val="(\w+)"\/>/.exec(style!)?.[1])];
};
export const styleOf = (p: string) => /<w:pStyle w:val="(\w+)"\/>/.exec(p)?.[1];

/**
 * How the run with `text` comes out in the paragraph that has it: bold, italic and size from the run, else
 * from the paragraph's named style and the styles below it, else the document's defaults.
 */
export function formatOf(doc: { document: string; styles: string }, text: string) {
  const p = paragraphs(doc.document).find((para) => runs(para).some((r) => textOf(r).replace(/^\n/, '') === text));
  expect(p, `paragraph with run "${text}"`).toBeDefined();
  const run = runOf(p!, text);
  const layers = [run, ...styleChain(doc.styles, styleOf(p!)).map((st) => /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(st)?.[0] ?? ''),
    /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(doc.styles)![0]];
  const flag = (tag: string) => {
    const found = layers.map((l) => new RegExp(`<w:${tag}( w:val="(\\w+)")?/>`).exec(l)).find(Boolean);
    return !!found && !['0', 'false'].includes(found[2] ?? '');
  };
  const sizeLayer = layers.map((l) => /<w:sz w:val="(\d+)"\/>/.exec(l)).find(Boolean);
  return { bold: flag('b'), italic: flag('i'), size: Number(sizeLayer![1]), style: styleOf(p!), paragraph: p! };
}

/** A paragraph property as the paragraph or its style chain sets it (the nearest wins). */
export function paragraphProperty(doc: { styles: string }, p: string, re: RegExp): string | undefined {
  const own = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? '';
  for (const layer of [own, ...styleChain(doc.styles, styleOf(p)).map((st) => /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(st)?.[0] ?? '')]) {
    const m = re.exec(layer);
    if (m) return m[0];
  }
  return undefined;
}
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
