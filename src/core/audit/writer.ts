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
  await tx.insert(auditLog).values({
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
}
