import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Sector } from '../../../shared/enums';
import type { Db } from '../../db/client';
import { establishments, userEstablishments, users } from '../../db/schema';
import { likePattern } from '../users/users.repository';
import { paginate } from '../../db/paginate';

export type EstablishmentRow = typeof establishments.$inferSelect;
type EstablishmentValues = Omit<
  typeof establishments.$inferInsert,
  'id' | 'createdAt' | 'updatedAt'
>;

const memberCount = sql<number>`(select count(*)::int from ${userEstablishments} where ${userEstablishments.establishmentId} = ${establishments.id})`;

export function createEstablishmentsRepository(db: Db) {
  return {
    async list(query: { q?: string; sector?: Sector; page: number; pageSize: number }) {
      const filters: SQL[] = [];
      if (query.q) {
        const pattern = likePattern(query.q);
        const match = or(
          ilike(establishments.name, pattern),
          ilike(establishments.finess, pattern),
          ilike(establishments.department, pattern),
        );
        if (match) filters.push(match);
      }
      if (query.sector) filters.push(eq(establishments.sector, query.sector));
      const where = filters.length > 0 ? and(...filters) : undefined;
      const page = db
        .select({ row: establishments, memberCount })
        .from(establishments)
        .where(where)
        .orderBy(asc(establishments.name), asc(establishments.id))
        .$dynamic();
      return paginate(db, page, { table: establishments, where }, query);
    },

    async findById(id: string) {
      const [row] = await db
        .select({ row: establishments, memberCount })
        .from(establishments)
        .where(eq(establishments.id, id));
      return row;
    },

    async findByFiness(finess: string): Promise<EstablishmentRow | undefined> {
      const [row] = await db.select().from(establishments).where(eq(establishments.finess, finess));
      return row;
    },

    async insert(values: EstablishmentValues): Promise<EstablishmentRow> {
      const [row] = await db.insert(establishments).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async update(id: string, values: EstablishmentValues): Promise<EstablishmentRow | undefined> {
      const [row] = await db
        .update(establishments)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(establishments.id, id))
        .returning();
      return row;
    },

    async delete(id: string): Promise<boolean> {
      const rows = await db
        .delete(establishments)
        .where(eq(establishments.id, id))
        .returning({ id: establishments.id });
      return rows.length > 0;
    },

    async members(id: string) {
      return db
        .select({
          userId: users.id,
          name: users.name,
          email: users.email,
          role: userEstablishments.role,
        })
        .from(userEstablishments)
        .innerJoin(users, eq(users.id, userEstablishments.userId))
        .where(eq(userEstablishments.establishmentId, id))
        .orderBy(asc(users.name));
    },
  };
}
export type EstablishmentsRepository = ReturnType<typeof createEstablishmentsRepository>;
