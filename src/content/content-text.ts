/** Plain-text renderings of report content, for diffs, search and checks (footnotes kept in brackets). */
import { walkSections, type Block, type Inline, type ReportSection } from './content-schema.js';
import type { ReportContent } from './meta-schema.js';

export function inlineText(content: readonly Inline[]): string {
  return content.map((node) => (node.type === 'text' ? node.text : `[chú thích: ${inlineText(node.content)}]`)).join('');
}

export function blockText(block: Block): string {
  if (block.type === 'paragraph') return (block.marker ? `${block.marker} ` : '') + inlineText(block.content);
  return block.rows.map((row) => row.map((cell) => inlineText(cell.content)).join(' | ')).join('\n');
}

export const sectionHeading = (section: Pick<ReportSection, 'label' | 'title'>) => [section.label, section.title].filter(Boolean).join(' ');

/** The whole report as text in document order: header fields, basis, headings and blocks, closing, signer. */
export function contentText(content: ReportContent): string {
  const { meta } = content;
  const lines = [meta.parentBody, meta.issuingBody, meta.number, meta.symbol, meta.place, meta.kindTitle, meta.subject, ...meta.addressees, inlineText(meta.basis)];
  for (const { section } of walkSections(content.sections)) {
    lines.push(sectionHeading(section), ...section.blocks.map(blockText));
  }
  lines.push(inlineText(meta.closing), ...meta.recipients, meta.signer.title, meta.signer.name);
  return lines.filter(Boolean).join('\n');
}
