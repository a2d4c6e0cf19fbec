import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  commentListQuerySchema,
  commentPageSchema,
  dashboardQuerySchema,
  dashboardSchema,
  EXPORT_MAX_ROWS,
  exportFormatQuerySchema,
} from '../../../../shared/schemas/experience';
import type { Clock } from '../../../lib/clock';
import { requireUser } from '../../../lib/authz';
import { languageFromHeader } from '../../../lib/language';
import { problems, typed } from '../../../lib/route-helpers';
import { commentsCsv, commentsXlsx, exportFileName } from './comments-export';
import type { CommentsService } from './comments.service';
import type { DashboardService } from './dashboard.service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Dashboards (figures only) and the comments behind them (their establishment's people). */
export function registerAnalysisRoutes(
  app: FastifyInstance,
  {
    dashboard,
    comments,
    clock,
  }: { dashboard: DashboardService; comments: CommentsService; clock: Clock },
) {
  const r = typed(app);
  const tags = ['experience'];

  r.get(
    '/api/experience/dashboard',
    {
      schema: {
        tags,
        operationId: 'getExperienceDashboard',
        description:
          'Monthly figures of an establishment, of a region or of the platform, with the minimum group sizes applied.',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, ...problems },
      },
    },
    async (request) => dashboard.dashboard(requireUser(request), request.query),
  );

  r.get(
    '/api/experience/comments',
    {
      schema: {
        tags,
        operationId: 'listExperienceComments',
        description:
          'Comments of an establishment, newest first, with the words that drove the analysis. Pending comments come without text.',
        querystring: commentListQuerySchema,
        response: { 200: commentPageSchema, ...problems },
      },
    },
    async (request) => comments.list(requireUser(request), request.query),
  );

  r.get(
    '/api/experience/comments/export',
    {
      schema: {
        tags,
        operationId: 'exportExperienceComments',
        description: `The analysed comments under the same filters (at most ${EXPORT_MAX_ROWS} rows), as CSV or XLSX.`,
        querystring: exportFormatQuerySchema,
        response: { 200: z.any().describe('text/csv or XLSX'), ...problems },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const { format, ...filters } = request.query;
      await comments.authorise(actor, filters.establishmentId);
      const language = actor.language ?? languageFromHeader(request.headers['accept-language']);
      const [questions, themeLabels] = await Promise.all([
        comments.questions(filters),
        comments.themeLabels(),
      ]);
      const source = {
        questions,
        themeLabels,
        pages: comments.exportRows(filters, EXPORT_MAX_ROWS),
      };
      const today = clock.now().toISOString().slice(0, 10);
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="${exportFileName(language, format, today)}"`,
        )
        .header('cache-control', 'private, no-store')
        .send(format === 'csv' ? commentsCsv(language, source) : commentsXlsx(language, source));
    },
  );
}
