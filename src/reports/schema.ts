/** API answers of requests with their progress, and inputs and answers of reports; shared by the API and the UI. */
import { z } from 'zod';
import { idParams, recordId, recordRef } from '../core/schema-helpers.js';
import { documentOut } from '../documents/schema.js';
import { unitCode } from '../units/schema.js';
import { reportContent } from '../content/meta-schema.js';
import { recipientStatuses } from './progress-rules.js';
import { reportKind } from '../templates/schema.js';
import { basisDocumentInput } from '../requests/schema.js';
import { pageQuery } from '../registries/kit/schema.js';
import { reportStatuses, workflowActions } from './workflow-rules.js';

export { idParams };

export const progressOut = z.object({
  expected: z.number(), received: z.number(), onTime: z.number(),
  completeness: z.number().nullable(), timeliness: z.number().nullable(), accepted: z.number(), late: z.number(),
  /** Past the deadline with no report in hand: the units a reminder (nhắc nhở) goes to. */
  overdue: z.number(),
});

export const recipientOut = z.object({
  unitCode: z.string(),
  /** The unit's name on the request date (a unit merged since keeps its row and its old name). */
  unitName: z.string(),
  unitEnded: z.string().nullable(),
  status: z.enum(recipientStatuses),
  onTime: z.boolean().nullable(),
  late: z.boolean(),
  reportId: z.number().nullable(),
  reportNumber: z.string().nullable(),
  /** When the report first reached the level above (ngày nhận), and when it was accepted (ngày tiếp nhận). */
  firstSubmittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
});

export const requestSummary = z.object({
  id: z.number(),
  subject: z.string(),
  reportKind,
  issuingUnitCode: z.string(),
  issuingUnitName: z.string(),
  basisCitation: z.string().nullable(),
  requestDate: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  cutoffDate: z.string(),
  deadline: z.string(),
  daysLeft: z.number(),
  deadlineText: z.string(),
  /** Sent by the caller's subtree (progress of every recipient) or received (the caller's own row). */
  direction: z.enum(['sent', 'received']),
  progress: progressOut,
  /** The caller's own row when their unit is a recipient. */
  mine: recipientOut.nullable(),
  /** Thu hồi by the issuer: when and why. Drafts written for it are kept. */
  withdrawn: z.object({ at: z.string(), reason: z.string() }).nullable(),
  version: z.number(),
});
export type RequestSummary = z.infer<typeof requestSummary>;

export const requestOut = requestSummary.extend({
  note: z.string(),
  basisDocument: documentOut.nullable(),
  template: z.object({ id: z.number(), title: z.string(), version: z.number(), reportKind }),
  /** What the sender should know about the request (an outline of another kind); the issuing side only. */
  warnings: z.array(z.object({ code: z.enum(['TEMPLATE_KIND_MISMATCH']), message: z.string() })),
  recipients: z.array(recipientOut),
  canWriteReport: z.boolean(),
  /** The issuer's managers may extend the deadline (gia hạn) or withdraw the request (thu hồi). */
  canManage: z.boolean(),
  /** The issuer's managers may remind (nhắc nhở) the overdue units; null when they may not or none is overdue. */
  remind: z.object({ overdue: z.number(), remindedToday: z.number() }).nullable(),
});
export type RequestOut = z.infer<typeof requestOut>;

export const noticeOut = z.object({
  requestId: z.number(),
  subject: z.string(),
  issuingUnitName: z.string(),
  deadline: z.string(),
  daysLeft: z.number(),
  text: z.string(),
  status: z.enum(recipientStatuses),
  reportId: z.number().nullable(),
  /** Why the level above sent the report back, when it did (status returned). */
  returnReason: z.string().nullable(),
});

export const compiledOut = z.object({
  requestId: z.number(),
  tables: z.array(z.object({
    key: z.string(),
    title: z.string(),
    rowHeader: z.string(),
    columns: z.array(z.object({ key: z.string(), label: z.string(), unit: z.string().optional(), decimals: z.number() })),
    rows: z.array(z.object({ key: z.string(), label: z.string() })),
    units: z.array(z.object({ unitCode: z.string(), unitName: z.string(), reportId: z.number(), values: z.record(z.string(), z.record(z.string(), z.number().nullable())) })),
  })),
});
export type CompiledOut = z.infer<typeof compiledOut>;

// ---- reports

export const reportCreateInput = z.union([
  z.object({ requestId: recordRef() }).strict(),
  z.object({
    templateId: recordRef('Chọn đề cương báo cáo'),
    /** Defaults to the caller's unit. */
    unitCode: unitCode.optional(),
    basisDocument: basisDocumentInput.nullable().default(null),
  }).strict(),
]);
export type ReportCreateInput = z.output<typeof reportCreateInput>;

export const saveReasons = ['save', 'autosave', 'merge', 'restore'] as const;
export const reportSaveInput = z.object({
  /** The version the edit started from; another save since answers 409 with the current content. */
  baseVersion: z.number().int().positive({ message: 'Thiếu phiên bản báo cáo đang sửa' }),
  content: reportContent,
  reason: z.enum(saveReasons).default('save'),
  /** A request this unit sent whose recipients' figures are attached as the annex (null: none). */
  annexRequestId: recordRef().nullable().optional(),
}).strict();
export type ReportSaveInput = z.output<typeof reportSaveInput>;

export const reportActionInput = z.object({
  action: z.enum(workflowActions, { error: 'Thao tác phải là submit, resubmit, return hoặc accept' }),
  baseVersion: z.number().int().positive({ message: 'Thiếu phiên bản báo cáo' }),
  comment: z.string().trim().max(3_000).default(''),
}).strict();

export const reportEventOut = z.object({
  action: z.enum(workflowActions),
  fromStatus: z.enum(reportStatuses),
  toStatus: z.enum(reportStatuses),
  version: z.number(),
  comment: z.string(),
  actor: z.string().nullable(),
  at: z.string(),
});

export const reportSummary = z.object({
  id: z.number(),
  unitCode: z.string(),
  unitName: z.string(),
  status: z.enum(reportStatuses),
  number: z.string(),
  /** "Số: 39/BC-UBND" */
  numberText: z.string(),
  /** YYYY-MM-DD when fully dated, else null. */
  date: z.string().nullable(),
  title: z.string(),
  requestId: z.number().nullable(),
  deadline: z.string().nullable(),
  updatedAt: z.string(),
});
export type ReportSummary = z.infer<typeof reportSummary>;

/** A figure the registries fill: what the cell shows, where it comes from, what the registries say now. */
export const figureCellOut = z.object({
  table: z.string(),
  row: z.string(),
  column: z.string(),
  indicator: z.string(),
  disaggregation: z.string().nullable(),
  period: z.string(),
  periodLabel: z.string(),
  value: z.number().nullable(),
  /** computed: from the registries now; submitted: as the report was submitted; override: the writer's, with its reason. */
  source: z.enum(['computed', 'submitted', 'override']),
  reason: z.string().nullable(),
  computed: z.number().nullable(),
  /** The computed value as printed ("khoảng 250"). */
  computedText: z.string(),
  approximate: z.boolean(),
  /** The registries give another value now than the one shown. */
  changed: z.boolean(),
});
export type FigureCellOut = z.infer<typeof figureCellOut>;

export const reportOut = reportSummary.extend({
  version: z.number(),
  /** The version shown: the current one for the reporting unit, the submitted one for reviewers. */
  shownVersion: z.number(),
  content: reportContent,
  lock: z.enum(['LOCKED_SUBMITTED', 'LOCKED_ACCEPTED']).nullable(),
  canEdit: z.boolean(),
  /** A draft its author may delete: never submitted. */
  canDelete: z.boolean(),
  actions: z.array(z.enum(workflowActions)),
  events: z.array(reportEventOut),
  request: requestSummary.pick({ id: true, subject: true, issuingUnitName: true, deadline: true, deadlineText: true }).nullable(),
  templateId: z.number().nullable(),
  annexRequestId: z.number().nullable(),
  /** Requests this unit sent, whose figures can be attached as the annex. */
  annexChoices: z.array(z.object({ id: z.number(), subject: z.string() })),
  updatedBy: z.string().nullable(),
  /** The request's period, which bound figure cells count (null: no request, every figure is typed). */
  figurePeriod: z.object({ spec: z.string(), label: z.string() }).nullable(),
  figureCells: z.array(figureCellOut),
  /** Numbers in the text that its tables contradict, for the writer to check before submitting. */
  figureWarnings: z.array(z.object({ section: z.string(), message: z.string() })),
});
export type ReportOut = z.infer<typeof reportOut>;

/** A year of reports or requests (the period's year; a report without a request, its date's). */
const listYear = z.coerce.number({ error: 'Năm phải là một số' }).int({ message: 'Năm phải là số nguyên' })
  .min(1990, { message: 'Năm phải từ 1990' }).max(2100, { message: 'Năm phải đến 2100' });

export const reportQuery = z.object({
  ...pageQuery,
  status: z.enum(reportStatuses, { error: 'Trạng thái phải là draft, submitted, returned hoặc accepted' }).optional(),
  /** Only the reports waiting for the caller's unit to accept them (chờ tiếp nhận). */
  pending: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  unitCode: unitCode.optional(),
  requestId: recordId.optional(),
  /** The kind of period (quý, 6 tháng, năm…): the request's, or the outline's for a report without one. */
  kind: reportKind.optional(),
  year: listYear.optional(),
});
export type ReportFilter = z.output<typeof reportQuery>;
/** The query as a caller writes it (the UI): every field optional, pending as the text it is sent as. */
export type ReportQuery = Partial<Omit<ReportFilter, 'pending'>> & { pending?: 'true' | 'false' };

/** A page of a list, with the number of rows the filters match. */
export const listPage = <T extends z.ZodTypeAny>(item: T) => z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(item) });
export const reportPage = listPage(reportSummary);
export type ReportPage = z.infer<typeof reportPage>;

export const requestStates = ['open', 'complete', 'withdrawn'] as const;
export const requestStateLabels: Record<(typeof requestStates)[number], string> = {
  open: 'Chưa nhận đủ báo cáo', complete: 'Đã nhận đủ báo cáo', withdrawn: 'Đã thu hồi',
};
export const deadlineStates = ['overdue', 'soon', 'later'] as const;
export const deadlineStateLabels: Record<(typeof deadlineStates)[number], string> = {
  overdue: 'Đã quá hạn', soon: 'Đến hạn trong 3 ngày', later: 'Còn hơn 3 ngày',
};

export const requestQuery = z.object({
  ...pageQuery,
  direction: z.enum(['sent', 'received'], { error: 'Chiều phải là sent (đã gửi) hoặc received (phải báo cáo)' }).optional(),
  /** The unit that sent the request or has to answer it. */
  unitCode: unitCode.optional(),
  kind: reportKind.optional(),
  year: listYear.optional(),
  /** Open: a unit the caller follows has not submitted yet (for a recipient, its own report); complete: every one has. */
  status: z.enum(requestStates, { error: 'Tình trạng phải là open, complete hoặc withdrawn' }).optional(),
  deadline: z.enum(deadlineStates, { error: 'Hạn nộp phải là overdue, soon hoặc later' }).optional(),
});
export type RequestFilter = z.output<typeof requestQuery>;
export type RequestQuery = Partial<RequestFilter>;
export const requestPage = listPage(requestSummary);
export type RequestPage = z.infer<typeof requestPage>;

export const versionSummary = z.object({ version: z.number(), reason: z.string(), savedBy: z.string().nullable(), savedAt: z.string() });
export const versionOut = versionSummary.extend({ content: reportContent });
export const diffQuery = z.object({ from: recordId, to: recordId });
export const changeOut = z.object({ label: z.string(), before: z.string(), after: z.string() });

export const exportQuery = z.object({ format: z.enum(['docx', 'pdf'], { error: 'Định dạng phải là docx hoặc pdf' }).default('docx') });
