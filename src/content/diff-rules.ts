/**
 * What changed between two versions of a report, part by part (header fields, sections, figures), as
 * text the history page shows side by side with the changed words marked.
 */
import { formatNumber } from '../core/vi-format.js';
import { walkSections } from './content-schema.js';
import { blockText, inlineText, sectionHeading } from './content-text.js';
import { formatDocNumber, formatPlaceDate, signatureLines } from './document-rules.js';
import type { ReportContent } from './meta-schema.js';
import { metaFieldLabels } from './merge-rules.js';

export interface Change {
  label: string;
  before: string;
  after: string;
}

function parts(content: ReportContent): Map<string, { label: string; text: string }> {
  const { meta } = content;
  const out = new Map<string, { label: string; text: string }>();
  const put = (id: string, label: string, text: string) => out.set(id, { label, text });
  put('parentBody', metaFieldLabels.parentBody, meta.parentBody);
  put('issuingBody', metaFieldLabels.issuingBody, meta.issuingBody);
  put('number', metaFieldLabels.number, formatDocNumber(meta.number, meta.symbol));
  put('date', metaFieldLabels.date, formatPlaceDate(meta.place, meta.date));
  put('kindTitle', metaFieldLabels.kindTitle, meta.kindTitle);
  put('subject', metaFieldLabels.subject, meta.subject);
  put('addressees', metaFieldLabels.addressees, meta.addressees.join('\n'));
  put('basis', metaFieldLabels.basis, inlineText(meta.basis));
  for (const { section } of walkSections(content.sections)) {
    put(`section:${section.key}`, `Mục ${sectionHeading(section)}`, section.blocks.map(blockText).join('\n'));
    for (const table of section.figureTables) {
      for (const row of table.rows) {
        for (const column of table.columns) {
          const value = content.figures[table.key]?.[row.key]?.[column.key];
          put(`figure:${table.key}:${row.key}:${column.key}`, `Số liệu "${table.title}": ${row.label} / ${column.label}`, formatNumber(value, column.decimals));
        }
      }
    }
  }
  put('closing', metaFieldLabels.closing, inlineText(meta.closing));
  put('recipients', metaFieldLabels.recipients, meta.recipients.join('\n'));
  put('signer', metaFieldLabels.signer, [...signatureLines(meta.signer), meta.signer.name].join('\n'));
  return out;
}

/** The parts whose text differs, in document order (parts only in one version included). */
export function changesBetween(before: ReportContent, after: ReportContent): Change[] {
  const a = parts(before);
  const b = parts(after);
  const changes: Change[] = [];
  for (const [id, part] of b) {
    const old = a.get(id)?.text ?? '';
    if (old !== part.text) changes.push({ label: part.label, before: old, after: part.text });
  }
  for (const [id, part] of a) {
    if (!b.has(id) && part.text) changes.push({ label: part.label, before: part.text, after: '' });
  }
  return changes;
}

/** A value as JSON with every object's keys sorted: jsonb hands keys back in its own order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The whole content is the same: text, marks (bold, italic, underline), footnotes, tables and their
 * heading rows, section titles and order. Deciding on the text alone dropped formatting-only saves.
 */
export function sameContent(a: ReportContent, b: ReportContent): boolean {
  return canonical(a) === canonical(b);
}
