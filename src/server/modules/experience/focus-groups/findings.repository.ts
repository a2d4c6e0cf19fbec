import { and, arrayOverlaps, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  experienceActions,
  experienceFindings,
  experienceFocusGroups,
  experienceThemes,
} from '../../../db/schema';

const f = experienceFindings;
const a = experienceActions;

export type FindingWrite = Pick<typeof f.$inferInsert, 'text' | 'themes' | 'sentiment'>;
export type ActionWrite = Pick<
  typeof a.$inferInsert,
  'title' | 'theme' | 'owner' | 'dueOn' | 'status'
>;
export type FindingRow = typeof f.$inferSelect;
export type ActionRow = typeof a.$inferSelect;

export function createFindingsRepository(db: Db) {
  return {
    /** The session's findings in the order they were recorded. */
    findingsOf(focusGroupId: string) {
      return db
        .select()
        .from(f)
        .where(eq(f.focusGroupId, focusGroupId))
        .orderBy(asc(f.position), asc(f.createdAt), asc(f.id));
    },

    /** The actions decided from the session's findings, oldest first. */
    actionsOf(focusGroupId: string) {
      return db
        .select({ action: a })
        .from(a)
        .innerJoin(f, eq(f.id, a.findingId))
        .where(eq(f.focusGroupId, focusGroupId))
        .orderBy(asc(a.createdAt), asc(a.id));
    },

    async findFinding(focusGroupId: string, findingId: string) {
      const [row] = await db
        .select()
        .from(f)
        .where(and(eq(f.focusGroupId, focusGroupId), eq(f.id, findingId)));
      return row;
    },

    /** Appended after the session's other findings. */
    async insertFinding(focusGroupId: string, values: FindingWrite) {
      const position = sql<number>`(select coalesce(max(${f.position}), -1) + 1 from ${f} where ${f.focusGroupId} = ${focusGroupId})`;
      const [row] = await db
        .insert(f)
        .values({ ...values, focusGroupId, position })
        .returning({ id: f.id });
      if (!row) throw new Error('insert returned no row');
      return row.id;
    },

    async updateFinding(findingId: string, values: FindingWrite) {
      await db.update(f).set(values).where(eq(f.id, findingId));
    },

    /** The finding and the actions decided from it. */
    async deleteFinding(findingId: string) {
      await db.transaction(async (tx) => {
        await tx.delete(a).where(eq(a.findingId, findingId));
        await tx.delete(f).where(eq(f.id, findingId));
      });
    },

    async insertAction(
      values: ActionWrite & { establishmentId: string; findingId: string; createdBy: string },
    ) {
      const [row] = await db.insert(a).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    /** An action decided from one of the session's findings. */
    async findAction(focusGroupId: string, actionId: string) {
      const [row] = await db
        .select({ action: a })
        .from(a)
        .innerJoin(f, eq(f.id, a.findingId))
        .where(and(eq(f.focusGroupId, focusGroupId), eq(a.id, actionId)));
      return row?.action;
    },

    async updateAction(actionId: string, values: Partial<ActionWrite>, now: Date) {
      const [row] = await db
        .update(a)
        .set({ ...values, updatedAt: now })
        .where(eq(a.id, actionId))
        .returning();
      return row;
    },

    async deleteAction(actionId: string) {
      await db.delete(a).where(eq(a.id, actionId));
    },

    /** The codes among `codes` that are live themes (neither retired nor merged). */
    async liveThemes(codes: readonly string[]) {
      if (codes.length === 0) return new Set<string>();
      const rows = await db
        .select({ code: experienceThemes.code })
        .from(experienceThemes)
        .where(
          and(
            inArray(experienceThemes.code, [...codes]),
            isNull(experienceThemes.retiredAt),
            isNull(experienceThemes.mergedInto),
          ),
        );
      return new Set(rows.map((r) => r.code));
    },

    async allThemeCodes() {
      const rows = await db.select({ code: experienceThemes.code }).from(experienceThemes);
      return rows.map((r) => r.code);
    },

    /** Findings of the establishment's sessions carrying one of `codes` (all when undefined). */
    themedFindings(establishmentId: string, codes: string[] | undefined, limit: number) {
      return db
        .select({
          id: f.id,
          focusGroupId: f.focusGroupId,
          focusGroupTitle: experienceFocusGroups.title,
          heldOn: experienceFocusGroups.heldOn,
          text: f.text,
          themes: f.themes,
          sentiment: f.sentiment,
        })
        .from(f)
        .innerJoin(experienceFocusGroups, eq(experienceFocusGroups.id, f.focusGroupId))
        .where(
          and(
            eq(experienceFocusGroups.establishmentId, establishmentId),
            codes ? arrayOverlaps(f.themes, codes) : undefined,
          ),
        )
        .orderBy(desc(experienceFocusGroups.heldOn), asc(f.position), asc(f.id))
        .limit(limit);
    },
  };
}
export type FindingsRepository = ReturnType<typeof createFindingsRepository>;
