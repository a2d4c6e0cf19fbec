import type { ExperienceDeps, ExperiencePart } from '../experience-part';
import { createImportJob } from './imports.job';
import { createImportsRepository } from './imports.repository';
import { registerImportRoutes } from './imports.routes';
import { createImportsService } from './imports.service';

/** Imports of CSV/XLSX files: upload, column mapping, and the job that reads the file. */
export function createImportsPart(deps: ExperienceDeps): ExperiencePart {
  const repo = createImportsRepository(deps.db);
  const imports = createImportsService({
    repo,
    filesDir: deps.config.filesDir,
    audit: deps.audit,
    wakeJobs: deps.wakeJobs,
  });
  return {
    register: (app) => registerImportRoutes(app, { imports }),
    jobs: [createImportJob({ repo, filesDir: deps.config.filesDir, clock: deps.clock })],
  };
}
