import type { FastifyInstance } from 'fastify';
import { problemSchema } from '../../../../shared/schemas/common';
import {
  commentDetailSchema,
  commentParamsSchema,
  reviewInputSchema,
} from '../../../../shared/schemas/experience';
import { requireUser } from '../../../lib/authz';
import { problems, typed } from '../../../lib/route-helpers';
import type { ReviewService } from './review.service';

/** One comment with its corrections, and the review that corrects its analysis. */
export function registerReviewRoutes(app: FastifyInstance, review: ReviewService) {
  const r = typed(app);
  const tags = ['experience'];
  const base = '/api/experience/comments/:id';

  r.get(
    base,
    {
      schema: {
        tags,
        operationId: 'getExperienceComment',
        params: commentParamsSchema,
        response: { 200: commentDetailSchema, ...problems },
      },
    },
    async (request) => review.get(requireUser(request), request.params.id),
  );

  r.put(
    `${base}/review`,
    {
      schema: {
        tags,
        operationId: 'reviewExperienceComment',
        params: commentParamsSchema,
        body: reviewInputSchema,
        response: { 200: commentDetailSchema, ...problems, 409: problemSchema },
      },
    },
    async (request) => review.review(requireUser(request), request.params.id, request.body),
  );
}
