import {
  PARTNERSHIP_LEVELS,
  SECTORS,
  type PartnershipLevel,
  type Sector,
} from '../../../shared/enums';
import { levelScore } from '../../../shared/partnership-levels';
import type { SessionUser } from '../../../shared/schemas/auth';
import {
  MIN_AGGREGATE_GROUP,
  RESULT_STORIES,
  type ResultRow,
  type Results,
  type ResultsQuery,
} from '../../../shared/schemas/partnership';
import { forbidden } from '../../lib/errors';
import { canReadResults } from './partnership-access';
import type { ResultsRepository } from './results.repository';

/** How many binômes agreed `current` → `target` for a domain, in a sector. */
interface PositionGroup {
  domainId: string;
  sector: string;
  current: string;
  target: string;
  binomes: number;
}

type LevelCounts = Record<PartnershipLevel, number>;

const round2 = (n: number) => Math.round(n * 100) / 100;
const sum = (groups: PositionGroup[]) => groups.reduce((total, g) => total + g.binomes, 0);

function countLevels(groups: PositionGroup[], which: 'current' | 'target'): LevelCounts {
  const counts = Object.fromEntries(PARTNERSHIP_LEVELS.map((l) => [l, 0])) as LevelCounts;
  for (const g of groups) if (g[which] in counts) counts[g[which] as PartnershipLevel] += g.binomes;
  return counts;
}

const mean = (groups: PositionGroup[], which: 'current' | 'target') =>
  round2(
    groups.reduce((total, g) => total + g.binomes * levelScore(g[which] as PartnershipLevel), 0) /
      sum(groups),
  );

/**
 * One row per domain; figures only for groups of at least MIN_AGGREGATE_GROUP binômes. `withheld`
 * counts, per domain, the positions of hidden sectors inside this group: the whole is hidden too
 * when they are 1 or 2, or the whole minus the shown sectors would give them away.
 */
function rowsOf(
  groups: PositionGroup[],
  domains: { id: string; name: string }[],
  groupShown: boolean,
  withheld: (domainId: string) => number = () => 0,
): ResultRow[] {
  return domains.map((domain) => {
    const mine = groups.filter((g) => g.domainId === domain.id);
    const binomes = sum(mine);
    const hiddenInside = withheld(domain.id);
    const shown =
      groupShown &&
      binomes >= MIN_AGGREGATE_GROUP &&
      (hiddenInside === 0 || hiddenInside >= MIN_AGGREGATE_GROUP);
    return {
      domainId: domain.id,
      domainName: domain.name,
      binomes,
      shown,
      meanCurrent: shown ? mean(mine, 'current') : null,
      meanTarget: shown ? mean(mine, 'target') : null,
      current: shown ? countLevels(mine, 'current') : null,
      target: shown ? countLevels(mine, 'target') : null,
    };
  });
}

/**
 * Aggregated partnership levels, from the positions binômes agreed on (never from individual
 * ratings), with groups too small to stay anonymous left out. The database groups and counts;
 * only a few hundred grouped rows reach this code, whatever the number of binômes.
 */
export function createResultsService({ repo }: { repo: ResultsRepository }) {
  return {
    async results(actor: SessionUser, query: ResultsQuery): Promise<Results> {
      if (!canReadResults(actor)) throw forbidden();
      const [groups, binomesBySector, allDomains, stories, storiesTotal] = await Promise.all([
        repo.positionGroups(query),
        repo.binomesBySector(query),
        repo.domains(),
        repo.stories(query, RESULT_STORIES),
        repo.storyCount(query),
      ]);
      const used = new Set(groups.map((g) => g.domainId));
      // Active domains, and retired ones that still have positions under the filters.
      const domains = allDomains.filter((d) => d.retiredAt === null || used.has(d.id));
      const sectors: readonly Sector[] = query.sector ? [query.sector] : SECTORS;
      const bySector = sectors.map((sector) => {
        const binomes = binomesBySector.find((row) => row.sector === sector)?.binomes ?? 0;
        const shown = binomes >= MIN_AGGREGATE_GROUP;
        const inSector = groups.filter((g) => g.sector === sector);
        return { sector, binomes, shown, rows: rowsOf(inSector, domains, shown) };
      });
      const hiddenSectors = new Set<string>(bySector.filter((s) => !s.shown).map((s) => s.sector));
      const withheld = (domainId: string) =>
        sum(groups.filter((g) => g.domainId === domainId && hiddenSectors.has(g.sector)));
      return {
        minGroup: MIN_AGGREGATE_GROUP,
        // A binôme belongs to one establishment, hence to one sector.
        binomes: binomesBySector.reduce((total, row) => total + row.binomes, 0),
        // With one sector shown, the whole would reveal the hidden ones by difference.
        rows: rowsOf(groups, domains, true, withheld),
        bySector,
        storiesTotal,
        stories: stories.map((s) => ({ ...s, sector: s.sector as Sector })),
      };
    },
  };
}
export type ResultsService = ReturnType<typeof createResultsService>;
