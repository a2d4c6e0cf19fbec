import type { FastifyInstance } from 'fastify';
import { auditPageSchema, auditQuerySchema, outboxPageSchema } from '../../../shared/schemas/admin';
import { pageQuerySchema } from '../../../shared/schemas/common';
import { requireAdmin } from '../../lib/authz';
import { problems, typed } from '../../lib/route-helpers';
import type { AuditService } from '../audit/audit.service';
import type { MailService } from '../mail/mail.service';

export function registerAdminRoutes(
  app: FastifyInstance,
  { audit, mail }: { audit: AuditService; mail: MailService },
) {
  const r = typed(app);
  const tags = ['admin'];

  r.get(
    '/api/admin/audit',
    {
      schema: {
        tags,
        operationId: 'listAuditEvents',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, ...problems },
      },
    },
    async (request) => {
      requireAdmin(request);
      return audit.list(request.query);
    },
  );

  r.get(
    '/api/admin/outbox',
    {
      schema: {
        tags,
        operationId: 'listOutbox',
        querystring: pageQuerySchema,
        response: { 200: outboxPageSchema, ...problems },
      },
    },
    async (request) => {
      requireAdmin(request);
      return mail.list(request.query.page, request.query.pageSize);
    },
  );
}
