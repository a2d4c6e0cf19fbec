import { and, desc, eq, gt, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { establishments, invitations } from '../../db/schema';
import { paginate } from '../../db/paginate';

export type InvitationRow = typeof invitations.$inferSelect;

const withEstablishment = {
  invitation: invitations,
  establishmentName: establishments.name,
};

export function createInvitationsRepository(db: Db) {
  return {
    async insert(values: typeof invitations.$inferInsert): Promise<InvitationRow> {
      const [row] = await db.insert(invitations).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async findById(id: string) {
      const [row] = await db
        .select(withEstablishment)
        .from(invitations)
        .leftJoin(establishments, eq(establishments.id, invitations.establishmentId))
        .where(eq(invitations.id, id));
      return row;
    },

    async findUsable(tokenHash: string, now: Date, tx: DbOrTx = db) {
      const [row] = await tx
        .select(withEstablishment)
        .from(invitations)
        .leftJoin(establishments, eq(establishments.id, invitations.establishmentId))
        .where(
          and(
            eq(invitations.tokenHash, tokenHash),
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
            gt(invitations.expiresAt, now),
          ),
        );
      return row;
    },

    async markAccepted(id: string, now: Date, tx: DbOrTx = db): Promise<boolean> {
      const rows = await tx
        .update(invitations)
        .set({ acceptedAt: now })
        .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt)))
        .returning({ id: invitations.id });
      return rows.length > 0;
    },

    async revoke(id: string, now: Date): Promise<void> {
      await db.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, id));
    },

    /** `establishmentIds` undefined = every invitation (admins). */
    async list(page: number, pageSize: number, establishmentIds?: string[]) {
      const where: SQL | undefined = establishmentIds
        ? inArray(
            invitations.establishmentId,
            establishmentIds.length > 0
              ? establishmentIds
              : ['00000000-0000-0000-0000-000000000000'],
          )
        : undefined;
      const query = db
        .select(withEstablishment)
        .from(invitations)
        .leftJoin(establishments, eq(establishments.id, invitations.establishmentId))
        .where(where)
        .orderBy(desc(invitations.createdAt), desc(invitations.id))
        .$dynamic();
      return paginate(db, query, { table: invitations, where }, { page, pageSize });
    },
  };
}
export type InvitationsRepository = ReturnType<typeof createInvitationsRepository>;
