import { and, asc, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { partnershipDomains, partnershipPositions, partnershipRatings } from '../../db/schema';

const d = partnershipDomains;
export type DomainRow = typeof partnershipDomains.$inferSelect;

/** The outer domain's id in correlated subqueries, always qualified. */
const domainRef = sql`${sql.identifier('partnership_domains')}.${sql.identifier('id')}`;

/** Ratings and agreed positions using a domain (what retiring it would affect). */
const usage = sql<number>`((select count(*) from ${partnershipRatings} where ${partnershipRatings.domainId} = ${domainRef}) + (select count(*) from ${partnershipPositions} where ${partnershipPositions.domainId} = ${domainRef}))::int`;

export const domainOrder = [asc(d.position), asc(d.name), asc(d.id)];

/** Domains used by a binôme's ratings or agreed positions. */
export const domainsUsedBy = (binomeId: string): SQL =>
  or(
    sql`${domainRef} in (select ${partnershipRatings.domainId} from ${partnershipRatings} where ${partnershipRatings.binomeId} = ${binomeId})`,
    sql`${domainRef} in (select ${partnershipPositions.domainId} from ${partnershipPositions} where ${partnershipPositions.binomeId} = ${binomeId})`,
  ) as SQL;

export function createDomainsRepository(db: DbOrTx) {
  return {
    list(includeRetired: boolean) {
      return db
        .select({ domain: d, usage })
        .from(d)
        .where(includeRetired ? undefined : isNull(d.retiredAt))
        .orderBy(...domainOrder);
    },

    async find(id: string) {
      const [row] = await db.select({ domain: d, usage }).from(d).where(eq(d.id, id));
      return row;
    },

    /** Another domain with this name, whatever the case. */
    async nameTaken(name: string, exceptId?: string) {
      const [row] = await db
        .select({ id: d.id })
        .from(d)
        .where(
          and(sql`lower(${d.name}) = lower(${name})`, exceptId ? ne(d.id, exceptId) : undefined),
        )
        .limit(1);
      return row !== undefined;
    },

    async insert(values: { name: string; description: string; position: number }) {
      const [row] = await db.insert(d).values(values).returning({ id: d.id });
      if (!row) throw new Error('insert returned no row');
      return row.id;
    },

    async update(
      id: string,
      values: Partial<{
        name: string;
        description: string;
        position: number;
        retiredAt: Date | null;
      }>,
    ) {
      await db
        .update(d)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(d.id, id));
    },

    /** Active domains, plus the retired ones this binôme already used. */
    offeredTo(binomeId: string) {
      return db
        .select()
        .from(d)
        .where(or(isNull(d.retiredAt), domainsUsedBy(binomeId)))
        .orderBy(...domainOrder);
    },

    async activeIds() {
      const rows = await db.select({ id: d.id }).from(d).where(isNull(d.retiredAt));
      return rows.map((r) => r.id);
    },
  };
}
export type DomainsRepository = ReturnType<typeof createDomainsRepository>;
