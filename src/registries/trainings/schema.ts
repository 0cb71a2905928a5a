import { z } from 'zod';
import { requiredText } from '../../core/schema-helpers.js';
import { count, day, deleteInput, optionalText, pageOf, pageQuery, recordMeta, version } from '../kit/schema.js';
import { trainingHosts } from './rules.js';

/** Body of POST /registries/trainings and, with `version`, of PUT. */
export const trainingInput = z.object({
  unitCode: requiredText('đơn vị', 40),
  title: requiredText('nội dung tập huấn', 1000),
  host: z.enum(trainingHosts, { error: 'Chọn đơn vị tự tổ chức hay cấp trên tổ chức' }).default('higher'),
  organiser: optionalText('Cơ quan tổ chức', 300),
  startsOn: day('Ngày bắt đầu'),
  endsOn: day('Ngày kết thúc').nullable().optional().transform((v) => v ?? null),
  classes: count('Số lớp').min(1, { message: 'Số lớp ít nhất là 1' }).default(1),
  participants: count('Số người tham dự').default(0),
  place: optionalText('Địa điểm', 300),
  notes: optionalText('Ghi chú', 5000),
}).strict();
export type TrainingInput = z.output<typeof trainingInput>;
export const trainingUpdate = trainingInput.extend({ version: version('sửa') }).strict();
export const trainingDelete = deleteInput;

export const trainingQuery = z.object({
  ...pageQuery,
  host: z.enum(trainingHosts, { error: 'Nơi tổ chức không hợp lệ' }).optional(),
  from: day('Từ ngày').optional(),
  to: day('Đến ngày').optional(),
});
export type TrainingQuery = z.output<typeof trainingQuery>;

export const trainingOut = z.object({
  ...recordMeta,
  title: z.string(),
  host: z.enum(trainingHosts),
  hostName: z.string(),
  organiser: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  classes: z.number(),
  participants: z.number(),
  place: z.string().nullable(),
  notes: z.string().nullable(),
});
export type TrainingOut = z.infer<typeof trainingOut>;
export const trainingPage = pageOf(trainingOut);
