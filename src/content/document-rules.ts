/**
 * How the parts of an administrative document are written. Source: Nghị định 30/2020/NĐ-CP về công tác
 * văn thư, Phụ lục I (thể thức và kỹ thuật trình bày văn bản hành chính), mục II.
 */
import type { ReportDate, Signer } from './meta-schema.js';

export interface UnitNaming {
  name: string;
  /** "Xã", "Phường", "Huyện", "Thị xã", "Tỉnh" */
  typeName: string;
}

const lower = (s: string) => s.toLocaleLowerCase('vi');

/** "Ủy ban nhân dân xã Trà Tây" (the body that reports, in the basis sentence). */
export const committeeName = (unit: UnitNaming) => `Ủy ban nhân dân ${lower(unit.typeName)} ${unit.name}`;
/** "UBND huyện Trà Bồng" (how the seeds name a body in running text and in recipient lists). */
export const committeeShortName = (unit: UnitNaming) => `UBND ${lower(unit.typeName)} ${unit.name}`;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Where a body's name may break: between the body ("ỦY BAN NHÂN DÂN") and the unit's own name, never inside it. */
const beforeLevel = /\s(?=(?:THỊ XÃ|THỊ TRẤN|THÀNH PHỐ|ĐẶC KHU|XÃ|PHƯỜNG|HUYỆN|QUẬN|TỈNH)\s)/u;

/** A body's name in capitals, as its two parts ["ỦY BAN NHÂN DÂN", "XÃ TRÀ TÂY"], or one when it has no level word. */
export function bodyNameParts(name: string): string[] {
  const upper = name.trim().replace(/\s+/gu, ' ').toLocaleUpperCase('vi');
  const at = upper.search(beforeLevel);
  return at > 0 ? [upper.slice(0, at), upper.slice(at + 1)] : [upper];
}

/**
 * "Số: 39/BC-UBND". Phụ lục I, II.3: numbers below 10 get a leading zero (05/BC-UBND). A report still
 * to be signed keeps the number blank for the clerk to write in (seed 002: "Số:     /BC-UBND").
 */
export function formatDocNumber(number: string, symbol: string): string {
  const serial = number.trim();
  if (!serial) return `Số:       /${symbol}`;
  const n = Number(serial);
  return `Số: ${n < 10 ? pad2(n) : String(n)}/${symbol}`;
}

/**
 * "Trà Tây, ngày 14 tháng 6 năm 2023". Phụ lục I, II.4: a day below 10 and the months 1 and 2 take a
 * leading zero ("ngày 05 tháng 01 năm 2020", "ngày 29 tháng 6 năm 2019", "ngày 05 tháng 02 năm 2021").
 * A blank day or month leaves room to write it by hand (seed 002: "ngày    tháng 02 năm 2024").
 */
export function formatPlaceDate(place: string, date: ReportDate): string {
  const blank = '     ';
  const day = date.day === null ? blank : pad2(date.day);
  const month = date.month === null ? blank : date.month <= 2 ? pad2(date.month) : String(date.month);
  return `${place}, ngày ${day} tháng ${month} năm ${date.year}`;
}

/** The ISO date of a fully dated report, or null while the day is blank. */
export function isoOfReportDate(date: ReportDate): string | null {
  if (date.day === null || date.month === null) return null;
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

export function reportDateOf(iso: string): ReportDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

/**
 * The lines above the signature, in capitals (Phụ lục I, II.7; Điều 13 for the authorities):
 * "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", or "Q. CHỦ TỊCH", or just "CHỦ TỊCH".
 */
export function signatureLines(signer: Signer): string[] {
  const upper = (s: string) => s.trim().toLocaleUpperCase('vi');
  const lines: string[] = [];
  if (signer.collective.trim()) lines.push(`TM. ${upper(signer.collective)}`);
  switch (signer.authority) {
    case 'direct':
      if (signer.title.trim()) lines.push(upper(signer.title));
      break;
    case 'Q':
      lines.push(`Q. ${upper(signer.title)}`);
      break;
    case 'KT':
    case 'TL':
    case 'TUQ':
      lines.push(`${signer.authority}. ${upper(signer.headTitle)}`);
      if (signer.title.trim()) lines.push(upper(signer.title));
      break;
  }
  return lines;
}

/** Body text writes dates short and unpadded, as the seeds do: "ngày 18/5/2023". */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

export interface BasisSource {
  /** "Công văn", "Kế hoạch"... */
  documentKind: string | null;
  /** "1444/UBND-NV" */
  documentNumber: string | null;
  documentDate: string | null;
  /** "UBND huyện Trà Bồng" */
  documentIssuer: string | null;
  /** "về việc sơ kết 03 năm thực hiện ..." (the extract, without "về việc") */
  documentSummary: string | null;
  /** "Ủy ban nhân dân xã Trà Tây" */
  reportingBody: string;
  /** What is reported: "kết quả thực hiện", "sơ kết 03 năm ..." */
  reportingWhat: string;
}

/**
 * "Thực hiện Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng về việc ..., Ủy ban nhân
 * dân xã Trà Tây báo cáo kết quả thực hiện như sau:" (seed 000). Without a basis document, the
 * sentence starts from the reporting body.
 */
export function basisSentence(source: BasisSource): string {
  const parts: string[] = [];
  if (source.documentNumber) {
    parts.push(`Thực hiện ${source.documentKind ?? 'văn bản'} số ${source.documentNumber}`);
    if (source.documentDate) parts.push(` ngày ${shortDate(source.documentDate)}`);
    if (source.documentIssuer) parts.push(` của ${source.documentIssuer}`);
    const summary = source.documentSummary?.trim().replace(/^về việc\s+/i, '');
    if (summary) parts.push(` về việc ${summary}`);
    parts.push(', ');
  }
  const body = parts.length ? source.reportingBody : source.reportingBody.charAt(0).toLocaleUpperCase('vi') + source.reportingBody.slice(1);
  parts.push(`${body} báo cáo ${source.reportingWhat.trim()} như sau:`);
  return parts.join('');
}

/** The recipient lines as printed: "- X;" for each, "- Lưu: VT, ..." last with a full stop. */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => {
    const text = r.trim().replace(/^[-–]\s*/, '').replace(/[;.,]\s*$/, '');
    return `- ${text}${i === recipients.length - 1 ? '.' : ';'}`;
  });
}
