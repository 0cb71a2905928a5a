/** The body: paragraphs and headings as reports set them (Nghị định 30/2020/NĐ-CP, Phụ lục I: nội dung văn bản). */
import { Paragraph, type Table } from 'docx';
import type { Block, FigureValues, Inline, ReportSection } from '../../content/content-schema.js';
import { bodySpacing, CENTER, firstLineIndent, JUSTIFIED } from './format.js';
import { inlineRuns, plain, type RunStyle } from './runs.js';
import { blockTable, figureTable } from './tables.js';

/** Justified, first line indented 1,27 cm, 6 pt before; "- " or "+ " before an item. */
export function bodyParagraph(content: readonly Inline[], marker: string | null = null, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: JUSTIFIED, indent: { firstLine: firstLineIndent }, spacing: bodySpacing, keepNext,
    children: [...(marker ? plain(`${marker} `) : []), ...inlineRuns(content)],
  });
}

/** How the seeds set headings by depth: I. and 1. bold, 1.1. bold italic, deeper italic. */
const headingStyles: readonly RunStyle[] = [{ bold: true }, { bold: true }, { bold: true, italics: true }];

function heading(section: ReportSection, depth: number): Paragraph[] {
  if (section.style === 'part') {
    // "Phần thứ nhất" on a line, its title on the next, both centred and bold (seed 004).
    return [section.label, section.title].filter(Boolean).map((text, i) => new Paragraph({
      alignment: CENTER, keepNext: true, spacing: { ...bodySpacing, before: i === 0 ? 240 : 0 }, children: plain(text, { bold: true }),
    }));
  }
  const text = [section.label, section.title].filter(Boolean).join(' ');
  if (!text) return [];
  return [new Paragraph({
    alignment: JUSTIFIED, indent: { firstLine: firstLineIndent }, spacing: bodySpacing, keepNext: true,
    children: plain(text, headingStyles[depth] ?? { italics: true }),
  })];
}

const blockElements = (block: Block): (Paragraph | Table)[] =>
  (block.type === 'paragraph' ? [bodyParagraph(block.content, block.marker)] : blockTable(block));

/** Each section: its heading, its own text, its figure tables, then its subsections. */
export function sectionElements(sections: readonly ReportSection[], figures: FigureValues, depth = 0): (Paragraph | Table)[] {
  return sections.flatMap((section) => [
    ...heading(section, depth),
    ...section.blocks.flatMap(blockElements),
    ...section.figureTables.flatMap((t) => figureTable(t, figures[t.key])),
    ...sectionElements(section.children, figures, depth + 1),
  ]);
}
