import { z } from 'zod';
import { pageQuerySchema, paginated, uuidSchema } from './common';

export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.locked',
  'auth.logout',
  'auth.password_reset_requested',
  'auth.password_reset',
  'auth.password_changed',
  'user.invited',
  'user.invitation_revoked',
  'user.invitation_accepted',
  'user.role_changed',
  'user.memberships_changed',
  'user.exported',
  'user.deleted',
  'establishment.created',
  'establishment.updated',
  'establishment.deleted',
  'community.created',
  'community.updated',
  'community.member_accepted',
  'community.request_declined',
  'community.member_left',
  'community.document_uploaded',
  'community.document_deleted',
  'community.report_created',
  'community.report_updated',
  'community.report_deleted',
  'community.report_published',
  'community.report_unpublished',
  'partnership.workshop_created',
  'partnership.workshop_updated',
  'partnership.workshop_deleted',
  'partnership.binome_registered',
  'partnership.binome_removed',
  'partnership.revealed',
  'partnership.closed',
  'partnership.reopened',
  'partnership.domain_created',
  'partnership.domain_updated',
  'partnership.domain_retired',
  'partnership.domain_restored',
  'experience.import',
  'experience.theme_create',
  'experience.theme_update',
  'experience.theme_retire',
  'experience.theme_merge',
  'experience.focus_group_create',
  'experience.focus_group_delete',
  'experience.kiosk_create',
  'experience.kiosk_new_address',
  'experience.kiosk_retire',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEventSchema = z.object({
  id: uuidSchema,
  at: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  actorId: uuidSchema.nullable(),
  actorName: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditQuerySchema = pageQuerySchema.extend({
  action: z.enum(AUDIT_ACTIONS).optional(),
});
export const auditPageSchema = paginated(auditEventSchema);

export const outboxEmailSchema = z.object({
  id: uuidSchema,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  transport: z.enum(['outbox', 'smtp']),
  error: z.string().nullable(),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;
export const outboxPageSchema = paginated(outboxEmailSchema);
