import { z } from 'zod';
import {
  COMMUNITY_ROLES,
  COMMUNITY_STATUSES,
  DELIVERABLE_STATUSES,
  MEETING_MODES,
  RESOURCE_TYPES,
  ROLE_CATEGORIES,
  SECTORS,
} from '../enums';
import { boundedText, optionalText, pageQuerySchema, paginated, uuidSchema } from './common';

// A community page is edited as one document: its sections are Markdown (rendered without raw
// HTML), its lists (objectives, pilots, contributors…) are small ordered arrays.

const markdown = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });
const urlSchema = z
  .string()
  .trim()
  .max(500, { error: 'validation.tooLong' })
  .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), { error: 'validation.url' })
  .transform((v) => (v === '' ? null : v))
  .nullable();

export const slugSchema = z
  .string()
  .trim()
  .min(3, { error: 'validation.slug' })
  .max(80, { error: 'validation.tooLong' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'validation.slug' });

export const pilotSchema = z.object({
  name: boundedText(120),
  phone: optionalText(40),
  email: optionalText(254),
});
export const contributorSchema = z.object({
  name: boundedText(120),
  role: optionalText(160),
  organisation: optionalText(200),
});
export const partnerSchema = z.object({ name: boundedText(200), url: urlSchema });
export const deliverableSchema = z.object({
  title: boundedText(300),
  status: z.enum(DELIVERABLE_STATUSES, { error: 'validation.choose' }),
  url: urlSchema,
});

export const communityPageInputSchema = z.object({
  title: boundedText(200),
  tagline: markdown(300),
  status: z.enum(COMMUNITY_STATUSES, { error: 'validation.choose' }),
  isPublic: z.boolean(),
  context: markdown(20_000),
  objectives: z.array(boundedText(500)).max(30),
  objectivesNote: markdown(5_000),
  definition: markdown(5_000),
  definitionSource: markdown(500),
  audienceSectors: z.array(z.enum(SECTORS)).max(SECTORS.length),
  audienceRoles: z.array(z.enum(ROLE_CATEGORIES)).max(ROLE_CATEGORIES.length),
  pilots: z.array(pilotSchema).max(10),
  contributors: z.array(contributorSchema).max(200),
  partners: z.array(partnerSchema).max(50),
  deliverables: z.array(deliverableSchema).max(50),
  modalities: markdown(5_000),
});
export type CommunityPageInput = z.input<typeof communityPageInputSchema>;
export type CommunityPageValues = z.output<typeof communityPageInputSchema>;

export const communityCreateSchema = z.object({ slug: slugSchema, title: boundedText(200) });

export const meetingSchema = z.object({
  id: uuidSchema,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.enum(MEETING_MODES),
  /** The sub-group the meeting is for (null: the whole community). */
  subgroupId: uuidSchema.nullable(),
  /** Visio link and place: members only. */
  link: z.string().nullable(),
  place: z.string().nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const resourceSummarySchema = z.object({
  slug: z.string(),
  type: z.enum(RESOURCE_TYPES),
  title: z.string(),
  subtitle: z.string(),
});
export type ResourceSummary = z.infer<typeof resourceSummarySchema>;
export const resourceSchema = resourceSummarySchema.extend({
  body: z.string(),
  url: z.string().nullable(),
  /** Order among the community's resources (what the edit form needs back). */
  position: z.number().int(),
  community: z.object({ slug: z.string(), title: z.string() }),
});
export type Resource = z.infer<typeof resourceSchema>;

// Response schemas carry no transform: fastify-type-provider-zod serialises with them.
const nullableString = z.string().nullable();
export const communityPageSchema = z.object({
  id: uuidSchema,
  slug: z.string(),
  title: z.string(),
  tagline: z.string(),
  status: z.enum(COMMUNITY_STATUSES),
  isPublic: z.boolean(),
  context: z.string(),
  objectives: z.array(z.string()),
  objectivesNote: z.string(),
  definition: z.string(),
  definitionSource: z.string(),
  audienceSectors: z.array(z.enum(SECTORS)),
  audienceRoles: z.array(z.enum(ROLE_CATEGORIES)),
  pilots: z.array(z.object({ name: z.string(), phone: nullableString, email: nullableString })),
  contributors: z.array(
    z.object({ name: z.string(), role: nullableString, organisation: nullableString }),
  ),
  partners: z.array(z.object({ name: z.string(), url: nullableString })),
  deliverables: z.array(
    z.object({ title: z.string(), status: z.enum(DELIVERABLE_STATUSES), url: nullableString }),
  ),
  modalities: z.string(),
  meetings: z.array(meetingSchema),
  resources: z.array(resourceSummarySchema),
  memberCount: z.number().int(),
  viewer: z.object({
    role: z.enum(COMMUNITY_ROLES).nullable(),
    canEdit: z.boolean(),
    /** False when the pilots' phone and e-mail were withheld (visitors). */
    seesContacts: z.boolean(),
    /** The signed-in reader has asked to join and awaits a pilot's answer. */
    pendingRequest: z.boolean(),
  }),
  updatedAt: z.string(),
});
export type CommunityPage = z.infer<typeof communityPageSchema>;

export const communitySummarySchema = z.object({
  id: uuidSchema,
  slug: z.string(),
  title: z.string(),
  tagline: z.string(),
  status: z.enum(COMMUNITY_STATUSES),
  isPublic: z.boolean(),
  audienceSectors: z.array(z.enum(SECTORS)),
  audienceRoles: z.array(z.enum(ROLE_CATEGORIES)),
  memberCount: z.number().int(),
  nextMeetingAt: z.string().nullable(),
});
export type CommunitySummary = z.infer<typeof communitySummarySchema>;

export const communityListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  sector: z.enum(SECTORS).optional(),
  role: z.enum(ROLE_CATEGORIES).optional(),
  status: z.enum(COMMUNITY_STATUSES).optional(),
});
export type CommunityListQuery = z.infer<typeof communityListQuerySchema>;
export const communityListSchema = paginated(communitySummarySchema);

export const slugParamsSchema = z.object({ slug: z.string().max(80) });
export const resourceParamsSchema = slugParamsSchema.extend({ resource: z.string().max(80) });

// Membership: a person asks to join, a pilot accepts or declines, a member may leave.
export const JOIN_REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;

export const joinRequestInputSchema = z.object({
  message: z.string().trim().max(1_000, { error: 'validation.tooLong' }),
});
export const joinDecisionParamsSchema = slugParamsSchema.extend({ id: uuidSchema });

const personSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  roleCategory: z.enum(ROLE_CATEGORIES).nullable(),
  organisation: z.string().nullable(),
});

export const joinRequestSchema = z.object({
  id: uuidSchema,
  person: personSchema,
  message: z.string(),
  status: z.enum(JOIN_REQUEST_STATUSES),
  createdAt: z.string(),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;

export const communityMemberSchema = z.object({
  person: personSchema,
  role: z.enum(COMMUNITY_ROLES),
  joinedAt: z.string(),
});
export type CommunityMember = z.infer<typeof communityMemberSchema>;

// Meetings are entered in Paris wall-clock time (date + start/end), stored as instants.
export const ATTENDANCE_STATUSES = ['present', 'excuse', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const meetingInputSchema = z
  .object({
    title: boundedText(200),
    date: z.iso.date({ error: 'meeting.date' }),
    start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'meeting.time' }),
    end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'meeting.time' }),
    mode: z.enum(MEETING_MODES, { error: 'validation.choose' }),
    link: urlSchema,
    place: optionalText(300),
    agenda: markdown(10_000),
    minutes: markdown(50_000),
    subgroupId: uuidSchema.nullable().default(null),
  })
  .refine((m) => m.end > m.start, { path: ['end'], error: 'meeting.endBeforeStart' });
export type MeetingInput = z.input<typeof meetingInputSchema>;
export type MeetingValues = z.output<typeof meetingInputSchema>;

export const meetingParamsSchema = slugParamsSchema.extend({ id: uuidSchema });

/** A community document attached to a report or a meeting. */
export const linkedDocumentSchema = z.object({ id: uuidSchema, title: z.string() });
export type LinkedDocument = z.infer<typeof linkedDocumentSchema>;
export const documentLinkInputSchema = z.object({ documentId: uuidSchema });

export const meetingDetailSchema = meetingSchema.extend({
  agenda: z.string(),
  /** Minutes (compte rendu) and attendance are for members. */
  minutes: z.string().nullable(),
  attendance: z
    .array(z.object({ person: personSchema, status: z.enum(ATTENDANCE_STATUSES) }))
    .nullable(),
  community: z.object({ slug: z.string(), title: z.string() }),
  /** Attached community documents the reader may download. */
  documents: z.array(linkedDocumentSchema),
  canEdit: z.boolean(),
});
export const meetingDocumentParamsSchema = meetingParamsSchema.extend({ documentId: uuidSchema });
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

export const attendanceInputSchema = z.object({
  userId: uuidSchema,
  status: z.enum(ATTENDANCE_STATUSES, { error: 'validation.choose' }),
});

export const calendarFeedSchema = z.object({ url: z.string() });
export const calendarQuerySchema = z.object({ token: z.string().max(200).optional() });

// Shared questions: threads with replies; a pilot marks one reply as the synthesis.
export const threadInputSchema = z.object({
  title: boundedText(200),
  body: boundedText(10_000),
  /** Asked in one sub-group (its members and the pilots may do so); null for the whole community. */
  subgroupId: uuidSchema.nullable().default(null),
});
export const postInputSchema = z.object({ body: boundedText(10_000) });
export const synthesisInputSchema = z.object({ postId: uuidSchema.nullable() });
export const threadParamsSchema = slugParamsSchema.extend({ id: uuidSchema });
export const threadListQuerySchema = pageQuerySchema.extend({ subgroup: uuidSchema.optional() });

const authorSchema = z.object({ id: uuidSchema, name: z.string() }).nullable();

export const threadSummarySchema = z.object({
  id: uuidSchema,
  title: z.string(),
  author: authorSchema,
  replyCount: z.number().int(),
  hasSynthesis: z.boolean(),
  subgroup: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  createdAt: z.string(),
  lastActivityAt: z.string(),
});
export type ThreadSummary = z.infer<typeof threadSummarySchema>;
export const threadListSchema = paginated(threadSummarySchema);

export const postSchema = z.object({
  id: uuidSchema,
  author: authorSchema,
  body: z.string(),
  createdAt: z.string(),
  isSynthesis: z.boolean(),
});
export const threadSchema = threadSummarySchema.extend({
  body: z.string(),
  posts: z.array(postSchema),
  community: z.object({ slug: z.string(), title: z.string() }),
  canMarkSynthesis: z.boolean(),
});
export type Thread = z.infer<typeof threadSchema>;

// Pilots change a member's role (member ↔ pilot) or remove a member.
export const memberParamsSchema = slugParamsSchema.extend({ userId: uuidSchema });
export const memberRoleInputSchema = z.object({
  role: z.enum(COMMUNITY_ROLES, { error: 'validation.choose' }),
});

// "Pour aller plus loin" resources, written by pilots; each has its own page.
export const resourceInputSchema = z.object({
  slug: slugSchema,
  type: z.enum(RESOURCE_TYPES, { error: 'validation.choose' }),
  title: boundedText(200),
  subtitle: z.string().trim().max(200, { error: 'validation.tooLong' }),
  body: markdown(50_000),
  url: urlSchema,
  position: z.number().int().min(0).max(1_000).default(0),
});
export type ResourceInput = z.input<typeof resourceInputSchema>;
export type ResourceValues = z.output<typeof resourceInputSchema>;

// Sub-groups (e.g. sanitaire / médico-social): their members are members of the community.
export const subgroupInputSchema = z.object({
  name: boundedText(120),
  description: markdown(2_000),
});
export const subgroupParamsSchema = slugParamsSchema.extend({ id: uuidSchema });
export const subgroupMemberParamsSchema = subgroupParamsSchema.extend({ userId: uuidSchema });
export const subgroupSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  description: z.string(),
  memberCount: z.number().int(),
  /** The reader belongs to the sub-group. */
  isMember: z.boolean(),
  /** Names and organisations are for members of the community (null for visitors). */
  members: z.array(personSchema).nullable(),
});
export type Subgroup = z.infer<typeof subgroupSchema>;

// Past and coming meetings, a page at a time.
export const MEETING_PERIODS = ['upcoming', 'past'] as const;
export const meetingListQuerySchema = pageQuerySchema.extend({
  when: z.enum(MEETING_PERIODS, { error: 'validation.choose' }).default('upcoming'),
});
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;
export const meetingListSchema = paginated(meetingSchema);
