import { z } from 'zod';
import { LANGUAGES, PLATFORM_ROLES, ROLE_CATEGORIES, SECTORS } from '../enums';
import { boundedText, optionalText, uuidSchema } from './common';
import { establishmentLinkSchema, newPasswordSchema } from './auth';

export const profileSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  name: z.string(),
  platformRole: z.enum(PLATFORM_ROLES),
  roleCategory: z.enum(ROLE_CATEGORIES).nullable(),
  organisation: z.string().nullable(),
  sectors: z.array(z.enum(SECTORS)),
  language: z.enum(LANGUAGES),
  establishments: z.array(establishmentLinkSchema),
  createdAt: z.string(),
});
export type Profile = z.infer<typeof profileSchema>;

export const profileUpdateSchema = z.object({
  name: boundedText(120),
  roleCategory: z.enum(ROLE_CATEGORIES).nullable(),
  organisation: optionalText(200),
  sectors: z.array(z.enum(SECTORS)).max(SECTORS.length),
  language: z.enum(LANGUAGES),
});
export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, { error: 'validation.required' }).max(128),
  newPassword: newPasswordSchema,
});

export const accountDeleteSchema = z.object({
  password: z.string().min(1, { error: 'validation.required' }).max(128),
});
