/**
 * Numbers written in a section's text against the figures its tables show: "tổ chức 06 đợt" when the
 * registry gives 5 is a warning naming both, before submission; nothing is changed in the text.
 */
import { walkSections, type ReportSection } from '../content/content-schema.js';
import { blockText, sectionHeading } from '../content/content-text.js';
import { formatNumber, parseViNumber } from '../core/vi-format.js';

export interface ShownFigure {
  table: string;
  /** The indicator's unit of measure, as the text counts it ("đợt", "đơn", "vụ", "lượt người"). */
  unit: string;
  name: string;
  /** The table row it is in: a row over several periods (years) is also read as their sum. */
  row?: string;
  value: number | null;
}

export interface TextFigureWarning {
  section: string;
  message: string;
}

// Longer units first: "lượt người" is not "lượt".
const unitPattern = (units: string[]) => new RegExp(`(?<![\\p{L}\\d.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+(${[...units].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'giu');

/** Rows of a table over several periods: "07 lượt" in a review's text is the sum of its 3 + 2 + 2. */
function rows(figures: readonly ShownFigure[]): ShownFigure[][] {
  const byRow = new Map<string, ShownFigure[]>();
  figures.forEach((f, i) => {
    const key = `${f.table}|${f.row ?? i}`;
    byRow.set(key, [...(byRow.get(key) ?? []), f]);
  });
  return [...byRow.values()];
}

const agrees = (written: number, figures: readonly ShownFigure[]) =>
  figures.some((f) => f.value === written) ||
  rows(figures).some((row) => row.length > 1 && row.reduce((sum, f) => sum + (f.value ?? 0), 0) === written);

/** "Tiếp công dân định kỳ (lượt): 3, 2, 2; Đơn nhận (đơn): 19" */
const given = (figures: readonly ShownFigure[]) =>
  rows(figures).map((row) => `${row[0]!.name}: ${row.map((f) => formatNumber(f.value)).join(', ')}`).join('; ');

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
      const written = parseViNumber(match[1]!);
      const figures = byUnit.get(match[2]!.toLowerCase()) ?? [];
      if (written === null || said.has(match[0]) || agrees(written, figures)) continue;
      said.add(match[0]);
      warnings.push({ section: section.key, message: `Mục ${sectionHeading(section)}: đoạn văn ghi "${match[0]}", bảng số liệu ghi ${given(figures)}.` });
    }
  }
  return warnings;
}
