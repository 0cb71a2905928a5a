import type { Db } from '../db/connection.js';
import type { Actor } from '../access/rules.js';
import { auditLog } from './tables.js';

export interface AuditEntry {
  unitId: number | null;
  entity: string;
  entityId: string | number;
  action: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditSource {
  actor: Pick<Actor, 'id' | 'username'> | null;
  ip: string | null;
}

/** Called inside the write's own transaction, so a change and its audit row land or fail together. */
export async function recordAudit(tx: Db, source: AuditSource, entry: AuditEntry): Promise<void> {
  await recordAuditMany(tx, source, [entry]);
}

const rowOf = (source: AuditSource, entry: AuditEntry) => ({
  actorId: source.actor?.id ?? null,
  actorUsername: source.actor?.username ?? null,
  unitId: entry.unitId,
  entity: entry.entity,
  entityId: String(entry.entityId),
  action: entry.action,
  before: entry.before ?? null,
  after: entry.after ?? null,
  ip: source.ip,
});

/** One audit row per change of a bulk write (an import), in as few statements as the database takes. */
export async function recordAuditMany(tx: Db, source: AuditSource, entries: readonly AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 1000) await tx.insert(auditLog).values(entries.slice(i, i + 1000).map((e) => rowOf(source, e)));
}
