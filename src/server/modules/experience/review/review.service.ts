import type { SessionUser } from '../../../../shared/schemas/auth';
import type { CommentDetail, ReviewInput, SourceKind } from '../../../../shared/schemas/experience';
import type { Db } from '../../../db/client';
import type { Clock } from '../../../lib/clock';
import { AppError, conflict, notFound, type FieldError } from '../../../lib/errors';
import type { StatsRefresher } from '../analysis/stats';
import { canReadEstablishment } from '../experience-access';
import { highlightsOf } from '../analysis/highlights';
import type { ModelStore } from '../model-store';
import type { CommentRow, ReviewRepository } from './review.repository';

/**
 * One comment and its review: the establishment's quality managers and user representatives
 * (and administrators) read it and correct its themes and sentiment; for anybody else it does
 * not exist. Each correction is kept with who and when; the comment holds the current values.
 */
export function createReviewService({
  db,
  repo,
  clock,
  stats,
  models,
  onReviewed,
}: {
  db: Db;
  repo: ReviewRepository;
  clock: Clock;
  stats: StatsRefresher;
  /** Its theme map names a stored code as the taxonomy does now (as the comments list does). */
  models: ModelStore;
  /** The taxonomy's counts of reviewed comments changed. */
  onReviewed: () => void;
}) {
  async function readable(actor: SessionUser, id: number): Promise<CommentRow> {
    const comment = await repo.findComment(id);
    if (!comment || !canReadEstablishment(actor, comment.establishmentId)) throw notFound();
    return comment;
  }

  async function detail(comment: CommentRow): Promise<CommentDetail> {
    const analysed = comment.analysedAt !== null;
    const [corrections, findings, map] = await Promise.all([
      repo.corrections(comment.id),
      repo.findings(comment.establishmentId, comment.themes),
      models.themeMap(),
    ]);
    return {
      id: comment.id,
      establishmentId: comment.establishmentId,
      receivedOn: comment.receivedOn,
      service: comment.service,
      stayType: comment.stayType,
      source: { ...comment.source, kind: comment.source.kind as SourceKind },
      // Until the analysis job has run, the text is not redacted yet: it is not shown.
      text: analysed ? comment.text : '',
      analysed,
      sentiment: comment.sentiment,
      themes: comment.themes,
      highlights: analysed
        ? highlightsOf(comment.text, comment.segments, {
            themes: comment.themes,
            currentCode: (code) => map([code])[0] ?? code,
          })
        : [],
      scores: comment.scores,
      helped: comment.helped,
      reviewedAt: comment.reviewedAt?.toISOString() ?? null,
      corrections: corrections.map(({ correction, name }) => ({
        id: correction.id,
        themesBefore: correction.themesBefore,
        sentimentBefore: correction.sentimentBefore,
        themesAfter: correction.themesAfter,
        sentimentAfter: correction.sentimentAfter,
        correctedBy: name,
        correctedAt: correction.correctedAt.toISOString(),
      })),
      findings: findings.map((f) => ({ ...f })),
    };
  }

  /** The chosen themes, each once, in the taxonomy's order; unknown or retired ones refused. */
  async function checkedThemes(chosen: readonly string[]): Promise<string[]> {
    const live = (await repo.liveThemes()).map((t) => t.code);
    const errors: FieldError[] = [];
    chosen.forEach((code, i) => {
      if (!live.includes(code))
        errors.push({ path: `themes.${i}`, key: 'experience.unknownTheme' });
    });
    if (errors.length > 0) throw new AppError(400, 'validation', {}, errors);
    return live.filter((code) => chosen.includes(code));
  }

  return {
    async get(actor: SessionUser, id: number): Promise<CommentDetail> {
      return detail(await readable(actor, id));
    },

    async review(actor: SessionUser, id: number, input: ReviewInput): Promise<CommentDetail> {
      const comment = await readable(actor, id);
      if (comment.analysedAt === null) throw conflict('commentPending');
      const themes = await checkedThemes(input.themes);
      await db.transaction(async (tx) => {
        await repo.saveReview(
          comment,
          { themes, sentiment: input.sentiment },
          { userId: actor.id, at: clock.now() },
          tx,
        );
        // The dashboards count the corrected values at once.
        await stats.refresh(
          [{ establishmentId: comment.establishmentId, month: comment.month }],
          tx,
        );
      });
      onReviewed();
      return detail(await readable(actor, id));
    },
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
