import { z } from 'zod';
import { ESTABLISHMENT_ROLES, REGIONS, SECTORS } from '../enums';
import { checkFiness, normaliseFiness } from '../finess';
import { boundedText, pageQuerySchema, paginated, uuidSchema } from './common';

export const finessSchema = z
  .string()
  .trim()
  .max(20, { error: 'finess.format' })
  .transform(normaliseFiness)
  .superRefine((value, ctx) => {
    const problem = checkFiness(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `finess.${problem}` });
  });

/** Département codes: 01-95 (with 2A/2B, no 20), 971-976. */
export const departmentSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-6])$/, { error: 'department.format' });

export const establishmentInputSchema = z.object({
  name: boundedText(200),
  finess: finessSchema,
  sector: z.enum(SECTORS, { error: 'validation.choose' }),
  department: departmentSchema,
  region: z.enum(REGIONS, { error: 'validation.choose' }),
});
export type EstablishmentInput = z.input<typeof establishmentInputSchema>;

export const establishmentSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  finess: z.string(),
  sector: z.enum(SECTORS),
  department: z.string(),
  region: z.enum(REGIONS),
  memberCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Establishment = z.infer<typeof establishmentSchema>;

export const establishmentListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  sector: z.enum(SECTORS).optional(),
});
export type EstablishmentListQuery = z.infer<typeof establishmentListQuerySchema>;
export const establishmentPageSchema = paginated(establishmentSchema);

export const establishmentMemberSchema = z.object({
  userId: uuidSchema,
  name: z.string(),
  email: z.string(),
  role: z.enum(ESTABLISHMENT_ROLES),
});
export type EstablishmentMember = z.infer<typeof establishmentMemberSchema>;
