import { z } from 'zod';
import { checkPassword, PASSWORD_MAX_LENGTH } from '../password-policy';
import { ESTABLISHMENT_ROLES, LANGUAGES, PLATFORM_ROLES, ROLE_CATEGORIES, SECTORS } from '../enums';
import { boundedText, emailSchema, uuidSchema } from './common';

export const newPasswordSchema = z
  .string()
  .max(PASSWORD_MAX_LENGTH, { error: 'password.tooLong' })
  .superRefine((value, ctx) => {
    const problem = checkPassword(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `password.${problem}` });
  });

export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'validation.required' }).max(PASSWORD_MAX_LENGTH),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const establishmentLinkSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  role: z.enum(ESTABLISHMENT_ROLES),
});

export const sessionUserSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  name: z.string(),
  platformRole: z.enum(PLATFORM_ROLES),
  language: z.enum(LANGUAGES),
  establishments: z.array(establishmentLinkSchema),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionResponseSchema = z.object({
  user: sessionUserSchema.nullable(),
  csrfToken: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const passwordResetRequestSchema = z.object({ email: emailSchema });
export const passwordResetConfirmSchema = z.object({
  token: z.string().min(20).max(200),
  password: newPasswordSchema,
});

export const invitationCreateSchema = z
  .object({
    email: emailSchema,
    platformRole: z.enum(PLATFORM_ROLES).default('member'),
    establishmentId: uuidSchema.nullable().default(null),
    establishmentRole: z.enum(ESTABLISHMENT_ROLES).nullable().default(null),
  })
  .refine((v) => (v.establishmentId === null) === (v.establishmentRole === null), {
    message: 'invitation.establishmentAndRole',
    path: ['establishmentRole'],
  });
export type InvitationCreate = z.infer<typeof invitationCreateSchema>;

export const invitationSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  platformRole: z.enum(PLATFORM_ROLES),
  establishmentId: uuidSchema.nullable(),
  establishmentName: z.string().nullable(),
  establishmentRole: z.enum(ESTABLISHMENT_ROLES).nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const invitationPreviewSchema = invitationSchema.pick({
  email: true,
  platformRole: true,
  establishmentName: true,
  establishmentRole: true,
  expiresAt: true,
});

export const invitationAcceptSchema = z.object({
  token: z.string().min(20).max(200),
  name: boundedText(120),
  password: newPasswordSchema,
  roleCategory: z.enum(ROLE_CATEGORIES).nullable().default(null),
  sectors: z.array(z.enum(SECTORS)).max(SECTORS.length).default([]),
});
export type InvitationAccept = z.infer<typeof invitationAcceptSchema>;
