import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { appMeta, communities } from '../db/schema';
import { DEMO_COMMUNITY_SLUG } from './demo-community';

/**
 * Claims a demo-data step inside its transaction: true the first time only (each step has its own
 * `app_meta` marker, so that a database seeded before the step existed gets it on its next start).
 */
export async function claimSeedStep(tx: Tx, key: string): Promise<boolean> {
  const claimed = await tx
    .insert(appMeta)
    .values({ key, value: new Date().toISOString() })
    .onConflictDoNothing()
    .returning();
  return claimed.length > 0;
}

/** The demo community's id, for the steps that add to it (undefined if it is not there). */
export async function demoCommunityId(tx: Tx): Promise<string | undefined> {
  const [community] = await tx
    .select({ id: communities.id })
    .from(communities)
    .where(eq(communities.slug, DEMO_COMMUNITY_SLUG));
  return community?.id;
}
