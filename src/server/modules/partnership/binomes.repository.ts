import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { actionInputSchema, Rating } from '../../../shared/schemas/partnership';
import type { Db } from '../../db/client';
import {
  establishments,
  partnershipActions,
  partnershipBinomes,
  partnershipDomains,
  partnershipExpectations,
  partnershipPositions,
  partnershipRatingSubmissions,
  partnershipRatings,
  partnershipStories,
  partnershipWorkshops,
  users,
} from '../../db/schema';

const b = partnershipBinomes;
const w = partnershipWorkshops;
const professional = alias(users, 'binome_professional');
const representative = alias(users, 'binome_representative');

export type ActionValues = z.output<typeof actionInputSchema>;

/** A binôme's own space. Callers check membership first: nothing here filters by reader. */
export function createBinomesRepository(db: Db) {
  return {
    async find(id: string) {
      const [row] = await db
        .select({
          id: b.id,
          workshop: {
            id: w.id,
            title: w.title,
            startsAt: w.startsAt,
            revealedAt: w.revealedAt,
            closedAt: w.closedAt,
          },
          establishment: {
            id: establishments.id,
            name: establishments.name,
            sector: establishments.sector,
          },
          professional: { id: b.professionalId, name: professional.name },
          representative: { id: b.representativeId, name: representative.name },
        })
        .from(b)
        .innerJoin(w, eq(w.id, b.workshopId))
        .innerJoin(establishments, eq(establishments.id, b.establishmentId))
        .leftJoin(professional, eq(professional.id, b.professionalId))
        .leftJoin(representative, eq(representative.id, b.representativeId))
        .where(eq(b.id, id));
      return row;
    },

    expectations(binomeId: string) {
      return db
        .select()
        .from(partnershipExpectations)
        .where(eq(partnershipExpectations.binomeId, binomeId));
    },

    async saveExpectations(values: {
      binomeId: string;
      userId: string;
      side: string;
      expectations: string;
      preconceptions: string;
      submittedAt: Date | null;
    }) {
      const now = new Date();
      await db
        .insert(partnershipExpectations)
        .values({ ...values, updatedAt: now })
        .onConflictDoUpdate({
          target: [partnershipExpectations.binomeId, partnershipExpectations.userId],
          set: {
            expectations: values.expectations,
            preconceptions: values.preconceptions,
            submittedAt: values.submittedAt,
            updatedAt: now,
          },
        });
    },

    /** One member's ratings, in domain order. */
    ratingsOf(binomeId: string, userId: string) {
      return db
        .select({
          domainId: partnershipRatings.domainId,
          current: partnershipRatings.currentLevel,
          target: partnershipRatings.targetLevel,
        })
        .from(partnershipRatings)
        .innerJoin(partnershipDomains, eq(partnershipDomains.id, partnershipRatings.domainId))
        .where(
          and(eq(partnershipRatings.binomeId, binomeId), eq(partnershipRatings.userId, userId)),
        )
        .orderBy(asc(partnershipDomains.position), asc(partnershipDomains.name));
    },

    submissions(binomeId: string) {
      return db
        .select()
        .from(partnershipRatingSubmissions)
        .where(eq(partnershipRatingSubmissions.binomeId, binomeId));
    },

    /** Replaces one member's draft ratings; `submit` hands them in, in the same transaction. */
    async replaceRatings(binomeId: string, userId: string, ratings: Rating[], submit: boolean) {
      await db.transaction(async (tx) => {
        await tx
          .delete(partnershipRatings)
          .where(
            and(eq(partnershipRatings.binomeId, binomeId), eq(partnershipRatings.userId, userId)),
          );
        if (ratings.length > 0)
          await tx.insert(partnershipRatings).values(
            ratings.map((r) => ({
              binomeId,
              userId,
              domainId: r.domainId,
              currentLevel: r.current,
              targetLevel: r.target,
            })),
          );
        if (submit)
          await tx
            .insert(partnershipRatingSubmissions)
            .values({ binomeId, userId })
            .onConflictDoNothing();
      });
    },

    positions(binomeId: string) {
      return db
        .select({
          domainId: partnershipPositions.domainId,
          current: partnershipPositions.currentLevel,
          target: partnershipPositions.targetLevel,
          comment: partnershipPositions.comment,
          agreedAt: partnershipPositions.agreedAt,
          agreedBy: users.name,
        })
        .from(partnershipPositions)
        .innerJoin(partnershipDomains, eq(partnershipDomains.id, partnershipPositions.domainId))
        .leftJoin(users, eq(users.id, partnershipPositions.agreedBy))
        .where(eq(partnershipPositions.binomeId, binomeId))
        .orderBy(asc(partnershipDomains.position), asc(partnershipDomains.name));
    },

    async savePosition(values: {
      binomeId: string;
      domainId: string;
      currentLevel: string;
      targetLevel: string;
      comment: string;
      agreedBy: string;
    }) {
      const agreedAt = new Date();
      await db
        .insert(partnershipPositions)
        .values({ ...values, agreedAt })
        .onConflictDoUpdate({
          target: [partnershipPositions.binomeId, partnershipPositions.domainId],
          set: {
            currentLevel: values.currentLevel,
            targetLevel: values.targetLevel,
            comment: values.comment,
            agreedBy: values.agreedBy,
            agreedAt,
          },
        });
    },

    stories(binomeId: string) {
      return db
        .select({ story: partnershipStories, authorName: users.name })
        .from(partnershipStories)
        .leftJoin(users, eq(users.id, partnershipStories.authorId))
        .where(eq(partnershipStories.binomeId, binomeId))
        .orderBy(asc(partnershipStories.createdAt), asc(partnershipStories.id));
    },

    async insertStory(values: {
      binomeId: string;
      title: string;
      story: string;
      domainId: string | null;
      authorId: string;
    }) {
      const [row] = await db.insert(partnershipStories).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async deleteStory(binomeId: string, id: string) {
      const deleted = await db
        .delete(partnershipStories)
        .where(and(eq(partnershipStories.binomeId, binomeId), eq(partnershipStories.id, id)))
        .returning({ id: partnershipStories.id });
      return deleted.length > 0;
    },

    actions(binomeId: string) {
      return db
        .select()
        .from(partnershipActions)
        .where(eq(partnershipActions.binomeId, binomeId))
        .orderBy(asc(partnershipActions.createdAt), asc(partnershipActions.id));
    },

    async insertAction(binomeId: string, createdBy: string, values: ActionValues) {
      const [row] = await db
        .insert(partnershipActions)
        .values({ ...values, binomeId, createdBy })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async updateAction(binomeId: string, id: string, values: ActionValues) {
      const [row] = await db
        .update(partnershipActions)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(partnershipActions.binomeId, binomeId), eq(partnershipActions.id, id)))
        .returning();
      return row;
    },

    async deleteAction(binomeId: string, id: string) {
      const deleted = await db
        .delete(partnershipActions)
        .where(and(eq(partnershipActions.binomeId, binomeId), eq(partnershipActions.id, id)))
        .returning({ id: partnershipActions.id });
      return deleted.length > 0;
    },

    /** The binômes an establishment brought to workshops, oldest workshop first. */
    establishmentBinomes(establishmentId: string) {
      return db
        .select({
          binomeId: b.id,
          workshopId: w.id,
          title: w.title,
          startsAt: w.startsAt,
        })
        .from(b)
        .innerJoin(w, eq(w.id, b.workshopId))
        .where(eq(b.establishmentId, establishmentId))
        .orderBy(asc(w.startsAt), asc(w.id), asc(b.createdAt), asc(b.id));
    },

    /** Agreed positions (never individual ratings) of these binômes. */
    positionsOf(binomeIds: string[]) {
      if (binomeIds.length === 0) return Promise.resolve([]);
      return db
        .select({
          binomeId: partnershipPositions.binomeId,
          domainId: partnershipPositions.domainId,
          current: partnershipPositions.currentLevel,
          target: partnershipPositions.targetLevel,
        })
        .from(partnershipPositions)
        .where(inArray(partnershipPositions.binomeId, binomeIds));
    },

    /** Active domains and the domains among `ids`, in grid order. */
    historyDomains(ids: string[]) {
      return db
        .select({ id: partnershipDomains.id, name: partnershipDomains.name })
        .from(partnershipDomains)
        .where(
          ids.length === 0
            ? sql`${partnershipDomains.retiredAt} is null`
            : sql`(${partnershipDomains.retiredAt} is null or ${inArray(partnershipDomains.id, ids)})`,
        )
        .orderBy(asc(partnershipDomains.position), asc(partnershipDomains.name));
    },
  };
}
export type BinomesRepository = ReturnType<typeof createBinomesRepository>;
