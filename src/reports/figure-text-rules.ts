/**
 * Numbers written in a section's text against the figures its tables show: "tổ chức 06 đợt" when the
 * registry gives 5 is a warning naming both, before submission; nothing is changed in the text.
 */
import { walkSections, type ReportSection } from '../content/content-schema.js';
import { blockText, sectionHeading } from '../content/content-text.js';
import { parseViNumber } from '../core/vi-format.js';
import { figureQualifiers, figuresAgree, parseWrittenFigure, printedFigure, type FigureQualifier, type WrittenFigure } from '../content/written-figures.js';

export interface ShownFigure {
  table: string;
  /** The indicator's unit of measure, as the text counts it ("đợt", "đơn", "vụ", "lượt người"). */
  unit: string;
  name: string;
  /** The table row it is in: a row over several periods (years) is also read as their sum. */
  row?: string;
  value: number | null;
  /** The figure as written when it says more than the number ("hơn 256", "khoảng 250"). */
  text?: string | null;
}

export interface TextFigureWarning {
  section: string;
  message: string;
}

// Longer units first: "lượt người" is not "lượt". A qualifier before the number ("hơn 570 lượt người") is read with it.
const compiledPatterns = new Map<string, RegExp>();
/** One pattern per set of units, compiled once: every read of a report checks every section (bench/http.ts). */
function unitPattern(units: string[]): RegExp {
  const key = units.join('|');
  let pattern = compiledPatterns.get(key);
  if (!pattern) compiledPatterns.set(key, (pattern = buildPattern(units)));
  pattern.lastIndex = 0;
  return pattern;
}
const buildPattern = (units: string[]) => new RegExp(`(?:(?<![\\p{L}])(${figureQualifiers.join('|')})\\s+)?(?<![\\p{L}\\d.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+(${[...units].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'giu');

const asWritten = (f: ShownFigure) => (f.text ? parseWrittenFigure(f.text) : null) ?? { value: f.value ?? 0, qualifier: null };

/** Rows of a table over several periods: "07 lượt" in a review's text is the sum of its 3 + 2 + 2. */
function rows(figures: readonly ShownFigure[]): ShownFigure[][] {
  const byRow = new Map<string, ShownFigure[]>();
  figures.forEach((f, i) => {
    const key = `${f.table}|${f.row ?? i}`;
    byRow.set(key, [...(byRow.get(key) ?? []), f]);
  });
  return [...byRow.values()];
}

/** "hơn 570" in the text agrees with 575 in the table, "khoảng 250" with 252; a sum of estimates is one. */
const agrees = (written: Pick<WrittenFigure, 'value' | 'qualifier'>, figures: readonly ShownFigure[]) =>
  figures.some((f) => figuresAgree(written, asWritten(f))) ||
  rows(figures).some((row) => row.length > 1 && figuresAgree(written, {
    value: row.reduce((sum, f) => sum + (f.value ?? 0), 0), qualifier: row.some((f) => asWritten(f).qualifier) ? 'khoảng' : null,
  }));

/** "Tiếp công dân định kỳ (lượt): 3, 2, 2; Số cuộc quán triệt: hơn 256" */
const given = (figures: readonly ShownFigure[]) =>
  rows(figures).map((row) => `${row[0]!.name}: ${row.map((f) => printedFigure(f.value, f.text, 2)).join(', ')}`).join('; ');

export function textFigureWarnings(sections: readonly ReportSection[], shown: readonly ShownFigure[]): TextFigureWarning[] {
  const warnings: TextFigureWarning[] = [];
  for (const { section } of walkSections(sections)) {
    const tables = new Set(section.figureTables.map((t) => t.key));
    const mine = shown.filter((f) => tables.has(f.table) && f.value !== null);
    if (!mine.length) continue;
    const byUnit = new Map<string, ShownFigure[]>();
    for (const f of mine) byUnit.set(f.unit.toLowerCase(), [...(byUnit.get(f.unit.toLowerCase()) ?? []), f]);
    const text = section.blocks.map(blockText).join('\n');
    const said = new Set<string>();
    for (const match of text.matchAll(unitPattern([...byUnit.keys()]))) {
      const value = parseViNumber(match[2]!);
      const figures = byUnit.get(match[3]!.toLowerCase()) ?? [];
      const qualifier = (match[1]?.toLocaleLowerCase('vi') ?? null) as FigureQualifier | null;
      if (value === null || said.has(match[0]) || agrees({ value, qualifier }, figures)) continue;
      // A number below the largest figure of its unit may count a part of it ("trong đó 06 đơn khiếu nại" of
      // 22 đơn, seed 004 has six such): only one above every figure the table gives cannot be right.
      if (value < Math.max(...figures.map((f) => asWritten(f).value))) continue;
      said.add(match[0]);
      warnings.push({ section: section.key, message: `Mục ${sectionHeading(section).replace(/:$/, '')}: đoạn văn ghi "${match[0]}", bảng số liệu ghi ${given(figures)}.` });
    }
  }
  return warnings;
}
