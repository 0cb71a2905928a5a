/** Pure rules of the document registry: what is stored for a typed number, and how a document is cited. */
import { shortDate } from '../content/document-rules.js';
import type { DocumentKind } from './kinds.js';
import { parseDocNumber } from './symbol.js';
import { findDocumentReferences } from './references.js';

export interface ParsedNumberFields {
  number: string;
  serial: number;
  year: number | null;
  kindCode: string | null;
  issuerCode: string | null;
  family: 'state' | 'party';
  kind: DocumentKind | null;
}

/** The parsed parts of a number as typed ("53-KH-HU" -> 53-KH/HU, Party, Kế hoạch); null when unreadable. */
export function parseNumberFields(numberText: string): ParsedNumberFields | null {
  const parsed = parseDocNumber(numberText);
  if (!parsed) return null;
  return {
    number: parsed.number, serial: parsed.serial, year: parsed.year, kindCode: parsed.kindCode,
    issuerCode: parsed.issuerCode, family: parsed.family, kind: parsed.kind,
  };
}

/**
 * How reports cite a document: "Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng"
 * (the seeds' own form; dates in body text are short and unpadded).
 */
export function citationOf(doc: { kind: string | null; number: string; issuedOn: string | null; issuer: string }): string {
  const parts = [`${doc.kind ?? 'Văn bản'} số ${doc.number}`];
  if (doc.issuedOn) parts.push(`ngày ${shortDate(doc.issuedOn)}`);
  if (doc.issuer.trim()) parts.push(`của ${doc.issuer.trim()}`);
  return parts.join(' ');
}

export interface CitedDocument {
  numberText: string;
  kind: DocumentKind | null;
  issuedOn: string | null;
  issuer: string;
  summary: string;
}

/**
 * The document a typed citation names: "Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà
 * Bồng về việc sơ kết ..." gives the number, kind, date, issuer and extract; null when no number is found.
 * Only a number the registry can store counts: a bare serial ("Quyết định số 2150 của ...") or a law
 * cited by name whose number is not known is skipped.
 */
export function documentFromCitation(text: string): CitedDocument | null {
  const ref = findDocumentReferences(text).find((r) => r.number !== null && parseDocNumber(r.number) !== null);
  if (!ref?.number) return null;
  const after = text.slice(ref.end);
  const summary = /(?:về việc|v\/v|V\/v|về)\s+([\s\S]+)$/.exec(after)?.[1]?.trim().replace(/[.;,]\s*$/, '') ?? '';
  return { numberText: ref.number, kind: ref.kind, issuedOn: ref.date, issuer: ref.issuer ?? '', summary };
}
