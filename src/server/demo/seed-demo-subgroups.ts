import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
  communityMembers,
  communitySubgroupMembers,
  communitySubgroups,
  users,
} from '../db/schema';
import { claimSeedStep, demoCommunityId } from './seed-marker';

const SEEDED_KEY = 'demo_subgroups_seeded_at';

/** The seed's "ex : sanitaire / médico-social" sub-groups, with demo members of the community. */
export const DEMO_SUBGROUPS = [
  {
    name: 'Sanitaire',
    description: 'Établissements de santé : hôpitaux, cliniques, soins de suite.',
    members: ['qualite@demo.binome.fr', 'usager@demo.binome.fr'],
  },
  {
    name: 'Médico-social',
    description:
      'EHPAD, établissements et services pour personnes en situation de handicap, SSIAD.',
    members: ['pilote@demo.binome.fr', 'membre@demo.binome.fr'],
  },
];

/**
 * Adds the demo community's sub-groups once (own marker, so that a database seeded before
 * sub-groups existed gets them). Returns false when there is nothing to do.
 */
export async function seedDemoSubgroups(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    const communityId = await demoCommunityId(tx);
    if (!communityId) return false;
    if (!(await claimSeedStep(tx, SEEDED_KEY))) return false;
    for (const group of DEMO_SUBGROUPS) {
      const [row] = await tx
        .insert(communitySubgroups)
        .values({ communityId: communityId, name: group.name, description: group.description })
        .onConflictDoNothing()
        .returning();
      if (!row) continue;
      // Only people who are members of the community join its sub-groups.
      const people = await tx
        .select({ id: users.id })
        .from(users)
        .innerJoin(
          communityMembers,
          and(eq(communityMembers.userId, users.id), eq(communityMembers.communityId, communityId)),
        )
        .where(inArray(users.email, group.members));
      if (people.length > 0) {
        await tx
          .insert(communitySubgroupMembers)
          .values(people.map((p) => ({ subgroupId: row.id, userId: p.id })));
      }
    }
    return true;
  });
}
