import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
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
    positions(query: ResultsQuery) {
      return db
        .select({
          binomeId: partnershipPositions.binomeId,
          domainId: partnershipPositions.domainId,
          current: partnershipPositions.currentLevel,
          target: partnershipPositions.targetLevel,
          sector: establishments.sector,
        })
        .from(partnershipPositions)
        .innerJoin(b, eq(b.id, partnershipPositions.binomeId))
        .innerJoin(establishments, eq(establishments.id, b.establishmentId))
        .where(filtersOf(query));
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

    /** Stories of the binômes under the filters: establishment named, author never. */
    stories(query: ResultsQuery) {
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
        );
    },
  };
}
export type ResultsRepository = ReturnType<typeof createResultsRepository>;
