import type { SessionUser } from '../../../../shared/schemas/auth';
import {
  MIN_GROUP_SIZE,
  MIN_REGION_ESTABLISHMENTS,
  type Dashboard,
  type DashboardQuery,
} from '../../../../shared/schemas/experience';
import { fieldProblem, forbidden, notFound } from '../../../lib/errors';
import type { Clock } from '../../../lib/clock';
import { canReadEstablishment, canReadRegion } from '../experience-access';
import { scoresOf, SENTIMENTS, shareOf, Tally, topThemes } from './dashboard-figures';
import type {
  DashboardRepository,
  DashboardScope,
  FigureRow,
  MonthRange,
} from './dashboard.repository';
import { addMonths, monthCount, monthOf, monthsBetween } from './months';

// The dashboard of an establishment (or of a region, or of the whole platform), computed from the
// monthly figures. Minimum group sizes keep people from being recognised: a scope, a service,
// a region comparison or a score with fewer than MIN_GROUP_SIZE comments (or answers) shows no
// figure.

/** The longest period a dashboard covers (5 years). */
export const MAX_PERIOD_MONTHS = 60;
const DEFAULT_PERIOD_MONTHS = 12;

export function createDashboardService({
  repo,
  clock,
}: {
  repo: DashboardRepository;
  clock: Clock;
}) {
  /** The establishment, region or platform the reader asked for and may see. */
  async function scopeOf(actor: SessionUser, query: DashboardQuery) {
    if (query.establishmentId) {
      if (!canReadEstablishment(actor, query.establishmentId)) throw forbidden();
      const establishment = await repo.establishment(query.establishmentId);
      if (!establishment) throw notFound();
      return {
        scope: { kind: 'establishment', establishmentId: query.establishmentId } as const,
        name: establishment.name,
        region: establishment.region,
      };
    }
    if (!canReadRegion(actor)) throw forbidden();
    if (actor.platformRole !== 'member') {
      return { scope: { kind: 'platform' } as const, name: null, region: null };
    }
    const first = await repo.establishment(actor.establishments[0]!.id);
    if (!first) throw notFound();
    return {
      scope: { kind: 'region', region: first.region } as const,
      name: null,
      region: first.region,
    };
  }

  async function periodOf(query: DashboardQuery, scope: DashboardScope): Promise<MonthRange> {
    let { from, to } = query;
    if (!from && !to) to = (await repo.latestMonth(scope)) ?? monthOf(clock.now());
    from ??= addMonths(to!, 1 - DEFAULT_PERIOD_MONTHS);
    to ??= addMonths(from, DEFAULT_PERIOD_MONTHS - 1);
    if (from > to) throw fieldProblem('to', 'experience.periodOrder');
    if (monthCount(from, to) > MAX_PERIOD_MONTHS)
      throw fieldProblem('from', 'experience.periodTooLong');
    return { from, to };
  }

  /** The region's totals when there are enough establishments and comments to show them. */
  async function regionOf(region: string | null, service: string, period: MonthRange) {
    if (region === null) return null;
    const scope: DashboardScope = { kind: 'region', region };
    const [establishments, rows] = await Promise.all([
      repo.establishmentsWithComments(scope, service, period),
      repo.totals(scope, service, period),
    ]);
    const tally = new Tally(rows);
    if (establishments < MIN_REGION_ESTABLISHMENTS || tally.total < MIN_GROUP_SIZE) return null;
    return { name: region, establishments, tally };
  }

  return {
    async dashboard(actor: SessionUser, query: DashboardQuery): Promise<Dashboard> {
      const { scope, name, region } = await scopeOf(actor, query);
      const period = await periodOf(query, scope);
      const length = monthCount(period.from, period.to);
      const previous = { from: addMonths(period.from, -length), to: addMonths(period.from, -1) };
      const service = query.service ?? '*';
      const [rows, serviceRows, scoreRows, pending, regional] = await Promise.all([
        repo.figures(scope, service, { from: previous.from, to: period.to }),
        repo.services(scope, period),
        repo.scores(scope, service, previous, period),
        repo.pending(scope, query.service ?? null),
        scope.kind === 'establishment' ? regionOf(region, service, period) : null,
      ]);
      const current = new Tally(rows.filter((r) => r.month >= period.from));
      const before = new Tally(rows.filter((r) => r.month < period.from));
      const comments = current.total;
      const previousComments = before.total;
      const suppressed = comments < MIN_GROUP_SIZE;

      const shown = serviceRows
        .filter((s) => s.comments >= MIN_GROUP_SIZE)
        .sort((a, b) => b.comments - a.comments || a.service.localeCompare(b.service, 'fr'));
      const otherServices = serviceRows
        .filter((s) => s.comments < MIN_GROUP_SIZE)
        .reduce((sum, s) => sum + s.comments, 0);

      const base: Dashboard = {
        scope: {
          establishmentId: query.establishmentId ?? null,
          establishmentName: name,
          service: query.service ?? null,
          region,
        },
        period,
        previousPeriod: previous,
        comments,
        previousComments,
        pending,
        suppressed,
        sentiments: [],
        themes: [],
        months: [],
        topPositive: [],
        topNegative: [],
        services: shown,
        otherServices,
        scores: [],
        region: null,
      };
      if (suppressed) return base;

      const regionShare = (theme: string, sentiment?: string) =>
        regional ? regional.tally.count(theme, sentiment) / regional.tally.total : null;
      const themeCodes = [...new Set([...current.themes(), ...before.themes()])];
      const byMonth = new Map<string, FigureRow[]>();
      for (const row of rows) byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), row]);

      return {
        ...base,
        sentiments: SENTIMENTS.map((sentiment) => ({
          sentiment,
          comments: current.count('*', sentiment),
          share: current.count('*', sentiment) / comments,
          previousShare: shareOf(before.count('*', sentiment), previousComments),
          regionShare: regionShare('*', sentiment),
        })),
        themes: themeCodes
          .map((code) => ({
            code,
            comments: current.count(code),
            share: current.count(code) / comments,
            bySentiment: current.bySentiment(code),
            previousShare: shareOf(before.count(code), previousComments),
            regionShare: regionShare(code),
          }))
          .sort((a, b) => b.comments - a.comments || a.code.localeCompare(b.code)),
        months: monthsBetween(period.from, period.to).map((month) => {
          const tally = new Tally(byMonth.get(month) ?? []);
          return { month, comments: tally.total, bySentiment: tally.bySentiment('*') };
        }),
        topPositive: topThemes(current, 'positif'),
        topNegative: topThemes(current, 'negatif'),
        scores: scoresOf(scoreRows),
        region: regional
          ? {
              name: regional.name,
              establishments: regional.establishments,
              comments: regional.tally.total,
            }
          : null,
      };
    },
  };
}
export type DashboardService = ReturnType<typeof createDashboardService>;
