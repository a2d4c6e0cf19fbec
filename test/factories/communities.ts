import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/server/db/client';
import { communityMembers } from '../../src/server/db/schema';
import { createCommunitiesRepository } from '../../src/server/modules/communities/communities.repository';

/** A community piloted by `pilotId`, with the given members; a fresh slug at each call. */
export async function makeCommunity(
  database: Database,
  {
    pilotId,
    memberIds = [],
    isPublic = true,
  }: { pilotId: string; memberIds?: string[]; isPublic?: boolean },
) {
  const slug = `communaute-${randomBytes(4).toString('hex')}`;
  const row = await createCommunitiesRepository(database.db).insert(
    { slug, title: `Communauté ${slug}`, isPublic },
    pilotId,
  );
  if (memberIds.length > 0) {
    await database.db
      .insert(communityMembers)
      .values(memberIds.map((userId) => ({ communityId: row.id, userId, role: 'member' })));
  }
  return row;
}
