/**
 * The body of a report and the outline of a template, as data. Rich text is a closed tree of known
 * nodes (text runs with bold/italic/underline, footnotes, "-"/"+" paragraphs, simple tables): there is
 * no HTML anywhere, so nothing a user types can become markup in the page or the Word document.
 * Shared by the API (validation) and the UI (editor, preview).
 */
import { z } from 'zod';
import { parseWrittenFigure } from './written-figures.js';

// XML 1.0 cannot carry C0 control characters (a Word file with one does not open); Word's own vertical
// tab (soft line break, pasted from .doc files) becomes a line break, the rest a space.
// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u0008\u000c\u000e-\u001f\u007f]/g;
const verticalTab = String.fromCharCode(11);
export function cleanText(text: string): string {
  return nfc(text.replace(/\r\n?/g, '\n').replaceAll(verticalTab, '\n').replace(controlChars, ' '));
}

/**
 * Stored text is NFC: a letter pasted from a PDF or typed on another keyboard arrives decomposed ("ệ" as
 * e + ̣ + ̂), which searches, comparisons and Word's spelling treat as another word.
 */
export const nfc = (text: string) => text.normalize('NFC');

export const textMarks = ['bold', 'italic', 'underline'] as const;
export type TextMark = (typeof textMarks)[number];

/** A run of plain text; "\n" is a line break inside the paragraph. */
export const textRun = z.object({
  type: z.literal('text'),
  text: z.string().min(1, { message: 'Đoạn chữ rỗng' }).max(50_000, { message: 'Đoạn chữ dài quá 50.000 ký tự' }).overwrite(cleanText),
  marks: z.array(z.enum(textMarks)).max(3).optional(),
}).strict();
export type TextRun = z.output<typeof textRun>;

/** A footnote, placed where its number appears; its text lists documents or detail figures (seed 000, 002). */
export const footnote = z.object({
  type: z.literal('footnote'),
  content: z.array(textRun).min(1, { message: 'Chú thích không được để trống' }).max(500),
}).strict();
export type Footnote = z.output<typeof footnote>;

export const inline = z.discriminatedUnion('type', [textRun, footnote]);
export type Inline = z.output<typeof inline>;
export const inlineContent = z.array(inline).max(5_000);

export const paragraphMarkers = ['-', '+'] as const;
export type ParagraphMarker = (typeof paragraphMarkers)[number];

/** A body paragraph; "-" and "+" items are paragraphs with their marker, as official documents write them. */
export const paragraph = z.object({
  type: z.literal('paragraph'),
  marker: z.enum(paragraphMarkers).nullable().default(null),
  content: inlineContent,
}).strict();
export type Paragraph = z.output<typeof paragraph>;

export const tableCell = z.object({ content: inlineContent }).strict();
export type TableCell = z.output<typeof tableCell>;

export const table = z.object({
  type: z.literal('table'),
  /** How many leading rows are headings (bold, repeated on each page). */
  headerRows: z.number().int().min(0).max(5).default(1),
  rows: z.array(z.array(tableCell).min(1).max(30)).min(1).max(1_000),
}).strict().refine((t) => t.rows.every((row) => row.length === t.rows[0]!.length), {
  message: 'Các dòng của bảng phải có cùng số cột', path: ['rows'],
});
export type Table = z.output<typeof table>;

export const block = z.union([paragraph, table]);
export type Block = z.output<typeof block>;

const key = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'Mã chỉ gồm chữ thường không dấu, số, "-" và "_"' });

/**
 * The period a figure column counts: the report's own period, or a calendar year counted back from the
 * year the report's period ends in ("year-1" is the year before). Its label may say "{năm}" for that year.
 */
export const columnPeriods = ['report', 'year', 'year-1', 'year-2', 'year-3', 'year-4'] as const;
export type ColumnPeriod = (typeof columnPeriods)[number];

/**
 * A table of figures bound to a section: rows and columns named by the template. A cell whose row names an
 * indicator of the catalogue and whose column names a period fills itself from the registries for the
 * report's unit and period; other cells are typed.
 */
export const figureTableDef = z.object({
  key,
  title: z.string().trim().min(1).max(300),
  rowHeader: z.string().trim().max(100).default('Nội dung'),
  columns: z.array(z.object({
    key,
    label: z.string().trim().min(1).max(100),
    unit: z.string().trim().max(30).optional(),
    /** Fraction digits allowed and shown (0 for counts, 2 for areas and rates). */
    decimals: z.number().int().min(0).max(3).default(0),
    period: z.enum(columnPeriods, { error: 'Kỳ của cột: report (kỳ báo cáo), year, year-1 ... year-4' }).optional(),
  }).strict()).min(1).max(20),
  rows: z.array(z.object({
    key,
    label: z.string().trim().min(1).max(300),
    indicator: z.string().max(100).optional(),
    /** One part of the indicator ("kind:periodic": tiếp công dân định kỳ), as the catalogue names it. */
    disaggregation: z.string().max(100).optional(),
    /** Fraction digits of this row when they differ from its columns' (a rate among counts). */
    decimals: z.number().int().min(0).max(3).optional(),
    /** How the district's compiled annex totals this row over its units: rates and scores are not summed. */
    total: z.enum(['sum', 'none']).default('sum'),
  }).strict()).min(1).max(100),
  /**
   * Whether the document prints the table: the writer placed it (true) or took it out (false). Unset (a
   * template's offer, content stored before), it prints once a figure is typed in it. Printed or not, its
   * figures are the report's, for the level above and the checks.
   */
  placed: z.boolean().optional(),
}).strict();
export type FigureTableDef = z.output<typeof figureTableDef>;

/** The fraction digits a cell is typed and printed with. */
export const cellDecimals = (row: { decimals?: number | undefined }, column: { decimals: number }) => row.decimals ?? column.decimals;

/**
 * How a heading is set: a "Phần thứ ..." part is centred; a run-in heading starts its first paragraph
 * ("1. Công tác lãnh chỉ đạo: Căn cứ ...", seed 003); other headings stand on a line of their own.
 */
export const sectionStyles = ['part', 'heading', 'run-in'] as const;

interface SectionShape<TChild> {
  key: string;
  /** As the document numbers it: "Phần thứ nhất", "I.", "1.", "2.5.", "-" or "" */
  label: string;
  title: string;
  style: (typeof sectionStyles)[number];
  /** What the template asks the unit to write here (never printed). */
  guidance: string;
  /** The sentence the first draft gets from the figures, filled when the draft is made. */
  draft: string;
  figureTables: FigureTableDef[];
  children: TChild[];
}

export type OutlineSection = SectionShape<OutlineSection>;
export type ReportSection = SectionShape<ReportSection> & { blocks: Block[] };

/** What a caller writes: everything but key, label and title may be left out. */
export interface OutlineSectionInput {
  key: string;
  label: string;
  title: string;
  style?: (typeof sectionStyles)[number];
  guidance?: string;
  draft?: string;
  figureTables?: z.input<typeof figureTableDef>[];
  children?: OutlineSectionInput[];
}
export interface ReportSectionInput extends Omit<OutlineSectionInput, 'children'> {
  blocks?: z.input<typeof block>[];
  children?: ReportSectionInput[];
}

const sectionFields = {
  key,
  label: z.string().trim().max(40).overwrite(nfc),
  title: z.string().trim().max(1_000).overwrite(nfc),
  style: z.enum(sectionStyles).default('heading'),
  guidance: z.string().trim().max(5_000).default(''),
  /** A sentence the first draft gets from the figures ("... {outreach.sessions} đợt ..."): reports/draft-sentences.ts. */
  draft: z.string().trim().max(2_000).default(''),
  figureTables: z.array(figureTableDef).max(10).default([]),
};

export const outlineSection: z.ZodType<OutlineSection, OutlineSectionInput> = z.lazy(() => z.object({
  ...sectionFields,
  children: z.array(outlineSection).max(60).default([]),
}).strict());

export const reportSection: z.ZodType<ReportSection, ReportSectionInput> = z.lazy(() => z.object({
  ...sectionFields,
  blocks: z.array(block).max(2_000).default([]),
  children: z.array(reportSection).max(60).default([]),
}).strict());

/** Figure values by table, row and column key; null is "not entered". */
export const figureValues = z.record(key, z.record(key, z.record(key, z.number().finite().nullable())));
export type FigureValues = z.output<typeof figureValues>;

/**
 * How the writer wrote a typed figure, by table, row and column, where it says more than the number:
 * "715,10" (its decimals), "hơn 256" (its qualifier). The number itself stays in figureValues.
 */
export const figureTexts = z.record(key, z.record(key, z.record(key, z.string().trim().max(40).overwrite(nfc).refine((t) => parseWrittenFigure(t) !== null, {
  message: 'Số liệu viết dạng "715,10" hoặc "hơn 256" (hơn, khoảng, trên, gần, dưới)',
}))));
export type FigureTexts = z.output<typeof figureTexts>;

/** The written texts that still describe the value their cell holds (a text left from an earlier value goes). */
export function consistentTexts(texts: FigureTexts, figures: FigureValues): FigureTexts {
  const out: FigureTexts = {};
  for (const [table, rows] of Object.entries(texts)) {
    for (const [row, columns] of Object.entries(rows)) {
      for (const [column, text] of Object.entries(columns)) {
        const value = figures[table]?.[row]?.[column];
        if (value !== null && value !== undefined && parseWrittenFigure(text)?.value === value) ((out[table] ??= {})[row] ??= {})[column] = text;
      }
    }
  }
  return out;
}

/** Whether the document prints a figure table (see `placed`): unset, once it holds a typed figure. */
export function isPlaced(table: Pick<FigureTableDef, 'key' | 'placed'>, figures: FigureValues): boolean {
  if (table.placed !== undefined) return table.placed;
  return Object.values(figures[table.key] ?? {}).some((columns) => Object.values(columns).some((v) => v !== null));
}

/** Why the writer replaced a figure the registries give, by table, row and column (the audit log keeps it too). */
export const figureOverrides = z.record(key, z.record(key, z.record(key, z.string().trim().min(1, { message: 'Cần lý do sửa số liệu' }).max(500))));
export type FigureOverrides = z.output<typeof figureOverrides>;

/** Every section in document order, depth-first. */
export function* walkSections<S extends { children: S[] }>(sections: readonly S[], depth = 0): Generator<{ section: S; depth: number }> {
  for (const section of sections) {
    yield { section, depth };
    yield* walkSections(section.children, depth + 1);
  }
}

/** A report's figure tables by key, wherever in the outline they stand. */
export const figureTablesByKey = (sections: readonly ReportSection[]) =>
  new Map([...walkSections(sections)].flatMap(({ section }) => section.figureTables.map((t) => [t.key, t] as const)));
