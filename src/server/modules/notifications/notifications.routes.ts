import type { FastifyInstance } from 'fastify';
import { idParamsSchema } from '../../../shared/schemas/common';
import {
  markAllReadSchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationSettingsSchema,
} from '../../../shared/schemas/notifications';
import { requireUser } from '../../lib/authz';
import { noContent, problems, typed } from '../../lib/route-helpers';
import type { NotificationsService } from './notifications.service';

/** Each person reads and marks their own notifications only. */
export function registerNotificationRoutes(
  app: FastifyInstance,
  { notifications }: { notifications: NotificationsService },
) {
  const r = typed(app);
  const tags = ['notifications'];
  const base = '/api/notifications';

  r.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listNotifications',
        querystring: notificationListQuerySchema,
        response: { 200: notificationListSchema, ...problems },
      },
    },
    async (request) => notifications.list(requireUser(request), request.query),
  );

  r.post(
    `${base}/read-all`,
    {
      schema: {
        tags,
        operationId: 'markAllNotificationsRead',
        response: { 200: markAllReadSchema, ...problems },
      },
    },
    async (request) => notifications.markAllRead(requireUser(request)),
  );

  r.post(
    `${base}/:id/read`,
    {
      schema: {
        tags,
        operationId: 'markNotificationRead',
        params: idParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      await notifications.markRead(requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    `${base}/settings`,
    {
      schema: {
        tags,
        operationId: 'getNotificationSettings',
        response: { 200: notificationSettingsSchema, ...problems },
      },
    },
    async (request) => notifications.settings(requireUser(request)),
  );

  r.put(
    `${base}/settings`,
    {
      schema: {
        tags,
        operationId: 'updateNotificationSettings',
        body: notificationSettingsSchema,
        response: { 200: notificationSettingsSchema, ...problems },
      },
    },
    async (request) => notifications.updateSettings(requireUser(request), request.body),
  );
}
