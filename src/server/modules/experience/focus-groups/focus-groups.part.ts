import type { ExperienceDeps, ExperiencePart } from '../experience-part';
import { registerFindingRoutes } from './findings.routes';
import { createFindingsRepository } from './findings.repository';
import { createFindingsService } from './findings.service';
import { createFocusGroupAccess } from './focus-groups-access';
import { createFocusGroupsRepository } from './focus-groups.repository';
import { registerFocusGroupRoutes } from './focus-groups.routes';
import { createFocusGroupsService } from './focus-groups.service';
import { createLlmClient } from './llm-client';
import { createSummaryRepository } from './summary.repository';
import { registerSummaryRoutes } from './summary.routes';
import { createSummaryService } from './summary.service';

/**
 * Focus groups (sessions, findings tagged with the taxonomy, actions) and the optional
 * language-model summary of comments. No background work.
 */
export function createFocusGroupsPart({
  db,
  config,
  clock,
  audit,
  models,
}: ExperienceDeps): ExperiencePart {
  const repo = createFocusGroupsRepository(db);
  const findingsRepo = createFindingsRepository(db);
  const access = createFocusGroupAccess(repo);
  const groups = createFocusGroupsService({ repo, findings: findingsRepo, access, audit, clock });
  const findings = createFindingsService({ repo: findingsRepo, access, models, clock });
  return {
    register(app) {
      const summaries = createSummaryService({
        repo: createSummaryRepository(db),
        llm: config.llm ? createLlmClient(config.llm) : null,
        // The reason only (status, timeout): never the comments nor the remote answer.
        onLlmError: (reason) => app.log.warn({ reason }, 'language model summary failed'),
      });
      registerFocusGroupRoutes(app, { groups });
      registerFindingRoutes(app, { findings });
      registerSummaryRoutes(app, { summaries });
    },
  };
}
