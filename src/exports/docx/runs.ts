/** Inline content as Word runs: marks, line breaks, and footnotes as real Word footnotes. */
import { FootnoteReferenceRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Inline, TextRun as Run } from '../../content/content-schema.js';
import { font, JUSTIFIED, size, tightSpacing } from './format.js';

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

/** One run of text in the document's font; "\n" in it is a line break. */
export function plain(text: string, style: RunStyle = {}, underline = false): TextRun[] {
  return text.split('\n').map((part, i) => new TextRun({
    text: part, break: i > 0 ? 1 : undefined, font, size: style.size ?? size.body,
    bold: style.bold || undefined, italics: style.italics || undefined, underline: underline ? {} : undefined,
  }));
}

function textRuns(run: Run, style: RunStyle): TextRun[] {
  const marks = run.marks ?? [];
  return plain(run.text, {
    size: style.size,
    bold: style.bold || marks.includes('bold'),
    italics: style.italics || marks.includes('italic'),
  }, marks.includes('underline'));
}

/** Footnote text 12 pt, justified (as the seeds set them); a space after its number, as Word writes it. */
function footnoteParagraph(content: readonly Run[]): Paragraph {
  return new Paragraph({
    alignment: JUSTIFIED, spacing: tightSpacing,
    children: [...plain(' ', { size: size.note }), ...content.flatMap((r) => textRuns(r, { size: size.note }))],
  });
}

/** Word numbers the footnotes 1, 2, ... in the order their references come in the document. */
export function inlineRuns(content: readonly Inline[], style: RunStyle = {}): ParagraphChild[] {
  return content.flatMap((node) => (node.type === 'text'
    ? textRuns(node, style)
    : [new FootnoteReferenceRun({ children: [footnoteParagraph(node.content)] })]));
}
