import { z } from 'zod';
import { requiredText } from '../../core/schema-helpers.js';
import { count, day, deleteInput, optionalText, pageOf, pageQuery, recordMeta, version } from '../kit/schema.js';
import { competences, letterChannels, mediationOutcomes, petitionKinds } from './rules.js';

const kind = z.enum(petitionKinds, { error: 'Chọn loại đơn: khiếu nại, tố cáo, kiến nghị - phản ánh hoặc tranh chấp đất đai' });

/** Body of POST /registries/petitions/letters and, with `version`, of PUT: a letter, and the case it is part of. */
export const letterInput = z.object({
  unitCode: requiredText('đơn vị', 40),
  receivedOn: day('Ngày nhận đơn'),
  channel: z.enum(letterChannels, { error: 'Chọn nguồn đơn' }),
  kind,
  field: optionalText('Lĩnh vực', 200),
  summary: requiredText('nội dung tóm tắt', 2000),
  senderName: optionalText('Họ tên người đứng đơn', 200),
  senderAddress: optionalText('Địa chỉ', 300),
  senderContact: optionalText('Số điện thoại, thư điện tử', 200),
  senderCount: count('Số người đứng đơn').min(1, { message: 'Số người đứng đơn ít nhất là 1' }).default(1),
  /** The case it belongs to (same unit); null opens a new case with this letter. */
  caseId: z.number({ error: 'Vụ việc phải là một mã số' }).int().positive().nullable().default(null),
}).strict();
export type LetterInput = z.output<typeof letterInput>;
export const letterUpdate = letterInput.extend({ version: version('sửa') }).strict();
export const letterDelete = deleteInput;

/** Body of PUT /registries/petitions/cases/{id}: how the case is handled. */
export const caseUpdate = z.object({
  version: version('sửa'),
  title: requiredText('tên vụ việc', 500),
  kind,
  field: optionalText('Lĩnh vực', 200),
  competence: z.enum(competences, { error: 'Chọn thẩm quyền: thuộc thẩm quyền, chuyển hoặc lưu đơn' }),
  secondInstance: z.boolean().default(false),
  complex: z.boolean().default(false),
  remote: z.boolean().default(false),
  crowd: z.boolean().default(false),
  prolonged: z.boolean().default(false),
  extensions: z.number({ error: 'Số lần gia hạn phải là một số' }).int().min(0, { message: 'Số lần gia hạn không được âm' }).max(2, { message: 'Tố cáo được gia hạn nhiều nhất hai lần (Luật Tố cáo, Điều 30)' }).default(0),
  /** Username of the officer handling it: one of the unit's own accounts. */
  handler: z.string().trim().max(100).nullable().default(null),
  acceptedOn: day('Ngày thụ lý').nullable().default(null),
  mediation: z.enum(mediationOutcomes, { error: 'Kết quả hòa giải: thành hoặc không thành' }).nullable().default(null),
  outcome: optionalText('Kết quả giải quyết', 5000),
  closedOn: day('Ngày kết thúc').nullable().default(null),
}).strict();
export type CaseUpdate = z.output<typeof caseUpdate>;

export const letterQuery = z.object({
  ...pageQuery,
  kind: kind.optional(),
  caseId: z.coerce.number().int().positive().optional(),
  from: day('Từ ngày').optional(),
  to: day('Đến ngày').optional(),
});
export type LetterQuery = z.output<typeof letterQuery>;

export const caseQuery = z.object({
  ...pageQuery,
  kind: kind.optional(),
  status: z.enum(['open', 'closed', 'overdue'], { error: 'Trạng thái: open, closed hoặc overdue' }).optional(),
  from: day('Từ ngày').optional(),
  to: day('Đến ngày').optional(),
});
export type CaseQuery = z.output<typeof caseQuery>;

export const similarQuery = z.object({
  unitCode: requiredText('đơn vị', 40),
  summary: z.string().trim().max(2000).default(''),
  kind: kind.optional(),
});

const sender = z.object({
  name: z.string().nullable(),
  address: z.string().nullable(),
  contact: z.string().nullable(),
  /** Kept secret from this reader (a denunciation read by someone the law keeps out). */
  hidden: z.boolean(),
});

export const letterOut = z.object({
  ...recordMeta,
  caseId: z.number(),
  caseTitle: z.string(),
  receivedOn: z.string(),
  channel: z.enum(letterChannels),
  channelName: z.string(),
  kind: z.enum(petitionKinds),
  kindName: z.string(),
  field: z.string().nullable(),
  summary: z.string(),
  senderCount: z.number(),
  sender,
});
export type LetterOut = z.infer<typeof letterOut>;
export const letterPage = pageOf(letterOut);

const deadlineOut = z.object({
  step: z.string(),
  stepName: z.string(),
  from: z.string().nullable(),
  due: z.string().nullable(),
  done: z.boolean(),
  days: z.number().nullable(),
  dayKind: z.enum(['calendar', 'working']).nullable(),
  extensionDays: z.number(),
  source: z.string().nullable(),
});

export const caseOut = z.object({
  ...recordMeta,
  title: z.string(),
  kind: z.enum(petitionKinds),
  kindName: z.string(),
  field: z.string().nullable(),
  competence: z.enum(competences),
  competenceName: z.string(),
  secondInstance: z.boolean(),
  complex: z.boolean(),
  remote: z.boolean(),
  crowd: z.boolean(),
  prolonged: z.boolean(),
  extensions: z.number(),
  handler: z.object({ username: z.string(), fullName: z.string() }).nullable(),
  receivedOn: z.string(),
  acceptedOn: z.string().nullable(),
  mediation: z.enum(mediationOutcomes).nullable(),
  outcome: z.string().nullable(),
  closedOn: z.string().nullable(),
  letterCount: z.number(),
  status: z.enum(['open', 'closed']),
  dueOn: z.string().nullable(),
  dueStepName: z.string().nullable(),
  overdue: z.boolean(),
});
export type CaseOut = z.infer<typeof caseOut>;
export const casePage = pageOf(caseOut);

export const caseDetailOut = caseOut.extend({
  letters: z.array(letterOut),
  deadlines: z.array(deadlineOut),
  /** How the deadlines were counted: the rule's day, and years whose holidays are not known. */
  rulesOn: z.enum(['start', 'today']),
  rulesOnText: z.string(),
  calendarWarning: z.string().nullable(),
});
export type CaseDetailOut = z.infer<typeof caseDetailOut>;

export const similarOut = z.array(z.object({
  id: z.number(), title: z.string(), kindName: z.string(), receivedOn: z.string(), letterCount: z.number(), status: z.enum(['open', 'closed']), score: z.number(),
}));
export type SimilarOut = z.infer<typeof similarOut>;
