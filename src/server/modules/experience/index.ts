import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { AuditService } from '../audit/audit.service';
import { createAnalysisPart } from './analysis/analysis.part';
import { createStatsRefresher } from './analysis/stats';
import type { ExperienceDeps } from './experience-part';
import { createFocusGroupsPart } from './focus-groups/focus-groups.part';
import { createImportsPart } from './imports/imports.part';
import { createJobRunner, type JobRunner } from './jobs';
import { createKioskPart } from './kiosk/kiosk.part';
import { createModelStore } from './model-store';
import { createReviewPart } from './review/review.part';

/**
 * The patient-experience module (issue 5): imports and kiosks bring comments in, the analysis
 * job redacts and analyses them and keeps the monthly figures, dashboards and the drill-down read
 * them, people review the analysis (which retrains the establishment's model), focus groups add
 * findings. The parts share the database, the job runner, the model store and the figures.
 */
export function wireExperience(base: {
  db: Db;
  config: Config;
  clock: Clock;
  audit: AuditService;
  onJobError?: (error: unknown) => void;
}): { jobs: JobRunner; register(app: FastifyInstance): void } {
  let jobs: JobRunner | null = null;
  const deps: ExperienceDeps = {
    ...base,
    wakeJobs: () => jobs?.wake(),
    models: createModelStore(base.db),
    stats: createStatsRefresher(base.db),
  };
  // Order matters for the runner: files become comments, comments get analysed, then models.
  const parts = [
    createImportsPart(deps),
    createKioskPart(deps),
    createAnalysisPart(deps),
    createReviewPart(deps),
    createFocusGroupsPart(deps),
  ];
  jobs = createJobRunner(
    parts.flatMap((p) => p.jobs ?? []),
    { onError: base.onJobError },
  );
  if (base.config.backgroundJobs) jobs.start();
  return {
    jobs,
    register(app) {
      for (const part of parts) part.register(app);
    },
  };
}
