import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../enums';
import { pageQuerySchema, uuidSchema } from './common';

// In-app notifications of the signed-in person, newest first, with the number still unread.

export const notificationSchema = z.object({
  id: uuidSchema,
  kind: z.enum(NOTIFICATION_KINDS),
  /** Who acted (null when the account was deleted or for system notifications). */
  actor: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  community: z.object({ slug: z.string(), title: z.string() }).nullable(),
  /** Titles and details needed to word it: threadTitle, meetingTitle, startsAt, accepted… */
  data: z.record(z.string(), z.string()),
  /** Path inside the web app. */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = pageQuerySchema;
export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const markAllReadSchema = z.object({ marked: z.number().int() });

/** The daily e-mail digest of unread notifications, on by default. */
export const notificationSettingsSchema = z.object({ digestEnabled: z.boolean() });
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
