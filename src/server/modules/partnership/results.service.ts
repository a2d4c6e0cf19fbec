import {
  PARTNERSHIP_LEVELS,
  SECTORS,
  type PartnershipLevel,
  type Sector,
} from '../../../shared/enums';
import type { SessionUser } from '../../../shared/schemas/auth';
import {
  MIN_AGGREGATE_GROUP,
  type ResultRow,
  type Results,
  type ResultsQuery,
} from '../../../shared/schemas/partnership';
import { forbidden } from '../../lib/errors';
import { canReadResults } from './partnership-access';
import type { ResultsRepository } from './results.repository';

interface PositionRow {
  binomeId: string;
  domainId: string;
  current: string;
  target: string;
  sector: string;
}

type LevelCounts = Record<PartnershipLevel, number>;

/** 1 (information) to 4 (co-construction). */
const levelValue = (level: string) => PARTNERSHIP_LEVELS.indexOf(level as PartnershipLevel) + 1;
const round2 = (n: number) => Math.round(n * 100) / 100;

function countLevels(levels: string[]): LevelCounts {
  const counts = Object.fromEntries(PARTNERSHIP_LEVELS.map((l) => [l, 0])) as LevelCounts;
  for (const level of levels) if (level in counts) counts[level as PartnershipLevel] += 1;
  return counts;
}

const mean = (levels: string[]) =>
  round2(levels.reduce((sum, l) => sum + levelValue(l), 0) / levels.length);

/**
 * One row per domain; figures only for groups of at least MIN_AGGREGATE_GROUP binômes. `withheld`
 * counts, per domain, the positions of hidden sectors inside this group: the whole is hidden too
 * when they are 1 or 2, or the whole minus the shown sectors would give them away.
 */
function rowsOf(
  positions: PositionRow[],
  domains: { id: string; name: string }[],
  groupShown: boolean,
  withheld: (domainId: string) => number = () => 0,
): ResultRow[] {
  return domains.map((domain) => {
    const mine = positions.filter((p) => p.domainId === domain.id);
    const binomes = mine.length;
    const hiddenInside = withheld(domain.id);
    const shown =
      groupShown &&
      binomes >= MIN_AGGREGATE_GROUP &&
      (hiddenInside === 0 || hiddenInside >= MIN_AGGREGATE_GROUP);
    const current = mine.map((p) => p.current);
    const target = mine.map((p) => p.target);
    return {
      domainId: domain.id,
      domainName: domain.name,
      binomes,
      shown,
      meanCurrent: shown ? mean(current) : null,
      meanTarget: shown ? mean(target) : null,
      current: shown ? countLevels(current) : null,
      target: shown ? countLevels(target) : null,
    };
  });
}

const distinctBinomes = (positions: PositionRow[]) =>
  new Set(positions.map((p) => p.binomeId)).size;

/**
 * Aggregated partnership levels, from the positions binômes agreed on (never from individual
 * ratings), with groups too small to stay anonymous left out.
 */
export function createResultsService({ repo }: { repo: ResultsRepository }) {
  return {
    async results(actor: SessionUser, query: ResultsQuery): Promise<Results> {
      if (!canReadResults(actor)) throw forbidden();
      const [positions, allDomains, stories] = await Promise.all([
        repo.positions(query),
        repo.domains(),
        repo.stories(query),
      ]);
      const used = new Set(positions.map((p) => p.domainId));
      // Active domains, and retired ones that still have positions under the filters.
      const domains = allDomains.filter((d) => d.retiredAt === null || used.has(d.id));
      const sectors: readonly Sector[] = query.sector ? [query.sector] : SECTORS;
      const bySector = sectors.map((sector) => {
        const inSector = positions.filter((p) => p.sector === sector);
        const binomes = distinctBinomes(inSector);
        const shown = binomes >= MIN_AGGREGATE_GROUP;
        return { sector, binomes, shown, rows: rowsOf(inSector, domains, shown) };
      });
      const hiddenSectors = new Set(bySector.filter((s) => !s.shown).map((s) => s.sector));
      const withheld = (domainId: string) =>
        positions.filter((p) => p.domainId === domainId && hiddenSectors.has(p.sector as Sector))
          .length;
      return {
        minGroup: MIN_AGGREGATE_GROUP,
        binomes: distinctBinomes(positions),
        // With one sector shown, the whole would reveal the hidden ones by difference.
        rows: rowsOf(positions, domains, true, withheld),
        bySector,
        stories: stories.map((s) => ({ ...s, sector: s.sector as Sector })),
      };
    },
  };
}
export type ResultsService = ReturnType<typeof createResultsService>;
