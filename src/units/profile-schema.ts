import { z } from 'zod';
import { profileFields, type ProfileFieldKey } from './profile-rules.js';

const figure = (label: string, decimals: number) => {
  const base = z
    .number({ error: `${label} phải là một số` })
    .min(0, { message: `${label} không được âm` })
    .max(decimals ? 1e11 : 2_000_000_000, { message: `${label} quá lớn` });
  const typed = decimals
    ? base.refine((v) => Math.round(v * 100) === Number((v * 100).toFixed(6)), { message: `${label} chỉ có tối đa 2 chữ số thập phân` })
    : base.int({ message: `${label} phải là số nguyên` });
  return typed.nullable();
};

const figureShape = Object.fromEntries(
  profileFields.map((f) => [f.key, figure(f.label, f.decimals).optional()]),
) as Record<ProfileFieldKey, z.ZodOptional<z.ZodNullable<z.ZodNumber>>>;

/**
 * Body of PUT /units/{code}/profiles/{year}: the same shape GET answers. A figure left out or null is blank.
 * `version` is the one the editor read, required to update an existing year (a missing or stale one gets 409);
 * without it the save creates the year.
 */
export const profileInput = z.object({
  figures: z.object(figureShape, { error: 'Thiếu các chỉ số (figures)' }),
  notes: z.string().max(10_000, { message: 'Ghi chú dài quá 10.000 ký tự' }).nullable().optional(),
  source: z.string().max(500, { message: 'Nguồn số liệu dài quá 500 ký tự' }).nullable().optional(),
  version: z.number().int().positive().optional(),
});
export type ProfileInput = z.infer<typeof profileInput>;

export const profileYear = z.coerce
  .number({ error: 'Năm phải là một số' })
  .int({ message: 'Năm phải là số nguyên' })
  .min(1945, { message: 'Năm phải từ 1945 trở đi' })
  .max(2200, { message: 'Năm không hợp lệ' });

const nullableNumber = z.number().nullable();

export const profileOut = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  year: z.number(),
  figures: z.object(Object.fromEntries(profileFields.map((f) => [f.key, nullableNumber])) as Record<ProfileFieldKey, typeof nullableNumber>),
  rates: z.object({
    poorRate: nullableNumber,
    nearPoorRate: nullableNumber,
    otherRate: nullableNumber,
    forestShare: nullableNumber,
    peoplePerHousehold: nullableNumber,
  }),
  warnings: z.array(z.object({ rule: z.string(), fields: z.array(z.string()), message: z.string() })),
  notes: z.string().nullable(),
  source: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
  canEdit: z.boolean(),
});
export type ProfileOut = z.infer<typeof profileOut>;
