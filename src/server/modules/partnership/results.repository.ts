import { and, asc, count, countDistinct, desc, eq, type SQL } from 'drizzle-orm';
import type { ResultsQuery } from '../../../shared/schemas/partnership';
import type { Db } from '../../db/client';
import {
  establishments,
  partnershipBinomes,
  partnershipDomains,
  partnershipPositions,
  partnershipStories,
  partnershipWorkshops,
} from '../../db/schema';

const b = partnershipBinomes;

function filtersOf(query: ResultsQuery): SQL | undefined {
  return and(
    query.workshopId ? eq(b.workshopId, query.workshopId) : undefined,
    query.sector ? eq(establishments.sector, query.sector) : undefined,
    query.region ? eq(establishments.region, query.region) : undefined,
  );
}

/** What the aggregated results read: agreed positions and stories, never individual ratings. */
export function createResultsRepository(db: Db) {
  return {
    /** Agreed positions counted per domain, sector and pair of levels. */
    positionGroups(query: ResultsQuery) {
      const p = partnershipPositions;
      return db
        .select({
          domainId: p.domainId,
          sector: establishments.sector,
          current: p.currentLevel,
          target: p.targetLevel,
          binomes: count(),
        })
        .from(p)
        .innerJoin(b, eq(b.id, p.binomeId))
        .innerJoin(establishments, eq(establishments.id, b.establishmentId))
        .where(filtersOf(query))
        .groupBy(p.domainId, establishments.sector, p.currentLevel, p.targetLevel);
    },

    /** Binômes with at least one agreed position, per sector. */
    binomesBySector(query: ResultsQuery) {
      return db
        .select({
          sector: establishments.sector,
          binomes: countDistinct(partnershipPositions.binomeId),
        })
        .from(partnershipPositions)
        .innerJoin(b, eq(b.id, partnershipPositions.binomeId))
        .innerJoin(establishments, eq(establishments.id, b.establishmentId))
        .where(filtersOf(query))
        .groupBy(establishments.sector);
    },

    domains() {
      return db
        .select({
          id: partnershipDomains.id,
          name: partnershipDomains.name,
          retiredAt: partnershipDomains.retiredAt,
        })
        .from(partnershipDomains)
        .orderBy(
          asc(partnershipDomains.position),
          asc(partnershipDomains.name),
          asc(partnershipDomains.id),
        );
    },

    /** How many stories the binômes under the filters told. */
    async storyCount(query: ResultsQuery) {
      const [row] = await db
        .select({ n: count() })
        .from(partnershipStories)
        .innerJoin(b, eq(b.id, partnershipStories.binomeId))
        .innerJoin(establishments, eq(establishments.id, b.establishmentId))
        .where(filtersOf(query));
      return row?.n ?? 0;
    },

    /** The latest stories of the binômes under the filters: establishment named, author never. */
    stories(query: ResultsQuery, limit: number) {
      return db
        .select({
          id: partnershipStories.id,
          title: partnershipStories.title,
          story: partnershipStories.story,
          domainName: partnershipDomains.name,
          establishmentName: establishments.name,
          sector: establishments.sector,
          workshopTitle: partnershipWorkshops.title,
        })
        .from(partnershipStories)
        .innerJoin(b, eq(b.id, partnershipStories.binomeId))
        .innerJoin(establishments, eq(establishments.id, b.establishmentId))
        .innerJoin(partnershipWorkshops, eq(partnershipWorkshops.id, b.workshopId))
        .leftJoin(partnershipDomains, eq(partnershipDomains.id, partnershipStories.domainId))
        .where(filtersOf(query))
        .orderBy(
          desc(partnershipWorkshops.startsAt),
          asc(establishments.name),
          asc(partnershipStories.createdAt),
          asc(partnershipStories.id),
        )
        .limit(limit);
    },
  };
}
export type ResultsRepository = ReturnType<typeof createResultsRepository>;
