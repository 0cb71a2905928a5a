/** Inline content as Word runs: marks, line breaks, and footnotes as real Word footnotes. */
import { FootnoteReferenceRun, NoBreakHyphen, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Inline, TextRun as Run } from '../../content/content-schema.js';
import { font, size } from './format.js';
import { keepNumbersTogether } from './keep-together.js';
import { styleIds } from './styles.js';

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  /**
   * The paragraph's named style gives the font and size: the run says only what the writer marked, so a
   * clerk who changes the style in Word changes every such paragraph.
   */
  styled?: boolean;
}

/** One run of text in the document's font; "\n" in it is a line break; a document number keeps together. */
export function plain(text: string, style: RunStyle = {}): TextRun[] {
  return text.split('\n').map((part, i) => new TextRun({
    // An empty part still writes its (empty) text, so the line keeps the run's height.
    children: part ? keepNumbersTogether(part).map((piece) => (typeof piece === 'string' ? piece : new NoBreakHyphen())) : [''],
    break: i > 0 ? 1 : undefined,
    font: style.styled ? undefined : font,
    size: style.styled ? style.size : style.size ?? size.body,
    bold: style.bold || undefined, italics: style.italics || undefined, underline: style.underline ? {} : undefined,
  }));
}

function textRuns(run: Run, style: RunStyle): TextRun[] {
  const marks = run.marks ?? [];
  return plain(run.text, {
    ...style,
    bold: style.bold || marks.includes('bold'),
    italics: style.italics || marks.includes('italic'),
    underline: marks.includes('underline'),
  });
}

/** The footnote text style (12 pt, justified, as the seeds set them); a space after its number, as Word writes it. */
function footnoteParagraph(content: readonly Run[]): Paragraph {
  return new Paragraph({
    style: styleIds.footnote,
    children: [...plain(' ', { styled: true }), ...content.flatMap((r) => textRuns(r, { styled: true }))],
  });
}

/** Word numbers the footnotes 1, 2, ... in the order their references come in the document. */
export function inlineRuns(content: readonly Inline[], style: RunStyle = {}): ParagraphChild[] {
  return content.flatMap((node) => (node.type === 'text'
    ? textRuns(node, style)
    : [new FootnoteReferenceRun({ children: [footnoteParagraph(node.content)] })]));
}
