/** Title, basis, sections with their text and figure tables, and the closing paragraph. */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { formatNumber } from '../../core/vi-format.js';
import type { Block, FigureTableDef, FigureValues, Inline, ReportSection } from '../../reports/content-schema.js';
import type { ReportMeta } from '../../reports/meta-schema.js';
import { bodySpacing, CENTER, firstLineIndent, JUSTIFIED, LEFT, RIGHT, size, textWidth, tightSpacing } from './format.js';
import { rule } from './header.js';
import { inlineRuns, plain, type RunStyle } from './runs.js';

export function bodyParagraph(content: readonly Inline[], style: RunStyle = {}, prefix = ''): Paragraph {
  return new Paragraph({
    alignment: JUSTIFIED, indent: { firstLine: firstLineIndent }, spacing: bodySpacing,
    children: [...(prefix ? [plain(prefix, style)] : []), ...inlineRuns(content, style)],
  });
}

/** Tên loại and trích yếu, centred and bold, a short line under them; then "Kính gửi:". */
export function titleBlock(meta: ReportMeta): Paragraph[] {
  const out = [
    new Paragraph({ alignment: CENTER, spacing: { ...tightSpacing, before: 360 }, children: [plain(meta.kindTitle.toLocaleUpperCase('vi'), { bold: true })] }),
    new Paragraph({ alignment: CENTER, spacing: tightSpacing, children: [plain(meta.subject, { bold: true })] }),
    rule(2200, textWidth),
  ];
  if (meta.addressees.length === 1) {
    out.push(new Paragraph({ alignment: CENTER, spacing: { ...tightSpacing, before: 120 }, children: [plain(`Kính gửi: ${meta.addressees[0]!.replace(/[.;]$/, '')}.`)] }));
  } else if (meta.addressees.length > 1) {
    out.push(new Paragraph({ alignment: CENTER, spacing: { ...tightSpacing, before: 120 }, children: [plain('Kính gửi:')] }));
    meta.addressees.forEach((a, i) => out.push(new Paragraph({
      indent: { left: 3600 }, spacing: tightSpacing,
      children: [plain(`- ${a.replace(/[.;]$/, '')}${i === meta.addressees.length - 1 ? '.' : ';'}`)],
    })));
  }
  return out;
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function gridTable(rows: { cells: Paragraph[][]; header: boolean }[], widths: number[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map((row) => new TableRow({
      tableHeader: row.header,
      cantSplit: true,
      children: row.cells.map((children, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, borders, children })),
    })),
  });
}

const cellParagraph = (content: readonly Inline[], bold: boolean, alignment: (typeof LEFT) | (typeof CENTER) | (typeof RIGHT) = LEFT) =>
  new Paragraph({ alignment, spacing: { before: 40, after: 40 }, children: inlineRuns(content, { size: size.table, bold }) });

function blockElements(block: Block): (Paragraph | Table)[] {
  if (block.type === 'paragraph') return [bodyParagraph(block.content, {}, block.marker ? `${block.marker} ` : '')];
  const columns = block.rows[0]!.length;
  const widths = Array.from({ length: columns }, () => Math.floor(textWidth / columns));
  return [gridTable(block.rows.map((row, r) => ({
    header: r < block.headerRows,
    cells: row.map((cell) => [cellParagraph(cell.content, r < block.headerRows, r < block.headerRows ? CENTER : LEFT)]),
  })), widths), new Paragraph({ spacing: tightSpacing, children: [] })];
}

export function figureTable(table: FigureTableDef, values: FigureValues[string] | undefined): (Paragraph | Table)[] {
  const first = Math.round(textWidth * 0.4);
  const rest = Math.floor((textWidth - first) / table.columns.length);
  const text = (t: string) => [{ type: 'text' as const, text: t }];
  return [
    new Paragraph({ spacing: { ...bodySpacing, after: 60 }, keepNext: true, children: [plain(table.title, { bold: true, italics: true, size: size.table })] }),
    gridTable([
      { header: true, cells: [[cellParagraph(text(table.rowHeader), true, CENTER)], ...table.columns.map((c) => [cellParagraph(text(c.unit ? `${c.label} (${c.unit})` : c.label), true, CENTER)])] },
      ...table.rows.map((row) => ({
        header: false,
        cells: [[cellParagraph(text(row.label), false)], ...table.columns.map((c) => {
          const value = formatNumber(values?.[row.key]?.[c.key], c.decimals);
          return [cellParagraph(value ? text(value) : [], false, RIGHT)];
        })],
      })),
    ], [first, ...table.columns.map(() => rest)]),
    new Paragraph({ spacing: tightSpacing, children: [] }),
  ];
}

function heading(section: ReportSection, depth: number): Paragraph[] {
  if (section.style === 'part') {
    return [section.label, section.title].filter(Boolean).map((text, i) => new Paragraph({
      alignment: CENTER, keepNext: true, spacing: { ...bodySpacing, before: i === 0 ? 240 : 0 }, children: [plain(text, { bold: true })],
    }));
  }
  const text = [section.label, section.title].filter(Boolean).join(' ');
  if (!text) return [];
  // Depth 0 and 1 bold, depth 2 bold italic, deeper italic: how the seeds set I., 1., 1.1.
  const style: RunStyle = depth <= 1 ? { bold: true } : depth === 2 ? { bold: true, italics: true } : { italics: true };
  return [new Paragraph({ alignment: JUSTIFIED, indent: { firstLine: firstLineIndent }, spacing: bodySpacing, keepNext: true, children: [plain(text, style)] })];
}

export function sectionElements(sections: readonly ReportSection[], figures: FigureValues, depth = 0): (Paragraph | Table)[] {
  return sections.flatMap((section) => [
    ...heading(section, depth),
    ...section.blocks.flatMap(blockElements),
    ...section.figureTables.flatMap((t) => figureTable(t, figures[t.key])),
    ...sectionElements(section.children, figures, depth + 1),
  ]);
}
