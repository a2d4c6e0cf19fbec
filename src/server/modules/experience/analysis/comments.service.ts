import type { SessionUser } from '../../../../shared/schemas/auth';
import type {
  Comment,
  CommentFilters,
  CommentListQuery,
  SourceKind,
} from '../../../../shared/schemas/experience';
import type { Paginated } from '../../../../shared/schemas/common';
import { forbidden, notFound } from '../../../lib/errors';
import { canReadEstablishment } from '../experience-access';
import type { ModelStore } from '../model-store';
import type { CommentRow, CommentsRepository } from './comments.repository';
import { highlightsOf } from './highlights';

// The comments behind the dashboards, for the people of their establishment (and
// administrators): pilots and observers see figures, never a comment.

export function createCommentsService({
  repo,
  models,
}: {
  repo: CommentsRepository;
  models: ModelStore;
}) {
  /** Checks the reader may read the establishment's comments (before anything is read). */
  async function authorise(actor: SessionUser, establishmentId: string) {
    if (!canReadEstablishment(actor, establishmentId)) throw forbidden();
    if (!(await repo.establishmentExists(establishmentId))) throw notFound();
  }

  async function toComment(row: CommentRow, theme: string | undefined): Promise<Comment> {
    const analysed = row.analysedAt !== null;
    const map = await models.themeMap();
    return {
      id: row.id,
      establishmentId: row.establishmentId,
      receivedOn: row.receivedOn,
      service: row.service,
      stayType: row.stayType,
      source: { id: row.sourceId, kind: row.sourceKind as SourceKind, name: row.sourceName },
      // A pending comment's stored text is empty (its raw text waits for redaction).
      text: analysed ? row.text : '',
      analysed,
      sentiment: analysed ? row.sentiment : null,
      themes: analysed ? row.themes : [],
      highlights: analysed
        ? highlightsOf(row.text, row.segments, {
            themes: row.themes,
            ...(theme ? { theme } : {}),
            currentCode: (code) => map([code])[0] ?? code,
          })
        : [],
      scores: row.scores,
      helped: row.helped,
      reviewedAt: row.reviewedAt?.toISOString() ?? null,
    };
  }

  return {
    authorise,

    async list(actor: SessionUser, query: CommentListQuery): Promise<Paginated<Comment>> {
      const { page, pageSize, ...filters } = query;
      await authorise(actor, filters.establishmentId);
      const { rows, total } = await repo.page(filters, { page, pageSize });
      return {
        items: await Promise.all(rows.map((row) => toComment(row, filters.theme))),
        total,
        page,
        pageSize,
      };
    },

    /** Analysed comments for an export, newest first, in pages (keyset: constant cost per page). */
    async *exportRows(filters: CommentFilters, maxRows: number, pageSize = 1_000) {
      let cursor: { receivedOn: string; id: number } | null = null;
      let sent = 0;
      while (sent < maxRows) {
        const rows = await repo.exportPage(filters, cursor, Math.min(pageSize, maxRows - sent));
        if (rows.length === 0) return;
        yield rows;
        sent += rows.length;
        const last = rows[rows.length - 1]!;
        cursor = { receivedOn: last.receivedOn, id: last.id };
      }
    },

    questions: (filters: CommentFilters) => repo.questions(filters),
    themeLabels: () => repo.themeLabels(),
  };
}
export type CommentsService = ReturnType<typeof createCommentsService>;
