/**
 * The sentence a template gives a section for the first draft, filled from the unit's figures for the
 * report's period: "Trong kỳ, UBND xã tổ chức {outreach.sessions} đợt tuyên truyền với
 * {outreach.participants} lượt người tham gia" becomes "... 06 đợt tuyên truyền với khoảng 250 lượt người
 * tham gia". A part is named after a bar ({reception.sessions|kind:periodic}); {cơ quan} is the unit's
 * committee as running text names it ("UBND xã"); {văn bản} becomes the footnote that lists the documents
 * the unit issued in the period; {kỳ} names the period ("Trong {kỳ}, ..." becomes "Trong 6 tháng đầu năm, ...",
 * content/period-text.ts). The writer edits the sentence.
 */
import type { Inline } from './content-schema.js';
import { formatNumber } from '../core/vi-format.js';
import { isPeriodPlaceholder, periodWord, type PeriodWords } from './period-text.js';

export interface DraftFigure {
  value: number | null;
  formatted: string;
  approximate?: boolean;
  by?: Record<string, number>;
}

const placeholder = /\{([^{}]+)\}/g;
const documentsPlaceholder = 'văn bản';
const bodyPlaceholder = 'cơ quan';

export interface DraftValues {
  figures: Readonly<Record<string, DraftFigure>>;
  /** The period's documents in citation form. */
  documents: readonly string[];
  /** "UBND xã", "UBND phường" */
  body: string;
  /** The report's period in words. */
  period: PeriodWords | null;
}

/** The indicator codes a sentence names, with their parts ("reception.sessions|kind:periodic"). */
export function draftPlaceholders(pattern: string): { code: string; part: string | null }[] {
  return [...pattern.matchAll(placeholder)].map((m) => m[1]!.trim()).filter((p) => p !== documentsPlaceholder && p !== bodyPlaceholder && !isPeriodPlaceholder(p))
    .map((p) => { const [code, part] = p.split('|'); return { code: code!.trim(), part: part?.trim() ?? null }; });
}

/**
 * A count under ten is written with two digits in administrative text ("06 đợt", "02 hộ", "07 lượt", as
 * the seeds write them); a figure the registries do not have is left "..." for the writer to fill.
 */
function figureText(figure: DraftFigure | undefined, part: string | null): string {
  if (!figure) return '...';
  if (part !== null) {
    const n = figure.by?.[part] ?? (figure.value === null ? null : 0);
    return n === null ? '...' : padded(n);
  }
  if (figure.value === null) return '...';
  if (!Number.isInteger(figure.value) || figure.formatted.includes('%')) return figure.formatted;
  return `${figure.approximate ? 'khoảng ' : ''}${padded(figure.value)}`;
}

const padded = (n: number) => (n >= 0 && n < 10 ? `0${n}` : formatNumber(n));

export function fillDraft(pattern: string, { figures, documents, body, period }: DraftValues): Inline[] {
  const content: Inline[] = [];
  let text = '';
  let last = 0;
  for (const m of pattern.matchAll(placeholder)) {
    text += pattern.slice(last, m.index);
    last = m.index + m[0].length;
    const name = m[1]!.trim();
    if (name === bodyPlaceholder) {
      text += body;
      continue;
    }
    if (isPeriodPlaceholder(name)) {
      text += periodWord(name, period);
      continue;
    }
    if (name === documentsPlaceholder) {
      if (!documents.length) continue;
      if (text) content.push({ type: 'text', text });
      text = '';
      content.push({ type: 'footnote', content: [{ type: 'text', text: `${documents.join('; ')}.` }] });
      continue;
    }
    const [code, part] = name.split('|');
    text += figureText(figures[code!.trim()], part?.trim() ?? null);
  }
  text += pattern.slice(last);
  if (text) content.push({ type: 'text', text });
  return content;
}
