import { z } from 'zod';
import { ESTABLISHMENT_ROLES, PLATFORM_ROLES, ROLE_CATEGORIES } from '../enums';
import { pageQuerySchema, paginated, uuidSchema } from './common';
import { establishmentLinkSchema } from './auth';

export const userSummarySchema = z.object({
  id: uuidSchema,
  email: z.string(),
  name: z.string(),
  platformRole: z.enum(PLATFORM_ROLES),
  roleCategory: z.enum(ROLE_CATEGORIES).nullable(),
  establishments: z.array(establishmentLinkSchema),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const userListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  role: z.enum(PLATFORM_ROLES).optional(),
});
export const userPageSchema = paginated(userSummarySchema);

export const roleChangeSchema = z.object({ platformRole: z.enum(PLATFORM_ROLES) });

export const membershipSchema = z.object({
  establishmentId: uuidSchema,
  role: z.enum(ESTABLISHMENT_ROLES),
});
export const membershipsUpdateSchema = z.object({
  memberships: z.array(membershipSchema).max(50),
});
