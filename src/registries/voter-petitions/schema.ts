import { z } from 'zod';
import { requiredText } from '../../core/schema-helpers.js';
import { day, deleteInput, optionalText, pageOf, pageQuery, recordMeta, version } from '../kit/schema.js';
import { voterCompetences, voterForums } from './rules.js';

/** Body of POST /registries/voter-petitions and, with `version`, of PUT. */
export const voterPetitionInput = z.object({
  unitCode: requiredText('đơn vị', 40),
  receivedOn: day('Ngày tiếp nhận kiến nghị'),
  forum: z.enum(voterForums, { error: 'Chọn nơi cử tri kiến nghị (tiếp xúc cử tri, kỳ họp HĐND...)' }),
  content: requiredText('nội dung kiến nghị', 5000),
  field: optionalText('Lĩnh vực', 200),
  village: optionalText('Thôn, tổ dân phố', 200),
  competence: z.enum(voterCompetences, { error: 'Chọn thuộc thẩm quyền hay chuyển cơ quan có thẩm quyền' }).default('own'),
  answeredOn: day('Ngày trả lời').nullable().optional().transform((v) => v ?? null),
  answer: optionalText('Nội dung trả lời', 10000),
}).strict();
export type VoterPetitionInput = z.output<typeof voterPetitionInput>;
export const voterPetitionUpdate = voterPetitionInput.extend({ version: version('sửa') }).strict();
export const voterPetitionDelete = deleteInput;

export const voterPetitionQuery = z.object({
  ...pageQuery,
  forum: z.enum(voterForums, { error: 'Nơi kiến nghị không hợp lệ' }).optional(),
  competence: z.enum(voterCompetences, { error: 'Thẩm quyền không hợp lệ' }).optional(),
  from: day('Từ ngày').optional(),
  to: day('Đến ngày').optional(),
});
export type VoterPetitionQuery = z.output<typeof voterPetitionQuery>;

export const voterPetitionOut = z.object({
  ...recordMeta,
  receivedOn: z.string(),
  forum: z.enum(voterForums),
  forumName: z.string(),
  content: z.string(),
  field: z.string().nullable(),
  village: z.string().nullable(),
  competence: z.enum(voterCompetences),
  competenceName: z.string(),
  answeredOn: z.string().nullable(),
  answer: z.string().nullable(),
  answered: z.boolean(),
});
export type VoterPetitionOut = z.infer<typeof voterPetitionOut>;
export const voterPetitionPage = pageOf(voterPetitionOut);
