import { and, eq } from 'drizzle-orm';
import type { ResourceValues } from '../../../shared/schemas/communities';
import type { Db } from '../../db/client';
import { communityResources } from '../../db/schema';

export type ResourceRow = typeof communityResources.$inferSelect;

/** Writes of the "pour aller plus loin" resources; reads live in the communities repository. */
export function createResourcesRepository(db: Db) {
  return {
    async insert(communityId: string, values: ResourceValues): Promise<ResourceRow> {
      const [row] = await db
        .insert(communityResources)
        .values({ ...values, communityId })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async update(id: string, values: ResourceValues): Promise<ResourceRow | undefined> {
      const [row] = await db
        .update(communityResources)
        .set(values)
        .where(eq(communityResources.id, id))
        .returning();
      return row;
    },

    async delete(communityId: string, id: string) {
      await db
        .delete(communityResources)
        .where(and(eq(communityResources.communityId, communityId), eq(communityResources.id, id)));
    },
  };
}
export type ResourcesRepository = ReturnType<typeof createResourcesRepository>;
