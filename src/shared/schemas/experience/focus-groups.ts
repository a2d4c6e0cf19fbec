import { z } from 'zod';
import { ACTION_STATUSES } from '../../enums';
import { boundedText, pageQuerySchema, paginated, uuidSchema } from '../common';
import { EXPERIENCE_SENTIMENTS, isoDateSchema } from './common';

// Focus groups: a pathway explored with patients (no names), facilitated by a professional and a
// user representative; findings are tagged with the taxonomy and can become actions.

export const PARTICIPANT_PROFILES = ['patient', 'proche', 'resident', 'aidant', 'autre'] as const;
export const PATHWAYS = [
  'urgences',
  'chirurgie_ambulatoire',
  'hospitalisation',
  'maternite',
  'consultation',
  'entree_ehpad',
  'domicile',
  'autre',
] as const;

export const participantProfileSchema = z.object({
  profile: z.enum(PARTICIPANT_PROFILES, { error: 'validation.choose' }),
  count: z.coerce
    .number({ error: 'validation.number' })
    .int({ error: 'focusGroup.participantCount' })
    .min(1, { error: 'focusGroup.participantCount' })
    .max(50, { error: 'focusGroup.participantCount' }),
  /** e.g. "plus de 75 ans, venu avec sa fille" — never a name. */
  note: z.string().trim().max(200, { error: 'validation.tooLong' }).default(''),
});
export type ParticipantProfile = z.infer<typeof participantProfileSchema>;

export const focusGroupInputSchema = z.object({
  establishmentId: uuidSchema,
  title: boundedText(200),
  pathway: z.enum(PATHWAYS, { error: 'validation.choose' }),
  heldOn: isoDateSchema,
  participants: z.array(participantProfileSchema).max(20).default([]),
  professionalFacilitatorId: uuidSchema.nullable().default(null),
  representativeFacilitatorId: uuidSchema.nullable().default(null),
  notes: z.string().trim().max(20_000, { error: 'validation.tooLong' }).default(''),
});
export type FocusGroupInput = z.input<typeof focusGroupInputSchema>;

export const findingInputSchema = z.object({
  text: boundedText(2_000),
  themes: z.array(z.string().min(1).max(40)).max(16).default([]),
  sentiment: z.enum(EXPERIENCE_SENTIMENTS).nullable().default(null),
});
export type FindingInput = z.input<typeof findingInputSchema>;

export const experienceActionInputSchema = z.object({
  title: boundedText(300),
  theme: z.string().max(40).nullable().default(null),
  owner: z.string().trim().max(200, { error: 'validation.tooLong' }).default(''),
  dueOn: isoDateSchema.nullable().default(null),
  status: z.enum(ACTION_STATUSES).default('a_faire'),
});
export type ExperienceActionInput = z.input<typeof experienceActionInputSchema>;

/** What changes as an action moves on: status, owner, due date (and its wording). */
export const experienceActionPatchSchema = z.object({
  title: boundedText(300).optional(),
  owner: z.string().trim().max(200, { error: 'validation.tooLong' }).optional(),
  dueOn: isoDateSchema.nullable().optional(),
  status: z.enum(ACTION_STATUSES, { error: 'validation.choose' }).optional(),
});
export type ExperienceActionPatch = z.input<typeof experienceActionPatchSchema>;

export const experienceActionSchema = z.object({
  id: uuidSchema,
  findingId: uuidSchema.nullable(),
  title: z.string(),
  theme: z.string().nullable(),
  owner: z.string(),
  dueOn: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  createdAt: z.string(),
});
export type ExperienceAction = z.infer<typeof experienceActionSchema>;

export const findingSchema = z.object({
  id: uuidSchema,
  text: z.string(),
  themes: z.array(z.string()),
  sentiment: z.string().nullable(),
  actions: z.array(experienceActionSchema),
});
export type Finding = z.infer<typeof findingSchema>;

const personSchema = z.object({ id: uuidSchema, name: z.string() });
const person = personSchema.nullable();

export const focusGroupSummarySchema = z.object({
  id: uuidSchema,
  establishmentId: uuidSchema,
  establishmentName: z.string(),
  title: z.string(),
  pathway: z.enum(PATHWAYS),
  heldOn: z.string(),
  participants: z.number().int(),
  findings: z.number().int(),
});
export type FocusGroupSummary = z.infer<typeof focusGroupSummarySchema>;
export const focusGroupPageSchema = paginated(focusGroupSummarySchema);
export const focusGroupListQuerySchema = pageQuerySchema.extend({
  establishmentId: uuidSchema.optional(),
});

export const focusGroupDetailSchema = focusGroupSummarySchema.extend({
  participantProfiles: z.array(participantProfileSchema),
  professionalFacilitator: person,
  representativeFacilitator: person,
  notes: z.string(),
  findingList: z.array(findingSchema),
  canEdit: z.boolean(),
});
export type FocusGroupDetail = z.infer<typeof focusGroupDetailSchema>;

export const focusGroupParamsSchema = z.object({ id: uuidSchema });
export const findingParamsSchema = z.object({ id: uuidSchema, findingId: uuidSchema });
export const actionParamsSchema = z.object({ id: uuidSchema, actionId: uuidSchema });

/** Who may facilitate a session of the establishment: its quality managers, its RU. */
export const facilitatorCandidatesSchema = z.object({
  professionals: z.array(personSchema),
  representatives: z.array(personSchema),
});
export type FacilitatorCandidates = z.infer<typeof facilitatorCandidatesSchema>;

/** Findings shown beside the comments (dashboard, drill-down): the establishment's, per theme. */
export const themeFindingsQuerySchema = z.object({
  establishmentId: uuidSchema,
  theme: z.string().max(40).optional(),
});
export const themeFindingSchema = z.object({
  id: uuidSchema,
  focusGroupId: uuidSchema,
  focusGroupTitle: z.string(),
  heldOn: z.string(),
  text: z.string(),
  themes: z.array(z.string()),
  sentiment: z.string().nullable(),
});
export type ThemeFinding = z.infer<typeof themeFindingSchema>;
/** The most recent sessions first, at most THEME_FINDINGS_LIMIT. */
export const themeFindingListSchema = z.array(themeFindingSchema);
export const THEME_FINDINGS_LIMIT = 50;

/** LLM summary of a selection of comments (optional connector, off unless configured). */
export const summaryRequestSchema = z.object({
  establishmentId: uuidSchema,
  theme: z.string().max(40).optional(),
  sentiment: z.enum(EXPERIENCE_SENTIMENTS).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type SummaryRequest = z.input<typeof summaryRequestSchema>;
/** At most this many comments (the most recent) go to the language model. */
export const SUMMARY_MAX_COMMENTS = 60;
export const summarySchema = z.object({
  /** Empty when no analysed comment matched (the model is then not called). */
  summary: z.string(),
  comments: z.number().int(),
  model: z.string(),
});
export type CommentsSummary = z.infer<typeof summarySchema>;
export const llmStatusSchema = z.object({ enabled: z.boolean() });
export type LlmStatus = z.infer<typeof llmStatusSchema>;
