import type { SessionUser } from '../../../../shared/schemas/auth';
import type { Theme, ThemeCreate, ThemeUpdate } from '../../../../shared/schemas/experience';
import type { Db } from '../../../db/client';
import type { Clock } from '../../../lib/clock';
import { AppError, conflict, forbidden, notFound } from '../../../lib/errors';
import type { AuditService } from '../../audit/audit.service';
import { canEditTaxonomy } from '../experience-access';
import type { ModelStore } from '../model-store';
import type { StatsRefresher } from '../analysis/stats';
import type { TaxonomyRepository, ThemeCount, ThemeRow } from './taxonomy.repository';

/**
 * The counts are one pass over every comment (0.6 s for a million on PostgreSQL) while every
 * page of the module reads the taxonomy for its labels: they are kept this long, and dropped at
 * once by this process's own edits and reviews. The analysis job's new comments show up later.
 */
const COUNTS_TTL_MS = 30_000;

const toTheme = (row: ThemeRow, count: ThemeCount | undefined): Theme => ({
  code: row.code,
  labelFr: row.labelFr,
  labelEn: row.labelEn,
  description: row.description,
  position: row.position,
  retiredAt: row.retiredAt?.toISOString() ?? null,
  mergedInto: row.mergedInto,
  comments: count?.comments ?? 0,
  reviewed: count?.reviewed ?? 0,
});

/**
 * The platform's taxonomy of themes: everyone signed in reads it, administrators edit it.
 * Codes never change (comments store them): renaming changes labels, merging moves every use
 * of a code to another theme and retires it, retiring stops offering and predicting a theme.
 */
export function createTaxonomyService({
  db,
  repo,
  audit,
  clock,
  models,
  stats,
}: {
  db: Db;
  repo: TaxonomyRepository;
  audit: AuditService;
  clock: Clock;
  models: ModelStore;
  stats: StatsRefresher;
}) {
  let counts: { at: number; value: Promise<Map<string, ThemeCount>> } | null = null;

  function currentCounts() {
    const now = clock.now().getTime();
    if (!counts || now - counts.at > COUNTS_TTL_MS) {
      const value = repo.counts().then((rows) => new Map(rows.map((r) => [r.code, r])));
      counts = { at: now, value };
      value.catch(() => (counts = null));
    }
    return counts.value;
  }

  function requireEditor(actor: SessionUser) {
    if (!canEditTaxonomy(actor)) throw forbidden();
  }

  async function existing(code: string) {
    const row = await repo.find(code);
    if (!row) throw notFound();
    return row;
  }

  async function get(code: string): Promise<Theme> {
    const row = await existing(code);
    return toTheme(row, (await currentCounts()).get(code));
  }

  async function record(
    actor: SessionUser,
    action: 'create' | 'update' | 'retire' | 'merge',
    code: string,
    details: Record<string, unknown> = {},
  ) {
    await audit.record({
      action: `experience.theme_${action}`,
      actorId: actor.id,
      targetType: 'experience_theme',
      targetId: code,
      details,
    });
  }

  return {
    /** Every theme, retired ones included (old comments still carry them), in order. */
    async list(): Promise<Theme[]> {
      const [rows, byCode] = await Promise.all([repo.list(), currentCounts()]);
      return rows.map((row) => toTheme(row, byCode.get(row.code)));
    },

    /** Comments and reviews changed: the counts are read again at the next request. */
    forgetCounts() {
      counts = null;
    },

    /** A new theme, offered at once in reviews; the model learns it from reviewed comments. */
    async create(actor: SessionUser, input: Required<ThemeCreate>): Promise<Theme> {
      requireEditor(actor);
      const position = await repo.nextPosition();
      const inserted = await repo.insert({ ...input, position });
      if (!inserted)
        throw conflict('themeCodeTaken', [{ path: 'code', key: 'problem.themeCodeTaken' }]);
      await record(actor, 'create', input.code);
      return get(input.code);
    },

    async update(actor: SessionUser, code: string, input: ThemeUpdate): Promise<Theme> {
      requireEditor(actor);
      await existing(code);
      await repo.update(code, {
        labelFr: input.labelFr,
        labelEn: input.labelEn,
        description: input.description ?? '',
        ...(input.position === undefined ? {} : { position: Number(input.position) }),
      });
      await record(actor, 'update', code);
      return get(code);
    },

    /**
     * A retired theme stays on the comments that carry it but is no longer offered nor
     * predicted (the model store drops it). A merged theme cannot come back: its comments
     * now carry the other theme.
     */
    async setRetired(actor: SessionUser, code: string, retired: boolean): Promise<Theme> {
      requireEditor(actor);
      const row = await existing(code);
      if (!retired && row.mergedInto) throw conflict('themeMerged');
      if (retired !== (row.retiredAt !== null)) {
        await repo.update(code, { retiredAt: retired ? clock.now() : null });
        await record(actor, 'retire', code, { retired });
        models.invalidate();
      }
      return get(code);
    },

    /** `code` disappears into `into`, everywhere it was used; cannot be undone. */
    async merge(actor: SessionUser, code: string, into: string): Promise<Theme> {
      requireEditor(actor);
      const row = await existing(code);
      if (row.mergedInto) throw conflict('themeMerged');
      const target = await repo.find(into);
      if (!target || target.retiredAt || target.code === code) {
        throw new AppError(400, 'themeMergeTarget', {}, [
          { path: 'into', key: 'problem.themeMergeTarget' },
        ]);
      }
      const comments = await db.transaction(async (tx) => {
        const changed = await repo.reassign(code, into, tx);
        await repo.update(code, { retiredAt: row.retiredAt ?? clock.now(), mergedInto: into }, tx);
        return changed;
      });
      await record(actor, 'merge', code, { into, comments });
      counts = null;
      models.invalidate();
      await stats.refreshAll();
      return get(code);
    },
  };
}
export type TaxonomyService = ReturnType<typeof createTaxonomyService>;
