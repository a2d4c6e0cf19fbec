import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lt,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../../db/client';
import { paginate } from '../../db/paginate';
import { createEstablishmentPeople } from '../establishments/establishment-people';
import {
  communities,
  communityMembers,
  establishments,
  partnershipBinomes,
  partnershipDomains,
  partnershipExpectations,
  partnershipPositions,
  partnershipRatingSubmissions,
  partnershipWorkshopCommunities,
  partnershipWorkshops,
  users,
} from '../../db/schema';

const w = partnershipWorkshops;
const b = partnershipBinomes;
export type WorkshopRow = typeof partnershipWorkshops.$inferSelect;
export type WorkshopWrite = Omit<
  typeof partnershipWorkshops.$inferInsert,
  'id' | 'createdAt' | 'updatedAt' | 'revealedAt' | 'closedAt'
>;

const professional = alias(users, 'binome_professional');
const representative = alias(users, 'binome_representative');

/** Who is in which binôme: establishment and names, never answers. */
export const binomeSummaryColumns = {
  id: b.id,
  workshopId: b.workshopId,
  establishment: {
    id: establishments.id,
    name: establishments.name,
    sector: establishments.sector,
  },
  professional: { id: b.professionalId, name: professional.name },
  representative: { id: b.representativeId, name: representative.name },
};
export type BinomeSummaryRow = {
  id: string;
  workshopId: string;
  establishment: { id: string; name: string; sector: string };
  /** Both null once the person deleted their account. */
  professional: { id: string | null; name: string | null };
  representative: { id: string | null; name: string | null };
};

/** Binômes with their establishment and members' names, in registration order. */
export function selectBinomeSummaries(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(binomeSummaryColumns)
    .from(b)
    .innerJoin(establishments, eq(establishments.id, b.establishmentId))
    .leftJoin(professional, eq(professional.id, b.professionalId))
    .leftJoin(representative, eq(representative.id, b.representativeId))
    .where(where)
    .orderBy(asc(establishments.name), asc(b.createdAt), asc(b.id));
}

/**
 * The outer workshop's id in correlated subqueries, always qualified (drizzle leaves columns
 * unqualified in the fields of a single-table select, where `id` would be the binôme's).
 */
const workshopRef = sql`${sql.identifier('partnership_workshops')}.${sql.identifier('id')}`;

const binomeCount = sql<number>`(select count(*)::int from ${b} where ${b.workshopId} = ${workshopRef})`;

/** The reader's own binôme in the workshop, if any. */
const myBinomeId = (userId: string) =>
  sql<
    string | null
  >`(select ${b.id} from ${b} where ${b.workshopId} = ${workshopRef} and (${b.professionalId} = ${userId} or ${b.representativeId} = ${userId}) limit 1)`;

/** Workshops a non-facilitator sees: theirs (in a binôme) or their communities'. */
export const visibleTo = (userId: string): SQL =>
  or(
    sql`exists (select 1 from ${b} where ${b.workshopId} = ${workshopRef} and (${b.professionalId} = ${userId} or ${b.representativeId} = ${userId}))`,
    sql`exists (select 1 from ${partnershipWorkshopCommunities} inner join ${communityMembers} on ${communityMembers.communityId} = ${partnershipWorkshopCommunities.communityId} where ${partnershipWorkshopCommunities.workshopId} = ${workshopRef} and ${communityMembers.userId} = ${userId})`,
  ) as SQL;

export function createWorkshopsRepository(db: Db) {
  const select = (userId: string) =>
    db.select({ workshop: w, binomeCount, myBinomeId: myBinomeId(userId) }).from(w);

  return {
    ...createEstablishmentPeople(db),
    /** Coming (not yet ended) workshops soonest first; past ones (or all) latest first. */
    list(
      userId: string,
      scope: SQL | undefined,
      query: { period: 'upcoming' | 'past' | 'all'; page: number; pageSize: number },
      now: Date,
    ) {
      const where = and(
        scope,
        query.period === 'upcoming' ? gte(w.endsAt, now) : undefined,
        query.period === 'past' ? lt(w.endsAt, now) : undefined,
      );
      const order = query.period === 'upcoming' ? asc(w.startsAt) : desc(w.startsAt);
      const page = select(userId).where(where).orderBy(order, asc(w.id)).$dynamic();
      return paginate(db, page, { table: w, where }, query);
    },

    /** The workshop, if `scope` (a visibility filter) lets the reader see it. */
    async find(userId: string, id: string, scope?: SQL) {
      const [row] = await select(userId).where(and(eq(w.id, id), scope));
      return row;
    },

    async findRow(id: string) {
      const [row] = await db.select().from(w).where(eq(w.id, id));
      return row;
    },

    communitiesOf(workshopId: string) {
      return db
        .select({ id: communities.id, slug: communities.slug, title: communities.title })
        .from(partnershipWorkshopCommunities)
        .innerJoin(communities, eq(communities.id, partnershipWorkshopCommunities.communityId))
        .where(eq(partnershipWorkshopCommunities.workshopId, workshopId))
        .orderBy(asc(communities.title));
    },

    /** The ids among `ids` that are existing communities. */
    async existingCommunities(ids: string[]) {
      if (ids.length === 0) return [];
      const rows = await db
        .select({ id: communities.id })
        .from(communities)
        .where(inArray(communities.id, ids));
      return rows.map((r) => r.id);
    },

    binomesOf(workshopId: string) {
      return selectBinomeSummaries(db, eq(b.workshopId, workshopId));
    },

    async insert(values: WorkshopWrite, communityIds: string[]) {
      return db.transaction(async (tx) => {
        const [row] = await tx.insert(w).values(values).returning({ id: w.id });
        if (!row) throw new Error('insert returned no row');
        if (communityIds.length > 0)
          await tx
            .insert(partnershipWorkshopCommunities)
            .values(communityIds.map((communityId) => ({ workshopId: row.id, communityId })));
        return row.id;
      });
    },

    async update(id: string, values: WorkshopWrite, communityIds: string[]) {
      await db.transaction(async (tx) => {
        await tx
          .update(w)
          .set({ ...values, updatedAt: new Date() })
          .where(eq(w.id, id));
        await tx
          .delete(partnershipWorkshopCommunities)
          .where(eq(partnershipWorkshopCommunities.workshopId, id));
        if (communityIds.length > 0)
          await tx
            .insert(partnershipWorkshopCommunities)
            .values(communityIds.map((communityId) => ({ workshopId: id, communityId })));
      });
    },

    async setState(id: string, values: { revealedAt?: Date; closedAt?: Date | null }) {
      await db
        .update(w)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(w.id, id));
    },

    async delete(id: string) {
      await db.delete(w).where(eq(w.id, id));
    },

    async establishmentExists(id: string) {
      const [row] = await db
        .select({ id: establishments.id })
        .from(establishments)
        .where(eq(establishments.id, id));
      return row !== undefined;
    },

    /** Whether one of these people is already in a binôme of the workshop. */
    async memberTaken(workshopId: string, userIds: string[]) {
      const [row] = await db
        .select({ id: b.id })
        .from(b)
        .where(
          and(
            eq(b.workshopId, workshopId),
            or(inArray(b.professionalId, userIds), inArray(b.representativeId, userIds)),
          ),
        )
        .limit(1);
      return row !== undefined;
    },

    /** A binôme and its two empty expectation sheets. */
    async insertBinome(values: {
      workshopId: string;
      establishmentId: string;
      professionalId: string;
      representativeId: string;
    }) {
      return db.transaction(async (tx) => {
        const [row] = await tx.insert(b).values(values).returning({ id: b.id });
        if (!row) throw new Error('insert returned no row');
        await tx.insert(partnershipExpectations).values([
          { binomeId: row.id, userId: values.professionalId, side: 'professional' },
          { binomeId: row.id, userId: values.representativeId, side: 'representative' },
        ]);
        return row.id;
      });
    },

    async binomeSummary(id: string) {
      const [row] = await selectBinomeSummaries(db, eq(b.id, id));
      return row;
    },

    async deleteBinome(workshopId: string, binomeId: string) {
      const deleted = await db
        .delete(b)
        .where(and(eq(b.workshopId, workshopId), eq(b.id, binomeId)))
        .returning({ id: b.id });
      return deleted.length > 0;
    },

    /** Each binôme's expectation sheets: side, submission and (for the reveal) texts. */
    expectationsOf(workshopId: string) {
      return db
        .select({
          binomeId: partnershipExpectations.binomeId,
          side: partnershipExpectations.side,
          expectations: partnershipExpectations.expectations,
          preconceptions: partnershipExpectations.preconceptions,
          submittedAt: partnershipExpectations.submittedAt,
        })
        .from(partnershipExpectations)
        .innerJoin(b, eq(b.id, partnershipExpectations.binomeId))
        .where(eq(b.workshopId, workshopId));
    },

    /** Who handed in their ratings, per binôme. */
    ratingSubmissionsOf(workshopId: string) {
      return db
        .select({
          binomeId: partnershipRatingSubmissions.binomeId,
          userId: partnershipRatingSubmissions.userId,
        })
        .from(partnershipRatingSubmissions)
        .innerJoin(b, eq(b.id, partnershipRatingSubmissions.binomeId))
        .where(eq(b.workshopId, workshopId));
    },

    /** Agreed positions on active domains, counted per binôme. */
    agreedCountsOf(workshopId: string) {
      return db
        .select({ binomeId: partnershipPositions.binomeId, agreed: count() })
        .from(partnershipPositions)
        .innerJoin(b, eq(b.id, partnershipPositions.binomeId))
        .innerJoin(partnershipDomains, eq(partnershipDomains.id, partnershipPositions.domainId))
        .where(and(eq(b.workshopId, workshopId), isNull(partnershipDomains.retiredAt)))
        .groupBy(partnershipPositions.binomeId);
    },
  };
}
export type WorkshopsRepository = ReturnType<typeof createWorkshopsRepository>;
