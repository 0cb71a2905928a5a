/**
 * What a report still lacks before it goes up: sections with nothing written and the "..." the outline
 * left for the writer to fill ("quý ... năm ..."). A warning at submission, never a refusal: a unit may
 * have nothing to report under a heading.
 */
import { walkSections, type ReportSection } from './content-schema.js';
import { blockText, inlineText } from './content-text.js';
import type { ReportContent } from './meta-schema.js';

export interface UnfinishedPart {
  /** Where, as the writer sees it: "Trích yếu", "Mục 1. Công tác lãnh chỉ đạo" */
  where: string;
  problem: 'empty' | 'placeholder';
}

// A blank to fill: "..." after a word that asks for a number or a period ("quý ...", "năm ...", "số
// ..."), "..." standing between two words where a draft sentence found no figure ("tiếp nhận ... hồ sơ"),
// or a paragraph that is only dots. Prose also uses "..." for "and so on", glued to a word ("dịch vụ công
// trực tuyến..."), after a comma ("kiến nghị, ... được") or before a new sentence: not a blank.
const DOTS = '(?:\\.{3}|…)';
const AFTER_ASKING_WORD = new RegExp(`(?<![\\p{L}\\p{M}])(?:quý|năm|tháng|ngày|số|kỳ|giai đoạn|đợt|lần|thứ)[ \\t\\u00a0]+${DOTS}`, 'iu');
// Case matters here: "..." before a capital ends a sentence.
const BETWEEN_WORDS = new RegExp(`[\\p{L}\\p{M}\\p{N}][ \\t\\u00a0]+${DOTS}[ \\t\\u00a0]+[\\p{Ll}\\p{N}]`, 'u');
const ONLY_DOTS = new RegExp(`^[\\s.…]*${DOTS}[\\s.…]*$`, 'u');

export function hasPlaceholder(text: string): boolean {
  const t = text.normalize('NFC');
  return AFTER_ASKING_WORD.test(t) || BETWEEN_WORDS.test(t) || ONLY_DOTS.test(t);
}

const TITLE_SHOWN = 70;

/**
 * "Mục II.1. Đánh giá kết quả công tác lãnh đạo…": a plain "1." is placed under its Roman part, as
 * writers say "mục 1 phần II"; "2.5." and "Phần thứ nhất" already say where they are.
 */
function sectionWhere(labels: readonly string[], title: string): string {
  const own = labels.at(-1) ?? '';
  const part = [...labels].reverse().find((l) => /^[IVXLC]+\.?$/.test(l));
  const label = /^[-+]$/.test(own) ? '' : /^\d+\.?$/.test(own) && part ? `${part.replace(/\.$/, '')}.${own}` : own;
  const plain = title.trim().replace(/(?<!\.)[.:;,]$/u, '');
  const short = plain.length > TITLE_SHOWN ? `${plain.slice(0, plain.lastIndexOf(' ', TITLE_SHOWN)).replace(/[\s,;:]+$/u, '')}…` : plain;
  return ['Mục', label.replace(/([^.])$/, '$1.'), short].filter(Boolean).join(' ');
}

function unfinishedSections(sections: readonly ReportSection[], labels: readonly string[], out: UnfinishedPart[]) {
  for (const section of sections) {
    const path = [...labels, section.label];
    const texts = section.blocks.map(blockText);
    const where = () => sectionWhere(path, section.title);
    if (section.children.length === 0 && !texts.some((t) => t.trim() !== '')) out.push({ where: where(), problem: 'empty' });
    else if (hasPlaceholder(section.title) || texts.some(hasPlaceholder)) out.push({ where: where(), problem: 'placeholder' });
    unfinishedSections(section.children, path, out);
  }
}

export function unfinishedParts(content: ReportContent): UnfinishedPart[] {
  const out: UnfinishedPart[] = [];
  const { meta } = content;
  if (hasPlaceholder(meta.subject)) out.push({ where: 'Trích yếu', problem: 'placeholder' });
  if (hasPlaceholder(inlineText(meta.basis))) out.push({ where: 'Căn cứ', problem: 'placeholder' });
  unfinishedSections(content.sections, [], out);
  if (hasPlaceholder(inlineText(meta.closing))) out.push({ where: 'Câu kết', problem: 'placeholder' });
  return out;
}

/** The warning shown before submitting, or null when nothing is missing. */
export function unfinishedWarning(parts: readonly UnfinishedPart[], sectionCount: number): { title: string; lines: string[] } | null {
  if (!parts.length) return null;
  const empty = parts.filter((p) => p.problem === 'empty');
  const title = sectionCount > 0 && empty.length === sectionCount
    ? 'Báo cáo chưa có nội dung: chưa mục nào được viết.'
    : 'Báo cáo còn phần chưa hoàn thành:';
  const lines = [
    ...empty.map((p) => `${p.where}: chưa viết nội dung`),
    ...parts.filter((p) => p.problem === 'placeholder').map((p) => `${p.where}: còn chỗ "..." chưa điền`),
  ];
  return { title, lines };
}

/** Leaf sections: the ones a writer fills (a heading with sub-sections is filled through them). */
export const writableSectionCount = (sections: readonly ReportSection[]) =>
  [...walkSections(sections)].filter(({ section }) => section.children.length === 0).length;
