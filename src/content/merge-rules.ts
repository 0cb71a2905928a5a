/**
 * Three-way merge of two saves of the same report. When a second person saves against an older version
 * (409), what each side changed since that version is combined; only a part both changed differently is
 * a conflict, for the person to settle. Parts: each header field, each section's text, each figure cell.
 */
import { consistentTexts, figureTablesByKey, walkSections, type FigureOverrides, type FigureTexts, type FigureValues, type ReportSection } from './content-schema.js';
import type { ReportContent, ReportMeta } from './meta-schema.js';
import { sectionHeading } from './content-text.js';

export type MergePath =
  | { part: 'meta'; field: keyof ReportMeta }
  | { part: 'section'; key: string }
  | { part: 'figure'; table: string; row: string; column: string }
  | { part: 'structure' };

export interface MergeConflict {
  path: MergePath;
  /** Where, in words: "Trích yếu", "Mục I. ĐẶC ĐIỂM TÌNH HÌNH", "Bảng ... / dòng ... / cột ...". */
  label: string;
  mine: unknown;
  theirs: unknown;
  /** A figure's written form on the person's side ("hơn 256"), which their choice keeps with the figure. */
  mineText?: string;
}

export interface MergeResult {
  /** Both sides' changes, with their version wherever the two conflict. */
  merged: ReportContent;
  conflicts: MergeConflict[];
}

/** JSON with object keys sorted: the same content built in another order (client, server) compares equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** Equal as content, whatever the key order or a missing-versus-undefined field. */
export const sameValue = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const same = sameValue;

/** The side that changed wins; both changed alike is no conflict; both changed differently is one. */
function pick<T>(base: T, mine: T, theirs: T): { value: T; conflict: boolean } {
  if (same(mine, theirs) || same(mine, base)) return { value: theirs, conflict: false };
  if (same(theirs, base)) return { value: mine, conflict: false };
  return { value: theirs, conflict: true };
}

export const metaFieldLabels: Record<keyof ReportMeta, string> = {
  parentBody: 'Cơ quan chủ quản', issuingBody: 'Cơ quan ban hành', number: 'Số văn bản', symbol: 'Ký hiệu', place: 'Địa danh',
  date: 'Ngày ban hành', kindTitle: 'Tên loại văn bản', subject: 'Trích yếu', addressees: 'Kính gửi', basis: 'Căn cứ (đoạn mở đầu)',
  closing: 'Đoạn kết', recipients: 'Nơi nhận', signer: 'Người ký',
};

type SectionOwn = Pick<ReportSection, 'label' | 'title' | 'style' | 'guidance' | 'blocks' | 'figureTables'>;
const ownOf = ({ label, title, style, guidance, blocks, figureTables }: ReportSection): SectionOwn => ({ label, title, style, guidance, blocks, figureTables });

const sectionMap = (sections: ReportSection[]) => new Map([...walkSections(sections)].map(({ section }) => [section.key, section]));
const structureOf = (sections: ReportSection[]): unknown => sections.map((s) => [s.key, structureOf(s.children)]);

function mapSections(sections: ReportSection[], own: (key: string) => SectionOwn): ReportSection[] {
  return sections.map((s) => ({ ...s, ...own(s.key), children: mapSections(s.children, own) }));
}

function figureCells(values: FigureValues): Map<string, number | null> {
  const cells = new Map<string, number | null>();
  for (const [table, rows] of Object.entries(values)) {
    for (const [row, columns] of Object.entries(rows)) {
      for (const [column, value] of Object.entries(columns)) cells.set(JSON.stringify([table, row, column]), value);
    }
  }
  return cells;
}

function textCells(texts: FigureTexts): Map<string, string> {
  return new Map(Object.entries(texts).flatMap(([table, rows]) => Object.entries(rows).flatMap(([row, columns]) =>
    Object.entries(columns).map(([column, text]) => [JSON.stringify([table, row, column]), text] as const))));
}

export function mergeContents(base: ReportContent, mine: ReportContent, theirs: ReportContent): MergeResult {
  const conflicts: MergeConflict[] = [];

  const meta = { ...theirs.meta } as Record<keyof ReportMeta, unknown>;
  for (const field of Object.keys(metaFieldLabels) as (keyof ReportMeta)[]) {
    const r = pick(base.meta[field], mine.meta[field], theirs.meta[field]);
    meta[field] = r.value;
    if (r.conflict) conflicts.push({ path: { part: 'meta', field }, label: metaFieldLabels[field], mine: mine.meta[field], theirs: theirs.meta[field] });
  }

  let sections: ReportSection[];
  if (!same(structureOf(mine.sections), structureOf(theirs.sections))) {
    // Sections were added or removed on one side: the outline itself is the conflict.
    const r = pick(base.sections, mine.sections, theirs.sections);
    sections = r.value;
    if (r.conflict) conflicts.push({ path: { part: 'structure' }, label: 'Bố cục các mục của báo cáo', mine: mine.sections, theirs: theirs.sections });
  } else {
    const [b, m, t] = [sectionMap(base.sections), sectionMap(mine.sections), sectionMap(theirs.sections)];
    sections = mapSections(theirs.sections, (key) => {
      const theirsOwn = ownOf(t.get(key)!);
      const mineOwn = ownOf(m.get(key)!);
      const baseSection = b.get(key);
      const r = pick(baseSection ? ownOf(baseSection) : mineOwn, mineOwn, theirsOwn);
      if (r.conflict) conflicts.push({ path: { part: 'section', key }, label: `Mục ${sectionHeading(t.get(key)!)}`, mine: mineOwn, theirs: theirsOwn });
      return r.value;
    });
  }

  const tables = figureTablesByKey(theirs.sections);
  const cellLabel = (table: string, row: string, column: string) => {
    const def = tables.get(table);
    const rowLabel = def?.rows.find((r) => r.key === row)?.label ?? row;
    const columnLabel = def?.columns.find((c) => c.key === column)?.label ?? column;
    return `Số liệu "${def?.title ?? table}": ${rowLabel} / ${columnLabel}`;
  };
  const figures: FigureValues = structuredClone(theirs.figures);
  const [fb, fm, ft] = [figureCells(base.figures), figureCells(mine.figures), figureCells(theirs.figures)];
  const [tb, tm, tt] = [textCells(base.figureTexts ?? {}), textCells(mine.figureTexts ?? {}), textCells(theirs.figureTexts ?? {})];
  for (const cell of new Set([...fm.keys(), ...ft.keys()])) {
    const [table, row, column] = JSON.parse(cell) as [string, string, string];
    const r = pick(fb.get(cell) ?? null, fm.get(cell) ?? null, ft.get(cell) ?? null);
    ((figures[table] ??= {})[row] ??= {})[column] = r.value;
    if (r.conflict) {
      const mineText = tm.get(cell);
      conflicts.push({ path: { part: 'figure', table, row, column }, label: cellLabel(table, row, column), mine: fm.get(cell) ?? null, theirs: ft.get(cell) ?? null, ...(mineText ? { mineText } : {}) });
    }
  }

  // A replaced figure keeps the reason of the side whose value the merge kept.
  const figureOverrides: FigureOverrides = {};
  for (const side of [theirs, mine]) {
    for (const [table, rows] of Object.entries(side.figureOverrides)) {
      for (const [row, columns] of Object.entries(rows)) {
        for (const [column, reason] of Object.entries(columns)) {
          if ((side.figures[table]?.[row]?.[column] ?? null) === (figures[table]?.[row]?.[column] ?? null)) ((figureOverrides[table] ??= {})[row] ??= {})[column] = reason;
        }
      }
    }
  }
  // A written form ("715,10", "hơn 256") merges like its figure and goes where the merged figure is another.
  const figureTexts: FigureTexts = {};
  for (const cell of new Set([...tm.keys(), ...tt.keys()])) {
    const [table, row, column] = JSON.parse(cell) as [string, string, string];
    const r = pick(tb.get(cell) ?? null, tm.get(cell) ?? null, tt.get(cell) ?? null);
    if (r.value !== null) ((figureTexts[table] ??= {})[row] ??= {})[column] = r.value;
  }
  return { merged: { meta: meta as ReportMeta, sections, figures, figureOverrides, figureTexts: consistentTexts(figureTexts, figures) }, conflicts };
}

export type ConflictChoice = 'mine' | 'theirs' | 'both';

/** A section's text can keep both sides: the two versions one after the other, for the writer to tidy. */
export const canKeepBoth = (conflict: MergeConflict) => conflict.path.part === 'section';

/** What a conflict keeps unless the person chooses: both texts where it can, else their own side. */
export const defaultChoice = (conflict: MergeConflict): ConflictChoice => (canKeepBoth(conflict) ? 'both' : 'mine');

/** Both versions of a section: the person's own, then the paragraphs of the other's that it does not have. */
function bothOf(mine: SectionOwn, theirs: SectionOwn): SectionOwn {
  return { ...mine, blocks: [...mine.blocks, ...theirs.blocks.filter((block) => !mine.blocks.some((own) => sameValue(own, block)))] };
}

/** Puts the chosen side of each conflict (by index; merged already holds theirs) into the merged content. */
export function resolveConflicts(merged: ReportContent, conflicts: readonly MergeConflict[], choices: readonly ConflictChoice[]): ReportContent {
  let out: ReportContent = structuredClone(merged);
  conflicts.forEach((conflict, index) => {
    const choice = choices[index] ?? 'theirs';
    if (choice === 'theirs') return;
    const { path } = conflict;
    switch (path.part) {
      case 'meta':
        out = { ...out, meta: { ...out.meta, [path.field]: conflict.mine } };
        break;
      case 'structure':
        out = { ...out, sections: conflict.mine as ReportSection[] };
        break;
      case 'section': {
        const current = sectionMap(out.sections);
        const kept = choice === 'both' ? bothOf(conflict.mine as SectionOwn, conflict.theirs as SectionOwn) : conflict.mine as SectionOwn;
        out = { ...out, sections: mapSections(out.sections, (key) => (key === path.key ? kept : ownOf(current.get(key)!))) };
        break;
      }
      case 'figure': {
        ((out.figures[path.table] ??= {})[path.row] ??= {})[path.column] = conflict.mine as number | null;
        const texts = (((out.figureTexts ??= {})[path.table] ??= {})[path.row] ??= {});
        if (conflict.mineText) texts[path.column] = conflict.mineText;
        else delete texts[path.column];
        break;
      }
    }
  });
  return out;
}
