import { z } from 'zod';
import { isPeriodProblem, parsePeriod } from '../periods/rules.js';

export const periodSpec = z.string({ error: 'Thiếu kỳ (period), ví dụ 2023, 2023Q1, 2023H1, 2023-05 hoặc 2021..2023' }).superRefine((spec, ctx) => {
  const p = parsePeriod(spec);
  if (isPeriodProblem(p)) ctx.addIssue({ code: 'custom', message: p.message });
});

export const figuresQuery = z.object({ period: periodSpec });

export const figureParams = z.object({
  code: z.string().max(40),
  indicator: z.string().max(80),
});

/** Body of PUT /units/{code}/figures/{indicator}?period=…: a value entered for the period; null removes it. */
export const figureEntry = z.object({
  value: z.number({ error: 'Giá trị phải là một số' }).finite().min(0, { message: 'Giá trị không được âm' }).max(1e12, { message: 'Giá trị quá lớn' }).nullable(),
  note: z.string().trim().max(1000, { message: 'Ghi chú dài quá 1.000 ký tự' }).nullable().optional(),
  /** The version read, required to change an existing value (409 when someone saved in between). */
  version: z.number().int().positive().optional(),
}).strict();
export type FigureEntry = z.output<typeof figureEntry>;

const disaggregation = z.object({ code: z.string(), name: z.string(), options: z.array(z.object({ code: z.string(), name: z.string() })) });

export const indicatorOut = z.object({
  code: z.string(),
  name: z.string(),
  unitOfMeasure: z.string(),
  valueType: z.enum(['count', 'number', 'percent']),
  decimals: z.number(),
  overTime: z.enum(['sum', 'last', 'max', 'none']),
  overUnits: z.enum(['sum', 'last', 'max', 'none']),
  disaggregations: z.array(disaggregation),
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('registry'), registry: z.string(), measure: z.string() }),
    z.object({ kind: z.literal('entry') }),
    z.object({ kind: z.literal('ratio'), numerator: z.string(), denominator: z.string() }),
  ]),
  description: z.string(),
  dataSet: z.enum(['profile']).optional(),
});

export const figureOut = z.object({
  value: z.number().nullable(),
  formatted: z.string(),
  source: z.enum(['computed', 'entered', 'imported']).nullable(),
  numerator: z.number().nullable().optional(),
  denominator: z.number().nullable().optional(),
  by: z.record(z.string(), z.number()).optional(),
  approximate: z.boolean().optional(),
  parts: z.array(z.string()).optional(),
  complete: z.boolean().optional(),
  enteredBy: z.string().nullable().optional(),
  enteredAt: z.string().nullable().optional(),
  version: z.number().optional(),
  checks: z.array(z.string()),
});

export const figuresOut = z.record(z.string(), figureOut);
export type FiguresOut = z.infer<typeof figuresOut>;

export const figureEntryOut = z.object({
  indicator: z.string(),
  period: z.string(),
  value: z.number().nullable(),
  version: z.number().nullable(),
  figures: figuresOut,
});
