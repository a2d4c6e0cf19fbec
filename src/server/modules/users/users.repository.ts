import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { EstablishmentRole, PlatformRole } from '../../../shared/enums';
import type { Db, DbOrTx } from '../../db/client';
import { establishments, userEstablishments, users } from '../../db/schema';
import { paginate } from '../../db/paginate';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export interface EstablishmentLink {
  id: string;
  name: string;
  role: EstablishmentRole;
}

/** Escapes LIKE wildcards in user search input. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function createUsersRepository(db: Db) {
  return {
    async findByEmail(email: string, tx: DbOrTx = db): Promise<UserRow | undefined> {
      const [row] = await tx.select().from(users).where(eq(users.email, email.toLowerCase()));
      return row;
    },

    async findById(id: string, tx: DbOrTx = db): Promise<UserRow | undefined> {
      const [row] = await tx.select().from(users).where(eq(users.id, id));
      return row;
    },

    async insert(values: NewUserRow, tx: DbOrTx = db): Promise<UserRow> {
      const [row] = await tx.insert(users).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async update(id: string, values: Partial<NewUserRow>, tx: DbOrTx = db): Promise<void> {
      await tx
        .update(users)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(users.id, id));
    },

    async delete(id: string, tx: DbOrTx = db): Promise<void> {
      await tx.delete(users).where(eq(users.id, id));
    },

    async countByRole(role: PlatformRole, tx: DbOrTx = db): Promise<number> {
      const [row] = await tx
        .select({ value: count() })
        .from(users)
        .where(eq(users.platformRole, role));
      return row?.value ?? 0;
    },

    async linksFor(userIds: string[], tx: DbOrTx = db): Promise<Map<string, EstablishmentLink[]>> {
      const map = new Map<string, EstablishmentLink[]>();
      if (userIds.length === 0) return map;
      const rows = await tx
        .select({
          userId: userEstablishments.userId,
          id: establishments.id,
          name: establishments.name,
          role: userEstablishments.role,
        })
        .from(userEstablishments)
        .innerJoin(establishments, eq(establishments.id, userEstablishments.establishmentId))
        .where(inArray(userEstablishments.userId, userIds))
        .orderBy(asc(establishments.name));
      for (const r of rows) {
        const list = map.get(r.userId) ?? [];
        list.push({ id: r.id, name: r.name, role: r.role as EstablishmentRole });
        map.set(r.userId, list);
      }
      return map;
    },

    async replaceLinks(
      userId: string,
      links: { establishmentId: string; role: EstablishmentRole }[],
      tx: DbOrTx = db,
    ): Promise<void> {
      await tx.delete(userEstablishments).where(eq(userEstablishments.userId, userId));
      if (links.length > 0) {
        await tx.insert(userEstablishments).values(links.map((l) => ({ userId, ...l })));
      }
    },

    async addLink(
      userId: string,
      establishmentId: string,
      role: EstablishmentRole,
      tx: DbOrTx = db,
    ): Promise<void> {
      await tx
        .insert(userEstablishments)
        .values({ userId, establishmentId, role })
        .onConflictDoUpdate({
          target: [userEstablishments.userId, userEstablishments.establishmentId],
          set: { role },
        });
    },

    async list(query: { q?: string; role?: PlatformRole; page: number; pageSize: number }) {
      const filters: SQL[] = [];
      if (query.q) {
        const pattern = likePattern(query.q);
        const match = or(ilike(users.name, pattern), ilike(users.email, pattern));
        if (match) filters.push(match);
      }
      if (query.role) filters.push(eq(users.platformRole, query.role));
      const where = filters.length > 0 ? and(...filters) : undefined;
      const page = db
        .select()
        .from(users)
        .where(where)
        .orderBy(asc(users.name), asc(users.id))
        .$dynamic();
      return paginate(db, page, { table: users, where }, query);
    },
  };
}
export type UsersRepository = ReturnType<typeof createUsersRepository>;
