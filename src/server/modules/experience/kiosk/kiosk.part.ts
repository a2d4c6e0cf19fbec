import type { ExperienceDeps, ExperiencePart } from '../experience-part';
import { createKioskRepository } from './kiosk.repository';
import { registerKioskRoutes } from './kiosk.routes';
import { createKioskService } from './kiosk.service';

/**
 * Kiosks: bedside tablets that collect easy-to-read answers without an account. Answers become
 * comments waiting for analysis; the analysis part's job redacts and analyses them.
 */
export function createKioskPart(deps: ExperienceDeps): ExperiencePart {
  const kiosks = createKioskService({
    db: deps.db,
    repo: createKioskRepository(deps.db),
    audit: deps.audit,
    clock: deps.clock,
    wakeJobs: deps.wakeJobs,
  });
  return { register: (app) => registerKioskRoutes(app, { kiosks }) };
}
