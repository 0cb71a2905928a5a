import type { DocumentReference } from './references.js';

/** What `danvan refs` prints for each reference: the số ký hiệu whole, and its ký hiệu part alone. */
export interface ReferenceRecord {
  text: string;
  kind: string | null;
  /** The full normalised number and symbol, e.g. "1444/UBND-NV", "59/2023/NĐ-CP", "53-KH/HU". */
  number: string | null;
  /** The ký hiệu after the serial (and year): "UBND-NV", "NĐ-CP", "KH/HU" (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
  symbol: string | null;
  date: string | null;
  issuer: string | null;
}

export function toRecord(ref: DocumentReference): ReferenceRecord {
  const symbol = ref.number?.replace(/^\d+[-/](\d{4}\/)?/, '') ?? null;
  return { text: ref.text, kind: ref.kind, number: ref.number, symbol: symbol || null, date: ref.date, issuer: ref.issuer };
}
