import type { ExperienceDeps, ExperiencePart } from '../experience-part';
import { createAnalysisJob } from './analysis.job';
import { createAnalysisRepository } from './analysis.repository';
import { registerAnalysisRoutes } from './analysis.routes';
import { createCommentsRepository } from './comments.repository';
import { createCommentsService } from './comments.service';
import { createDashboardRepository } from './dashboard.repository';
import { createDashboardService } from './dashboard.service';

/**
 * Analysis and dashboards: the job that redacts and analyses comments and keeps the monthly
 * figures, the dashboards read from those figures, and the drill-down to the comments.
 */
export function createAnalysisPart(deps: ExperienceDeps): ExperiencePart {
  const dashboard = createDashboardService({
    repo: createDashboardRepository(deps.db),
    clock: deps.clock,
  });
  const comments = createCommentsService({
    repo: createCommentsRepository(deps.db),
    models: deps.models,
  });
  return {
    register(app) {
      registerAnalysisRoutes(app, { dashboard, comments, clock: deps.clock });
    },
    jobs: [createAnalysisJob(deps, createAnalysisRepository(deps.db))],
  };
}
