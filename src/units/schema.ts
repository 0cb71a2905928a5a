import { z } from 'zod';
import { dateOf, isoDate, requiredText } from '../core/schema-helpers.js';
import { unitLevels } from './rules.js';

export const unitCode = z
  .string({ error: 'Thiếu mã đơn vị' })
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,32}$/, { message: 'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch ngang (tối đa 32 ký tự)' });

export const unitLevel = z.enum(unitLevels, { error: 'Cấp đơn vị phải là province, district, commune hoặc village' });

export const unitSummary = z.object({
  code: z.string(),
  name: z.string(),
  kind: unitLevel,
  typeName: z.string(),
  parentCode: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  illustrative: z.boolean(),
  /** False for the units above the caller's own, listed only to give the tree its context. */
  inScope: z.boolean(),
});
export type UnitSummary = z.infer<typeof unitSummary>;

export const unitListQuery = z.object({ asOf: isoDate.optional() });

const basis = {
  effectiveDate: dateOf('Ngày hiệu lực'),
  legalBasis: requiredText('căn cứ pháp lý (số, ký hiệu văn bản)', 500),
  note: z.string().trim().max(2000).optional(),
};

const newUnit = z.object({
  code: unitCode,
  name: requiredText('tên đơn vị', 200),
  typeName: requiredText('loại đơn vị (Xã, Phường, Huyện...)', 40),
});

/** What an ended unit passes to its successor (succession/): its accounts, open requests, drafts. */
export const handOverChoice = z.object({
  accounts: z.boolean({ error: 'Cần chọn có chuyển tài khoản hay không' }),
  requests: z.boolean({ error: 'Cần chọn có chuyển yêu cầu báo cáo đang mở hay không' }),
  drafts: z.boolean({ error: 'Cần chọn có chuyển dự thảo hay không' }),
});
export type HandOverChoice = z.infer<typeof handOverChoice>;

/** One schema per unit operation; the discriminator is the operation type. */
export const unitOperation = z.discriminatedUnion('type', [
  z.object({ type: z.literal('create'), ...basis, unit: newUnit.extend({ kind: unitLevel }), parentCode: unitCode.nullable() }),
  z.object({ type: z.literal('rename'), ...basis, code: unitCode, name: requiredText('tên mới', 200), typeName: requiredText('loại đơn vị', 40).optional() }),
  z.object({ type: z.literal('move'), ...basis, code: unitCode, parentCode: unitCode }),
  z.object({
    type: z.literal('merge'),
    ...basis,
    sourceCodes: z.array(unitCode).min(1, { message: 'Cần ít nhất một đơn vị được sáp nhập' }).max(50),
    target: z.union([
      z.object({ existingCode: unitCode }),
      z.object({ newUnit: newUnit.extend({ parentCode: unitCode.nullable() }) }),
    ]),
    /** Hand the merged units' accounts and open work to the unit they merge into (effective today or earlier). */
    handOver: handOverChoice.optional(),
  }),
  z.object({
    type: z.literal('split'),
    ...basis,
    code: unitCode,
    targets: z.array(newUnit.extend({ parentCode: unitCode.nullable() })).min(2, { message: 'Chia tách cần ít nhất hai đơn vị mới' }).max(20),
    /** Each current child of the split unit goes to one of the new units: child code -> new unit code. */
    childAssignments: z.record(unitCode, unitCode).default({}),
  }),
  z.object({
    type: z.literal('dissolve'),
    ...basis,
    code: unitCode,
    /** Where the children go; by default the dissolved unit's own parent. */
    childrenTo: unitCode.optional(),
    /** Hand its accounts and open work to `to` (by default where its children go). */
    handOver: handOverChoice.extend({ to: unitCode.optional() }).optional(),
  }),
], { error: 'Loại thao tác phải là create, rename, move, merge, split hoặc dissolve' });
export type UnitOperation = z.infer<typeof unitOperation>;

export const unitEventOut = z.object({
  id: z.number(),
  type: z.enum(['create', 'rename', 'move', 'merge', 'split', 'dissolve']),
  effectiveDate: z.string(),
  legalBasis: z.string(),
  note: z.string().nullable(),
  units: z.array(z.object({ code: z.string(), name: z.string(), role: z.enum(['subject', 'source', 'target']) })),
});
export type UnitEventOut = z.infer<typeof unitEventOut>;

export const unitVersionOut = z.object({
  name: z.string(),
  typeName: z.string(),
  parentCode: z.string().nullable(),
  parentName: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const linkedUnit = z.object({
  code: z.string(),
  name: z.string(),
  date: z.string(),
  via: z.enum(['merge', 'split']),
});

export const unitHistory = z.object({
  unit: unitSummary,
  versions: z.array(unitVersionOut),
  events: z.array(unitEventOut),
  predecessors: z.array(linkedUnit),
  successors: z.array(linkedUnit),
  /** Historical units whose figures roll into this one (transitively through merges and splits). */
  rollupSources: z.array(z.object({ code: z.string(), name: z.string(), share: z.enum(['whole', 'partial']), validTo: z.string().nullable() })),
});
export type UnitHistory = z.infer<typeof unitHistory>;

/** A unit named in a route by its code. */
export const codeParams = z.object({ code: z.string().min(1).max(32) });
