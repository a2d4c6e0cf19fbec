import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client';
import { paginate } from '../../../db/paginate';
import { createEstablishmentPeople } from '../../establishments/establishment-people';
import {
  establishments,
  experienceActions,
  experienceFindings,
  experienceFocusGroups,
  users,
} from '../../../db/schema';

const fg = experienceFocusGroups;
const professional = alias(users, 'focus_group_professional');
const representative = alias(users, 'focus_group_representative');

export type FocusGroupWrite = Pick<
  typeof fg.$inferInsert,
  | 'establishmentId'
  | 'title'
  | 'pathway'
  | 'heldOn'
  | 'participants'
  | 'professionalFacilitatorId'
  | 'representativeFacilitatorId'
  | 'notes'
>;

/** The outer session's id in the correlated subquery, always qualified. */
const groupRef = sql`${sql.identifier('experience_focus_groups')}.${sql.identifier('id')}`;
const findingCount = sql<number>`(select count(*)::int from ${experienceFindings} where ${experienceFindings.focusGroupId} = ${groupRef})`;

const summaryColumns = {
  id: fg.id,
  establishmentId: fg.establishmentId,
  establishmentName: establishments.name,
  title: fg.title,
  pathway: fg.pathway,
  heldOn: fg.heldOn,
  participants: fg.participants,
  findings: findingCount,
};

export function createFocusGroupsRepository(db: Db) {
  return {
    ...createEstablishmentPeople(db),
    /** Sessions of these establishments (undefined: all), the latest first. */
    list(establishmentIds: string[] | undefined, window: { page: number; pageSize: number }) {
      const where = establishmentIds ? inArray(fg.establishmentId, establishmentIds) : undefined;
      const page = db
        .select(summaryColumns)
        .from(fg)
        .innerJoin(establishments, eq(establishments.id, fg.establishmentId))
        .where(where)
        .orderBy(desc(fg.heldOn), desc(fg.createdAt), asc(fg.id))
        .$dynamic();
      return paginate(db, page, { table: fg, where }, window);
    },

    /** The session with its establishment's name and its facilitators' names. */
    async find(id: string) {
      const [row] = await db
        .select({
          ...summaryColumns,
          notes: fg.notes,
          professionalFacilitatorId: fg.professionalFacilitatorId,
          professionalName: professional.name,
          representativeFacilitatorId: fg.representativeFacilitatorId,
          representativeName: representative.name,
        })
        .from(fg)
        .innerJoin(establishments, eq(establishments.id, fg.establishmentId))
        .leftJoin(professional, eq(professional.id, fg.professionalFacilitatorId))
        .leftJoin(representative, eq(representative.id, fg.representativeFacilitatorId))
        .where(eq(fg.id, id));
      return row;
    },

    async insert(values: FocusGroupWrite & { createdBy: string }) {
      const [row] = await db.insert(fg).values(values).returning({ id: fg.id });
      if (!row) throw new Error('insert returned no row');
      return row.id;
    },

    async update(id: string, values: FocusGroupWrite, now: Date) {
      await db
        .update(fg)
        .set({ ...values, updatedAt: now })
        .where(eq(fg.id, id));
    },

    /** The session, its findings (cascade) and the actions decided from them. */
    async delete(id: string) {
      await db.transaction(async (tx) => {
        const findingIds = tx
          .select({ id: experienceFindings.id })
          .from(experienceFindings)
          .where(eq(experienceFindings.focusGroupId, id));
        await tx.delete(experienceActions).where(inArray(experienceActions.findingId, findingIds));
        await tx.delete(fg).where(eq(fg.id, id));
      });
    },

    async establishmentExists(id: string) {
      const [row] = await db
        .select({ id: establishments.id })
        .from(establishments)
        .where(eq(establishments.id, id));
      return row !== undefined;
    },
  };
}
export type FocusGroupsRepository = ReturnType<typeof createFocusGroupsRepository>;
export type FocusGroupRow = NonNullable<Awaited<ReturnType<FocusGroupsRepository['find']>>>;
