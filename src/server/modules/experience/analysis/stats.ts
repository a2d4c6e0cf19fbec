import type { DbOrTx } from '../../../db/client';

// The monthly figures behind the dashboards (experience_stats, experience_score_stats).
// PART OWNED BY THE DASHBOARD HELPER: implement refresh().

/** An establishment and a month ('2025-03-01') whose figures must be recomputed. */
export interface StatsKey {
  establishmentId: string;
  month: string;
}

export interface StatsRefresher {
  /** Recomputes the figures of these establishment-months from the comments (idempotent). */
  refresh(keys: readonly StatsKey[], tx?: DbOrTx): Promise<void>;
  /** Recomputes everything (after a taxonomy merge, or to repair). */
  refreshAll(): Promise<void>;
}

export function createStatsRefresher(db: DbOrTx): StatsRefresher {
  return {
    async refresh() {
      void db;
      throw new Error('not implemented yet');
    },
    async refreshAll() {
      throw new Error('not implemented yet');
    },
  };
}
