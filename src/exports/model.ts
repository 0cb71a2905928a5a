/** What the official-document writers take: a report's content plus the compiled annexes. */
import type { ReportContent } from '../content/meta-schema.js';

/** A compiled table printed after the signature (the district's table of every commune's figures). */
export interface Annex {
  /** "Phụ lục" heading line, e.g. "PHỤ LỤC" */
  title: string;
  /** e.g. "Tổng hợp số liệu của các đơn vị (kèm theo Báo cáo số .../BC-UBND)" */
  subtitle: string;
  columns: string[];
  /** Cells already formatted the Vietnamese way ("1.234,5", "" for none). */
  rows: string[][];
}

export interface OfficialDocument {
  content: ReportContent;
  annexes: Annex[];
  /** A report not yet accepted prints "DỰ THẢO" above the header. */
  draft: boolean;
}
