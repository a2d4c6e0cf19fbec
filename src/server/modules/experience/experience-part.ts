import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { AuditService } from '../audit/audit.service';
import type { JobStep } from './jobs';
import type { ModelStore } from './model-store';
import type { StatsRefresher } from './analysis/stats';

/** What every part of the patient-experience module receives. */
export interface ExperienceDeps {
  db: Db;
  config: Config;
  clock: Clock;
  audit: AuditService;
  /** Tells the background jobs there is new work (an upload, a kiosk answer, a retrain…). */
  wakeJobs: () => void;
  /** The model that analyses an establishment's comments (its own once retrained). */
  models: ModelStore;
  /** Recomputes the monthly figures after comments changed (analysis, review, merge). */
  stats: StatsRefresher;
}

/** A part of the module (imports, kiosks, dashboards…): its routes and its background work. */
export interface ExperiencePart {
  register(app: FastifyInstance): void;
  /** Background work, run in turn with the other parts' (see jobs.ts). */
  jobs?: JobStep[];
}
