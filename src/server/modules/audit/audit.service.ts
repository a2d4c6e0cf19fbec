import { desc, eq } from 'drizzle-orm';
import type { AuditAction, AuditEvent } from '../../../shared/schemas/admin';
import type { Paginated } from '../../../shared/schemas/common';
import type { DbOrTx, Db } from '../../db/client';
import { auditEvents, users } from '../../db/schema';
import { paginate } from '../../db/paginate';

export interface AuditEntry {
  action: AuditAction;
  actorId?: string | null;
  targetType?: string;
  targetId?: string;
  /** Never put passwords, tokens or health data here. */
  details?: Record<string, unknown>;
}

export function createAuditService({ db }: { db: Db }) {
  return {
    async record(entry: AuditEntry, tx: DbOrTx = db): Promise<void> {
      await tx.insert(auditEvents).values({
        action: entry.action,
        actorId: entry.actorId ?? null,
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        details: entry.details ?? {},
      });
    },

    async list(query: {
      page: number;
      pageSize: number;
      action?: AuditAction;
    }): Promise<Paginated<AuditEvent>> {
      const where = query.action ? eq(auditEvents.action, query.action) : undefined;
      const page = db
        .select({ event: auditEvents, actorName: users.name })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorId))
        .where(where)
        .orderBy(desc(auditEvents.at), desc(auditEvents.id))
        .$dynamic();
      const { rows, total } = await paginate(db, page, { table: auditEvents, where }, query);
      return {
        items: rows.map(({ event, actorName }) => ({
          id: event.id,
          at: event.at.toISOString(),
          action: event.action as AuditAction,
          actorId: event.actorId,
          actorName,
          targetType: event.targetType,
          targetId: event.targetId,
          details: event.details,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
