/** Inline content as Word runs: marks, line breaks, and footnotes as real Word footnotes. */
import { FootnoteReferenceRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Inline, TextRun as Run } from '../../reports/content-schema.js';
import { font, JUSTIFIED, size, tightSpacing } from './format.js';

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

function textRuns(run: Run, style: RunStyle): TextRun[] {
  const marks = run.marks ?? [];
  return run.text.split('\n').map((part, i) => new TextRun({
    text: part, break: i > 0 ? 1 : undefined, font, size: style.size ?? size.body,
    bold: style.bold || marks.includes('bold') || undefined,
    italics: style.italics || marks.includes('italic') || undefined,
    underline: marks.includes('underline') ? {} : undefined,
  }));
}

function footnoteParagraph(content: readonly Run[]): Paragraph {
  return new Paragraph({ alignment: JUSTIFIED, spacing: tightSpacing, children: content.flatMap((r) => textRuns(r, { size: size.note })) });
}

export function inlineRuns(content: readonly Inline[], style: RunStyle = {}): ParagraphChild[] {
  return content.flatMap((node) => (node.type === 'text'
    ? textRuns(node, style)
    : [new FootnoteReferenceRun({ children: [footnoteParagraph(node.content)] })]));
}

export const plain = (text: string, style: RunStyle = {}) => new TextRun({ text, font, size: style.size ?? size.body, bold: style.bold, italics: style.italics });
