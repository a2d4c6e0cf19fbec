import { randomBytes } from 'node:crypto';
import type { SessionUser } from '../../../../shared/schemas/auth';
import {
  KIOSK_QUESTIONS,
  kioskScoreKey,
  type Kiosk,
  type KioskPublic,
  type kioskAnswerSchema,
  type kioskInputSchema,
} from '../../../../shared/schemas/experience/kiosk';
import type { z } from 'zod';
import type { Db } from '../../../db/client';
import type { Clock } from '../../../lib/clock';
import { AppError, forbidden, notFound } from '../../../lib/errors';
import type { AuditService } from '../../audit/audit.service';
import { canManageEstablishment } from '../experience-access';
import type { KioskRepository, KioskRow } from './kiosk.repository';

/** How far from the server's clock a tablet's answer date may be (its clock may drift). */
const MAX_AHEAD_MS = 24 * 3600_000;
/** A tablet offline for longer than this has answers too old to belong to the figures. */
const MAX_AGE_MS = 90 * 24 * 3600_000;

/** A new secret for a kiosk's address: 24 random bytes, URL-safe (32 characters). */
export const newKioskToken = () => randomBytes(24).toString('base64url');

const parisDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of an instant in Europe/Paris, as 'YYYY-MM-DD'. */
export function parisDate(at: Date): string {
  const parts = Object.fromEntries(parisDay.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const toKiosk = (row: KioskRow, counts: { answers: number; lastAnswerAt: Date | null }): Kiosk => ({
  id: row.id,
  establishmentId: row.establishmentId,
  name: row.name,
  service: row.service,
  token: row.kioskToken ?? '',
  answers: counts.answers,
  lastAnswerAt: counts.lastAnswerAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

const answerProblem = (path: string, key: string) =>
  new AppError(400, 'validation', {}, [{ path, key }]);

export function createKioskService({
  db,
  repo,
  audit,
  clock,
  wakeJobs,
}: {
  db: Db;
  repo: KioskRepository;
  audit: AuditService;
  clock: Clock;
  wakeJobs: () => void;
}) {
  function requireManager(actor: SessionUser, establishmentId: string) {
    if (!canManageEstablishment(actor, establishmentId)) throw forbidden();
  }

  /** A kiosk in service that the actor manages (404 when it is unknown or retired). */
  async function manageable(actor: SessionUser, id: string) {
    const row = await repo.findActive(id);
    if (!row) throw notFound();
    requireManager(actor, row.establishmentId);
    return row;
  }

  return {
    async list(actor: SessionUser, establishmentId: string): Promise<Kiosk[]> {
      requireManager(actor, establishmentId);
      const rows = await repo.list(establishmentId);
      return rows.map((row) => toKiosk(row, row));
    },

    async create(actor: SessionUser, input: z.output<typeof kioskInputSchema>): Promise<Kiosk> {
      requireManager(actor, input.establishmentId);
      if (!(await repo.establishmentExists(input.establishmentId))) throw notFound();
      const row = await db.transaction(async (tx) => {
        const created = await repo.insert({ ...input, token: newKioskToken() }, actor.id, tx);
        await audit.record(
          {
            action: 'experience.kiosk_create',
            actorId: actor.id,
            targetType: 'experience_source',
            targetId: created.id,
            details: { establishmentId: created.establishmentId, name: created.name },
          },
          tx,
        );
        return created;
      });
      return toKiosk(row, { answers: 0, lastAnswerAt: null });
    },

    /** A new address for the kiosk: the old one stops working at once. */
    async renewToken(actor: SessionUser, id: string): Promise<Kiosk> {
      await manageable(actor, id);
      const row = await db.transaction(async (tx) => {
        const updated = await repo.setToken(id, newKioskToken(), tx);
        if (!updated) throw notFound();
        await audit.record(
          {
            action: 'experience.kiosk_new_address',
            actorId: actor.id,
            targetType: 'experience_source',
            targetId: id,
            details: { establishmentId: updated.establishmentId },
          },
          tx,
        );
        return updated;
      });
      return toKiosk(row, await repo.counts(id));
    },

    /** Takes the kiosk out of service; the comments it collected stay. */
    async retire(actor: SessionUser, id: string): Promise<void> {
      const kiosk = await manageable(actor, id);
      await db.transaction(async (tx) => {
        if (!(await repo.retire(id, clock.now(), tx))) throw notFound();
        await audit.record(
          {
            action: 'experience.kiosk_retire',
            actorId: actor.id,
            targetType: 'experience_source',
            targetId: id,
            details: { establishmentId: kiosk.establishmentId, name: kiosk.name },
          },
          tx,
        );
      });
    },

    /** What a tablet shows; no account, the token is the key. */
    async publicView(token: string): Promise<KioskPublic> {
      const found = await repo.findByToken(token);
      if (!found) throw notFound();
      return {
        establishmentName: found.establishmentName,
        service: found.kiosk.service,
        questions: [...KIOSK_QUESTIONS],
      };
    },

    /**
     * Stores one person's answer as a comment waiting for analysis (the job redacts the text).
     * Resolves false when this answer had already arrived: the tablet retried a send.
     */
    async answer(token: string, input: z.output<typeof kioskAnswerSchema>): Promise<boolean> {
      const found = await repo.findByToken(token);
      if (!found) throw notFound();
      const answeredAt = new Date(input.answeredAt);
      const now = clock.now().getTime();
      if (answeredAt.getTime() > now + MAX_AHEAD_MS || answeredAt.getTime() < now - MAX_AGE_MS)
        throw answerProblem('answeredAt', 'experience.kioskAnsweredAt');
      const scores: Record<string, number> = {};
      for (const question of KIOSK_QUESTIONS) {
        const value = input.scores[question];
        if (value !== undefined) scores[kioskScoreKey(question)] = value;
      }
      if (Object.keys(scores).length === 0 && input.comment === '')
        throw answerProblem('comment', 'experience.kioskEmptyAnswer');

      const receivedOn = parisDate(answeredAt);
      let created: boolean;
      try {
        created = await repo.insertAnswer({
          establishmentId: found.kiosk.establishmentId,
          sourceId: found.kiosk.id,
          dedupKey: `kiosk:${input.id}`,
          receivedOn,
          month: `${receivedOn.slice(0, 7)}-01`,
          service: found.kiosk.service,
          rawText: input.comment,
          scores,
          helped: input.helped,
        });
      } catch (error) {
        // A failed statement's message carries its values (the comment): never let it reach
        // the log. The database's error code is enough to investigate.
        const code = (error as { code?: unknown; cause?: { code?: unknown } }).cause?.code;
        // eslint-disable-next-line preserve-caught-error -- the cause would carry the comment
        throw new Error(`kiosk answer not stored (database error ${String(code ?? 'unknown')})`);
      }
      if (created) wakeJobs();
      return created;
    },
  };
}
export type KioskService = ReturnType<typeof createKioskService>;
