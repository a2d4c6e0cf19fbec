import { z } from 'zod';
import { boundedText, uuidSchema } from '../common';
import { COMMENT_MAX_LENGTH } from './imports';

// Kiosk collection (bedside tablet, easy-to-read): no account, the kiosk's secret address is the
// only key; answers carry an id made on the tablet so a retried send never counts twice.

/** The questions of the kiosk, each answered on a 4-face scale (1 = pas du tout … 4 = très bien). */
export const KIOSK_QUESTIONS = ['global', 'accueil', 'relations', 'repas', 'chambre'] as const;
export type KioskQuestion = (typeof KIOSK_QUESTIONS)[number];
export const KIOSK_SCALE = [1, 2, 3, 4] as const;
/** Scores are stored as `kiosk.<question>` so they never collide with imported columns. */
export const kioskScoreKey = (question: KioskQuestion) => `kiosk.${question}`;

export const kioskInputSchema = z.object({
  establishmentId: uuidSchema,
  name: boundedText(120),
  service: z.string().trim().max(120).default(''),
});
export type KioskInput = z.input<typeof kioskInputSchema>;

export const kioskSchema = z.object({
  id: uuidSchema,
  establishmentId: uuidSchema,
  name: z.string(),
  service: z.string(),
  /** The secret part of the kiosk's address (/borne/<token>). */
  token: z.string(),
  answers: z.number().int(),
  lastAnswerAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Kiosk = z.infer<typeof kioskSchema>;
export const kioskListSchema = z.array(kioskSchema);

export const kioskTokenParamsSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, { error: 'validation.invalid' }),
});

/** What the tablet needs to show the flow (public, no personal data). */
export const kioskPublicSchema = z.object({
  establishmentName: z.string(),
  service: z.string(),
  questions: z.array(z.enum(KIOSK_QUESTIONS)),
});
export type KioskPublic = z.infer<typeof kioskPublicSchema>;

export const kioskAnswerSchema = z.object({
  /** Made on the tablet (crypto.randomUUID) when the person finishes; the server's dedup key. */
  id: uuidSchema,
  answeredAt: z.iso.datetime({ offset: true, error: 'validation.date' }),
  scores: z.partialRecord(z.enum(KIOSK_QUESTIONS), z.union(KIOSK_SCALE.map((n) => z.literal(n)))),
  comment: z.string().trim().max(COMMENT_MAX_LENGTH, { error: 'validation.tooLong' }).default(''),
  /** The comment was written (or dictated) with a helper. */
  helped: z.boolean().default(false),
});
export type KioskAnswer = z.input<typeof kioskAnswerSchema>;

export const kioskAnswerResultSchema = z.object({
  /** False when this answer had already arrived (a retried send). */
  created: z.boolean(),
});
