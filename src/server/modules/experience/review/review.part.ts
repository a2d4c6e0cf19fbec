import type { ExperienceDeps, ExperiencePart } from '../experience-part';
import { createModelsRepository } from './models.repository';
import { registerModelsRoutes } from './models.routes';
import { createModelsService } from './models.service';
import { createRetrainStep } from './retrain-job';
import { createReviewRepository } from './review.repository';
import { registerReviewRoutes } from './review.routes';
import { createReviewService } from './review.service';
import { createTaxonomyRepository } from './taxonomy.repository';
import { registerTaxonomyRoutes } from './taxonomy.routes';
import { createTaxonomyService } from './taxonomy.service';

/**
 * People review the analysis (themes and sentiment of a comment), the establishment's model is
 * retrained from the reviewed comments in the background, administrators edit the taxonomy.
 */
export function createReviewPart(deps: ExperienceDeps): ExperiencePart {
  const { db, audit, clock, models, stats, wakeJobs } = deps;
  const taxonomy = createTaxonomyService({
    db,
    repo: createTaxonomyRepository(db),
    audit,
    clock,
    models,
    stats,
  });
  const review = createReviewService({
    db,
    repo: createReviewRepository(db),
    clock,
    stats,
    models,
    onReviewed: () => taxonomy.forgetCounts(),
  });
  const modelsRepo = createModelsRepository(db);
  const modelsService = createModelsService({
    db,
    repo: modelsRepo,
    clock,
    stats,
    wakeJobs,
  });
  return {
    register(app) {
      registerTaxonomyRoutes(app, taxonomy);
      registerReviewRoutes(app, review);
      registerModelsRoutes(app, modelsService);
    },
    jobs: [createRetrainStep({ repo: modelsRepo, models, clock })],
  };
}
