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
  value: number | null;
}

export interface TextFigureWarning {
  section: string;
  message: string;
}

// Longer units first: "lượt người" is not "lượt".
const unitPattern = (units: string[]) => new RegExp(`(?<![\\p{L}\\d.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+(${[...units].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'giu');

export function textFigureWarnings(sections: readonly ReportSection[], shown: readonly ShownFigure[]): TextFigureWarning[] {
  const warnings: TextFigureWarning[] = [];
  for (const { section } of walkSections(sections)) {
    const tables = new Set(section.figureTables.map((t) => t.key));
    const mine = shown.filter((f) => tables.has(f.table) && f.value !== null);
    if (!mine.length) continue;
    const byUnit = new Map<string, ShownFigure[]>();
    for (const f of mine) byUnit.set(f.unit.toLowerCase(), [...(byUnit.get(f.unit.toLowerCase()) ?? []), f]);
    const text = section.blocks.map(blockText).join('\n');
    for (const match of text.matchAll(unitPattern([...byUnit.keys()]))) {
      const written = parseViNumber(match[1]!);
      const figures = byUnit.get(match[2]!.toLowerCase()) ?? [];
      if (written === null || figures.some((f) => f.value === written)) continue;
      const given = figures.map((f) => `${f.name}: ${formatNumber(f.value)}`).join('; ');
      warnings.push({ section: section.key, message: `Mục ${sectionHeading(section)}: đoạn văn ghi "${match[0]}", bảng số liệu ghi ${given}.` });
    }
  }
  return warnings;
}
