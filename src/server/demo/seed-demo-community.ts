import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
  communities,
  communityMeetings,
  communityMembers,
  communityPosts,
  communityResources,
  communityThreads,
  users,
} from '../db/schema';
import { parisTime } from '../lib/paris-time';
import { DEMO_COMMUNITY, DEMO_MEETINGS, DEMO_RESOURCES, DEMO_THREADS } from './demo-community';
import { claimSeedStep } from './seed-marker';

const SEEDED_KEY = 'demo_community_seeded_at';
const PILOT = 'pilote@demo.binome.fr';
const MEMBERS = ['qualite@demo.binome.fr', 'usager@demo.binome.fr', 'membre@demo.binome.fr'];

/**
 * Adds the demo community once (its own marker, so that a database seeded before communities
 * existed gets it on its next start). Returns false when it was already there.
 */
export async function seedDemoCommunity(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await claimSeedStep(tx, SEEDED_KEY))) return false;
    const [community] = await tx.insert(communities).values(DEMO_COMMUNITY).returning();
    if (!community) throw new Error('insert returned no row');
    const people = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, [PILOT, ...MEMBERS]));
    if (people.length > 0) {
      await tx.insert(communityMembers).values(
        people.map((p) => ({
          communityId: community.id,
          userId: p.id,
          role: p.email === PILOT ? 'pilot' : 'member',
        })),
      );
    }
    await tx.insert(communityMeetings).values(
      DEMO_MEETINGS.map((m) => ({
        communityId: community.id,
        title: 'Réunion de la communauté',
        startsAt: parisTime(m.date, m.start),
        endsAt: parisTime(m.date, m.end),
        mode: m.mode,
        link: m.mode === 'visio' ? 'https://visio.example.org/binome-communaute' : null,
      })),
    );
    const idOf = new Map(people.map((p) => [p.email, p.id]));
    for (const [index, thread] of DEMO_THREADS.entries()) {
      // Spaced by a day so that the "latest activity" order is stable.
      const day = new Date(Date.UTC(2021, 9, 1 + index * 7));
      const [row] = await tx
        .insert(communityThreads)
        .values({
          communityId: community.id,
          authorId: idOf.get(thread.author) ?? null,
          title: thread.title,
          body: thread.body,
          createdAt: day,
          lastActivityAt: new Date(day.getTime() + thread.replies.length * 3_600_000),
        })
        .returning();
      if (!row) continue;
      const posts = await tx
        .insert(communityPosts)
        .values(
          thread.replies.map((r, i) => ({
            threadId: row.id,
            authorId: idOf.get(r.author) ?? null,
            body: r.body,
            createdAt: new Date(day.getTime() + (i + 1) * 3_600_000),
          })),
        )
        .returning({ id: communityPosts.id });
      if (thread.synthesis !== null) {
        await tx
          .update(communityThreads)
          .set({ synthesisPostId: posts[thread.synthesis]?.id ?? null })
          .where(eq(communityThreads.id, row.id));
      }
    }
    await tx
      .insert(communityResources)
      .values(DEMO_RESOURCES.map((r, position) => ({ ...r, communityId: community.id, position })));
    return true;
  });
}
