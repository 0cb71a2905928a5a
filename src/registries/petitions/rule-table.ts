/**
 * The deadline rule table an administrator keeps: the shipped table until the first save, then the latest
 * saved version. A save is checked whole (every field, and no two rules of a procedure in force on one
 * day) and refused with nothing changed; saved, it recounts the deadlines of every open case.
 */
import { desc, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Context } from '../../core/context.js';
import type { Db } from '../../core/db/connection.js';
import { isAdmin } from '../../core/access/rules.js';
import { recordAudit } from '../../core/audit/writer.js';
import { conflict, forbidden, invalid } from '../../core/errors.js';
import { requiredText } from '../../core/schema-helpers.js';
import { fullNameOf } from '../../core/access/people.js';
import { day } from '../kit/schema.js';
import { deadlineRules, ruleTableProblems, type DeadlineRule } from './deadlines.js';
import { petitionRuleTables } from './tables.js';

const procedures = [...new Set(deadlineRules.map((r) => r.procedure))] as [DeadlineRule['procedure'], ...DeadlineRule['procedure'][]];

export const ruleInput = z.object({
  procedure: z.enum(procedures, { error: `Thủ tục phải là một trong: ${procedures.join(', ')}` }),
  variant: z.enum(['normal', 'complex', 'remote', 'remote_complex'], { error: 'Trường hợp: normal, complex, remote hoặc remote_complex' }),
  days: z.number({ error: 'Số ngày phải là một số' }).int({ message: 'Số ngày phải là số nguyên' }).min(1, { message: 'Số ngày ít nhất là 1' }).max(365, { message: 'Số ngày quá 365' }),
  dayKind: z.enum(['calendar', 'working'], { error: 'Loại ngày: calendar (ngày) hoặc working (ngày làm việc)' }),
  validFrom: day('Ngày có hiệu lực'),
  validTo: day('Ngày hết hiệu lực').nullable(),
  source: requiredText('căn cứ (luật, điều khoản)', 300),
}).strict();

/** Body of PUT /registries/petitions/rules: the whole table; `version` is the one read (null: the shipped table). */
export const rulesInput = z.object({
  rules: z.array(ruleInput).min(1, { message: 'Bảng quy định không được rỗng' }).max(500),
  version: z.number().int().positive().nullable(),
}).strict();
export type RulesInput = z.output<typeof rulesInput>;

export interface RuleTable {
  rules: DeadlineRule[];
  /** null: the table danvan ships. */
  version: number | null;
  savedBy: string | null;
  savedAt: string | null;
}

async function latest(db: Db) {
  const [row] = await db.select({ version: petitionRuleTables.version, rules: petitionRuleTables.rules, savedAt: petitionRuleTables.savedAt, savedBy: fullNameOf(sql`${petitionRuleTables.savedBy}`) })
    .from(petitionRuleTables).orderBy(desc(petitionRuleTables.version)).limit(1);
  return row ?? null;
}

export async function currentRuleTable(db: Db): Promise<RuleTable> {
  const row = await latest(db);
  if (!row) return { rules: [...deadlineRules], version: null, savedBy: null, savedAt: null };
  return { rules: row.rules as DeadlineRule[], version: row.version, savedBy: row.savedBy, savedAt: row.savedAt.toISOString() };
}

export const currentRules = async (db: Db) => (await currentRuleTable(db)).rules;

export async function saveRuleTable(ctx: Context, input: RulesInput, recount: (tx: Context) => Promise<void>): Promise<RuleTable> {
  if (!isAdmin(ctx.actor)) throw forbidden('Chỉ quản trị hệ thống được sửa bảng quy định thời hạn giải quyết đơn thư.');
  const problems = ruleTableProblems(input.rules);
  if (problems.length) throw invalid('PETITION_RULES_INVALID', `Bảng quy định có chỗ chồng chéo: ${problems.join(' ')}`, problems.map((message) => ({ field: 'rules', message })));
  return ctx.transaction(async (tx) => {
    const before = await currentRuleTable(tx.db);
    if (before.version !== input.version) {
      throw conflict('PETITION_RULES_VERSION_CONFLICT', `Bảng quy định vừa được ${before.savedBy ?? 'người khác'} lưu thành phiên bản ${before.version} trong khi bạn sửa ${input.version === null ? 'bảng gốc' : `phiên bản ${input.version}`}. Hãy tải lại rồi sửa tiếp.`, { currentVersion: before.version });
    }
    const version = (before.version ?? 0) + 1;
    const inserted = await tx.db.insert(petitionRuleTables).values({ version, rules: input.rules, savedBy: tx.actor.id }).onConflictDoNothing().returning({ id: petitionRuleTables.id });
    if (!inserted.length) throw conflict('PETITION_RULES_VERSION_CONFLICT', 'Bảng quy định vừa được người khác lưu trong khi bạn sửa. Hãy tải lại rồi sửa tiếp.', { currentVersion: version });
    await recordAudit(tx.db, tx, { unitId: null, entity: 'petition_rule_table', entityId: String(version), action: 'petition_rules.update', before: { version: before.version, rules: before.rules }, after: { version, rules: input.rules } });
    await recount(tx);
    return currentRuleTable(tx.db);
  });
}
