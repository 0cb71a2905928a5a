import { z } from 'zod';
import { dateOf } from '../core/schema-helpers.js';

export const auditQuery = z.object({
  unitCode: z.string().trim().min(1).max(32).optional(),
  /** Include the units below unitCode (default) or only unitCode itself. */
  includeDescendants: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  entity: z.string().trim().max(40).optional(),
  action: z.string().trim().max(60).optional(),
  actor: z.string().trim().max(60).optional(),
  from: dateOf('Từ ngày').optional(),
  to: dateOf('Đến ngày').optional(),
  page: z.coerce.number().int().min(1, { message: 'Trang phải từ 1' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, { message: 'Tối đa 200 dòng một trang' }).default(50),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntryOut = z.object({
  id: z.number(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  /** The account holder's full name, as people are named on screen. */
  actorName: z.string().nullable(),
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  /** What the row is about in words (a report's subject, a model's name), when its entity has one. */
  title: z.string().nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

export const auditPage = z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(auditEntryOut) });
export type AuditPage = z.infer<typeof auditPage>;
