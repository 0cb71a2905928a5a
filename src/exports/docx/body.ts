/** The body: paragraphs and headings as reports set them (Nghị định 30/2020/NĐ-CP, Phụ lục I: nội dung văn bản). */
import { Paragraph, type ParagraphChild, type Table } from 'docx';
import { isPlaced, type Block, type FigureTexts, type FigureValues, type Inline, type Paragraph as ParagraphBlock, type ReportSection } from '../../content/content-schema.js';
import { headingEmphasis, headingKind } from '../../content/heading-rules.js';
import { inlineRuns, plain } from './runs.js';
import { styleIds } from './styles.js';
import { blockTable, figureTable } from './tables.js';

/** Body text (its named style: justified, first line indented 1,27 cm, 6 pt before); "- " or "+ " before an item. */
export function bodyParagraph(content: readonly Inline[], marker: string | null = null, keepNext = false, lead: ParagraphChild[] = []): Paragraph {
  return new Paragraph({
    style: styleIds.body, keepNext: keepNext || undefined, widowControl: true,
    children: [...lead, ...(marker ? plain(`${marker} `, { styled: true }) : []), ...inlineRuns(content, { styled: true })],
  });
}

const headingText = (section: ReportSection) => [section.label, section.title].filter(Boolean).join(' ');

/** A run-in heading ends with its colon, then its text on the same line ("1. Công tác lãnh chỉ đạo: Căn cứ ..."). */
function runInLead(section: ReportSection, depth: number): ParagraphChild[] {
  // Its emphasis on the run: the paragraph is body text.
  const { bold, italic } = headingEmphasis[headingKind(section.label, depth)];
  const text = headingText(section);
  return plain(`${text.endsWith(':') ? text : `${text}:`} `, { styled: true, bold, italics: italic });
}

function heading(section: ReportSection, depth: number): Paragraph[] {
  if (section.style === 'part') {
    // "Phần thứ nhất" on a line, its title on the next, both centred and bold (seed 004).
    return [section.label, section.title].filter(Boolean).map((text, i) => new Paragraph({
      style: styleIds.part, spacing: { before: i === 0 ? 240 : 0 }, children: plain(text, { styled: true }),
    }));
  }
  const text = headingText(section);
  if (!text) return [];
  return [new Paragraph({ style: styleIds.heading[headingKind(section.label, depth)], widowControl: true, children: plain(text, { styled: true }) })];
}

const blockElements = (block: Block): (Paragraph | Table)[] =>
  (block.type === 'paragraph' ? [bodyParagraph(block.content, block.marker)] : blockTable(block));

/** A run-in heading's own line: its first paragraph, when that is plain text (no "-" item, no table). */
const runInParagraph = (section: ReportSection): ParagraphBlock | null => {
  const first = section.blocks[0];
  return section.style === 'run-in' && first?.type === 'paragraph' && !first.marker ? first : null;
};

export interface Figures {
  figures: FigureValues;
  figureTexts?: FigureTexts | undefined;
}

/**
 * Each section: its heading, its own text, the figure tables the writer placed, then its subsections.
 * `depth` counts the headings above, parts not counted: a heading's level without a number of its own.
 */
export function sectionElements(sections: readonly ReportSection[], figures: Figures, depth = 0): (Paragraph | Table)[] {
  return sections.flatMap((section) => {
    const runIn = runInParagraph(section);
    const below = section.style === 'part' ? depth : depth + 1;
    return [
      ...(runIn ? [bodyParagraph(runIn.content, null, false, runInLead(section, depth))] : heading(section, depth)),
      ...(runIn ? section.blocks.slice(1) : section.blocks).flatMap(blockElements),
      ...section.figureTables.filter((t) => isPlaced(t, figures.figures)).flatMap((t) => figureTable(t, figures.figures[t.key], figures.figureTexts?.[t.key])),
      ...sectionElements(section.children, figures, below),
    ];
  });
}
