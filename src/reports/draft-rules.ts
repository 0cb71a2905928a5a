/**
 * The first draft of a report: the header from the unit and its parent, the basis sentence from the
 * request's document, the template's sections, and the signer and recipients the unit used last time.
 */
import type { OutlineSection, ReportSection } from '../content/content-schema.js';
import { basisSentence, committeeName, committeeShortName, reportDateOf, type UnitNaming } from '../content/document-rules.js';
import type { ReportContent, ReportMeta, Signer } from '../content/meta-schema.js';
import { fillPeriod, namesPeriod, type PeriodWords } from '../content/period-text.js';
import { placeName } from '../content/place-rules.js';

const upper = (s: string) => s.toLocaleUpperCase('vi');

export interface DraftSource {
  unit: UnitNaming;
  /** The unit above on the report's date; null for a province. */
  parent: UnitNaming | null;
  outline: OutlineSection[];
  /** Subject, closing and headings may name the period ("{kỳ báo cáo}"): content/period-text.ts. */
  subject: string;
  closing: string;
  /** The request's period in words; null for a report without request (the placeholders read "..."). */
  period: PeriodWords | null;
  /** Today in Vietnam (YYYY-MM-DD): the draft is dated this month, day left blank until signing. */
  today: string;
  basis: { kind: string | null; number: string; issuedOn: string | null; issuer: string; summary: string } | null;
  /** Whom the report goes to: the requesting body ("UBND huyện Trà Bồng"). */
  requester: string | null;
  /** The unit's previous report, whose signer and recipients are the best guess for this one. */
  previous: Pick<ReportMeta, 'signer' | 'recipients'> | null;
}

/**
 * The trích yếu of a report answering a request: the request's subject without its leading "Báo cáo"
 * (the title line already says BÁO CÁO): "Báo cáo sơ kết 03 năm ..." -> "Sơ kết 03 năm ...".
 */
export function subjectFromRequest(requestSubject: string): string {
  const rest = requestSubject.trim().replace(/^báo cáo\s+/iu, '');
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

/**
 * The trích yếu of a new draft. A periodic outline names the period ("Kết quả ... {kỳ báo cáo} và phương
 * hướng nhiệm vụ {kỳ tới}", seed 003): the unit answers in its words, whatever the request's subject says.
 * Otherwise the request's subject names what is reported on ("Sơ kết 03 năm thực hiện Chỉ thị ...").
 */
export function draftSubject(templateSubject: string, requestSubject: string | null): string {
  return requestSubject !== null && !namesPeriod(templateSubject) ? subjectFromRequest(requestSubject) : templateSubject;
}

/** The outline's sections, empty, with the period written into their headings ("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"). */
export function sectionsFromOutline(outline: readonly OutlineSection[], period: PeriodWords | null = null): ReportSection[] {
  return outline.map((s) => ({ ...s, title: fillPeriod(s.title, period), blocks: [], children: sectionsFromOutline(s.children, period) }));
}

const defaultSigner: Signer = { collective: '', authority: 'direct', headTitle: '', title: 'CHỦ TỊCH', name: '' };

export function initialContent(source: DraftSource): ReportContent {
  const { unit, parent, basis } = source;
  const date = reportDateOf(source.today);
  const sentence = basisSentence({
    documentKind: basis?.kind ?? null, documentNumber: basis?.number ?? null, documentDate: basis?.issuedOn ?? null,
    documentIssuer: basis?.issuer || null, documentSummary: basis?.summary || null,
    reportingBody: committeeName(unit), reportingWhat: 'kết quả thực hiện',
  });
  const recipients = source.previous?.recipients.length
    ? source.previous.recipients
    : [...(source.requester ? [source.requester] : []), 'Lưu: VT'];
  return {
    meta: {
      ...headerOf({ unit, parent }),
      number: '',
      symbol: 'BC-UBND',
      date: { year: date.year, month: date.month, day: null },
      kindTitle: 'BÁO CÁO',
      subject: fillPeriod(source.subject, source.period),
      addressees: [],
      basis: [{ type: 'text', text: sentence }],
      closing: source.closing ? [{ type: 'text', text: fillPeriod(source.closing, source.period) }] : [],
      recipients,
      signer: source.previous?.signer ?? defaultSigner,
    },
    sections: sectionsFromOutline(source.outline, source.period),
    figures: {},
    figureOverrides: {},
    figureTexts: {},
  };
}

/** The unit a draft is written for, and the one above it, as its header names them. */
export interface Heading {
  unit: UnitNaming;
  parent: UnitNaming | null;
}

/** Cơ quan chủ quản, cơ quan ban hành and địa danh (Nghị định 30/2020/NĐ-CP, Phụ lục I, II.2 and II.4). */
function headerOf({ unit, parent }: Heading): Pick<ReportMeta, 'parentBody' | 'issuingBody' | 'place'> {
  return { parentBody: parent ? upper(committeeShortName(parent)) : '', issuingBody: upper(committeeName(unit)), place: placeName(unit) };
}

/**
 * A draft handed to the unit that took over its own (a merge) speaks for the successor: its header and the
 * committee named in the basis sentence change where they still are the old unit's; what the writer typed
 * there by hand stays.
 */
export function reheaded(meta: ReportMeta, from: Heading, to: Heading): ReportMeta {
  const [before, after] = [headerOf(from), headerOf(to)];
  const take = (field: keyof typeof before) => (meta[field] === before[field] ? after[field] : meta[field]);
  const [oldName, newName] = [committeeName(from.unit), committeeName(to.unit)];
  return {
    ...meta, parentBody: take('parentBody'), issuingBody: take('issuingBody'), place: take('place'),
    basis: meta.basis.map((run) => (run.type === 'text' ? { ...run, text: run.text.replaceAll(oldName, newName) } : run)),
  };
}
