import type { SessionUser } from '../../../../shared/schemas/auth';
import {
  MIN_CORRECTIONS_TO_RETRAIN,
  type ExperienceModel,
  type ModelsOverview,
} from '../../../../shared/schemas/experience';
import type { Db } from '../../../db/client';
import type { Clock } from '../../../lib/clock';
import { AppError, conflict, forbidden, notFound } from '../../../lib/errors';
import type { StatsRefresher } from '../analysis/stats';
import { canManageEstablishment } from '../experience-access';
import type { ModelsRepository } from './models.repository';

type ModelRow = Awaited<ReturnType<ModelsRepository['list']>>[number];

const toModel = (row: ModelRow, activeId: string | null): ExperienceModel => ({
  id: row.id,
  establishmentId: row.establishmentId,
  status: row.status as ExperienceModel['status'],
  corrections: row.corrections,
  report: row.report,
  error: row.error,
  active: row.id === activeId,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

/** The model in use: the ready one finished last (as the model store chooses it). */
function activeIdOf(rows: readonly ModelRow[]): string | null {
  let best: ModelRow | null = null;
  for (const row of rows) {
    if (row.status !== 'ready' || !row.finishedAt) continue;
    if (!best || row.finishedAt > best.finishedAt!) best = row;
  }
  return best?.id ?? null;
}

/**
 * An establishment's models: its quality managers (and administrators) ask for a retrain, which
 * the background job runs; the page follows it and shows the quality before and after.
 */
export function createModelsService({
  db,
  repo,
  clock,
  stats,
  wakeJobs,
}: {
  db: Db;
  repo: ModelsRepository;
  clock: Clock;
  stats: StatsRefresher;
  wakeJobs: () => void;
}) {
  function requireManager(actor: SessionUser, establishmentId: string) {
    if (!canManageEstablishment(actor, establishmentId)) throw forbidden();
  }

  async function models(establishmentId: string) {
    const rows = await repo.list(establishmentId);
    const activeId = activeIdOf(rows);
    return rows.map((row) => toModel(row, activeId));
  }

  return {
    async overview(actor: SessionUser, establishmentId: string): Promise<ModelsOverview> {
      requireManager(actor, establishmentId);
      const [corrections, list] = await Promise.all([
        repo.reviewedCount(establishmentId),
        models(establishmentId),
      ]);
      return { corrections, minCorrections: MIN_CORRECTIONS_TO_RETRAIN, models: list };
    },

    /** Queues a retrain; one at a time per establishment, and only with enough reviews. */
    async retrain(actor: SessionUser, establishmentId: string): Promise<ExperienceModel> {
      requireManager(actor, establishmentId);
      const id = await db.transaction(async (tx) => {
        if (!(await repo.lockEstablishment(establishmentId, tx))) throw notFound();
        if (await repo.running(establishmentId, tx)) throw conflict('retrainRunning');
        const corrections = await repo.reviewedCount(establishmentId, tx);
        if (corrections < MIN_CORRECTIONS_TO_RETRAIN) {
          throw new AppError(400, 'notEnoughCorrections', { min: MIN_CORRECTIONS_TO_RETRAIN });
        }
        return repo.insert(
          { establishmentId, corrections, createdBy: actor.id, createdAt: clock.now() },
          tx,
        );
      });
      wakeJobs();
      const created = (await models(establishmentId)).find((model) => model.id === id);
      if (!created) throw notFound();
      return created;
    },

    /**
     * Sends the establishment's unreviewed comments back to the analysis job, which will use the
     * model now in use (reviewed comments keep what people chose).
     */
    async reanalyse(actor: SessionUser, modelId: string): Promise<{ comments: number }> {
      const model = await repo.find(modelId);
      if (!model || !canManageEstablishment(actor, model.establishmentId)) throw notFound();
      const active = activeIdOf(await repo.list(model.establishmentId));
      if (active !== model.id) throw conflict('modelNotActive');
      const comments = await db.transaction(async (tx) => {
        const requeued = await repo.requeueUnreviewed(model.establishmentId, tx);
        // Pending comments are not counted: the figures drop them until they are analysed again.
        const months = [...new Set(requeued.map((row) => row.month))];
        await stats.refresh(
          months.map((month) => ({ establishmentId: model.establishmentId, month })),
          tx,
        );
        return requeued.length;
      });
      wakeJobs();
      return { comments };
    },
  };
}
export type ModelsService = ReturnType<typeof createModelsService>;
