import { z } from 'zod';
import {
  ACTION_STATUSES,
  BINOME_SIDES,
  PARTNERSHIP_LEVELS,
  REGIONS,
  SECTORS,
  WORKSHOP_MODES,
} from '../enums';
import { boundedText, optionalText, pageQuerySchema, paginated, uuidSchema } from './common';

// Partnership workshops (issue 6). The API contract shared by the server and the web app.
// Privacy rule: a member's expectations and ratings are shown only to that member, and to the
// partner once revealed (expectations: after the facilitator's reveal; ratings: once both members
// have submitted theirs). Facilitators see progress, the agreed positions and anonymous groupings.

const longText = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });
const level = z.enum(PARTNERSHIP_LEVELS, { error: 'validation.choose' });

// ---------- Domains (the grid, edited by administrators) ----------

export const domainSchema = z.object({
  id: uuidSchema,
  /** PARTNERSHIP_DOMAINS code of a default domain, null for domains added later. */
  code: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  position: z.number().int(),
  retiredAt: z.string().nullable(),
  /** How many ratings and agreed positions use it (what retiring it would affect). */
  usage: z.number().int(),
});
export type Domain = z.infer<typeof domainSchema>;

export const domainInputSchema = z.object({
  name: boundedText(150),
  description: longText(1_000).default(''),
  position: z.coerce.number().int().min(0).max(1_000).default(0),
});
export type DomainInput = z.input<typeof domainInputSchema>;

/** Retire (true) or restore (false) a domain. */
export const domainRetireSchema = z.object({ retired: z.boolean() });

export const domainListQuerySchema = z.object({
  /** Administrators may list retired domains too. */
  includeRetired: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

// ---------- Workshops ----------

export const workshopInputSchema = z
  .object({
    title: boundedText(200),
    description: longText(5_000).default(''),
    /** Day and times in Paris time, as for community meetings. */
    date: z.iso.date({ error: 'meeting.date' }),
    start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'meeting.time' }),
    end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'meeting.time' }),
    mode: z.enum(WORKSHOP_MODES, { error: 'validation.choose' }),
    place: optionalText(300).default(null),
    link: optionalText(500).default(null),
    communityIds: z.array(uuidSchema).max(20).default([]),
  })
  .refine((w) => w.end > w.start, { path: ['end'], error: 'meeting.endBeforeStart' })
  .refine((w) => w.mode !== 'presentiel' || w.place !== null, {
    message: 'partnership.placeRequired',
    path: ['place'],
  })
  .refine((w) => w.link === null || /^https?:\/\/[^\s]+$/i.test(w.link), {
    message: 'validation.url',
    path: ['link'],
  });
export type WorkshopInput = z.input<typeof workshopInputSchema>;
export type WorkshopValues = z.output<typeof workshopInputSchema>;

export const workshopParamsSchema = z.object({ id: uuidSchema });
export const workshopListQuerySchema = pageQuerySchema.extend({
  period: z.enum(['upcoming', 'past', 'all']).default('all'),
});

const workshopBaseSchema = z.object({
  id: uuidSchema,
  title: z.string(),
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.enum(WORKSHOP_MODES),
  place: z.string().nullable(),
  link: z.string().nullable(),
  revealedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  binomeCount: z.number().int(),
});

export const workshopSummarySchema = workshopBaseSchema.extend({
  /** The reader's own binôme in this workshop, if any. */
  myBinomeId: uuidSchema.nullable(),
});
export type WorkshopSummary = z.infer<typeof workshopSummarySchema>;
export const workshopPageSchema = paginated(workshopSummarySchema);

/** A member of a binôme; id and name are null once the person deleted their account. */
const formerMemberOr = z.object({ id: uuidSchema.nullable(), name: z.string().nullable() });

export const binomeSummarySchema = z.object({
  id: uuidSchema,
  establishment: z.object({ id: uuidSchema, name: z.string(), sector: z.enum(SECTORS) }),
  professional: formerMemberOr,
  representative: formerMemberOr,
});
export type BinomeSummary = z.infer<typeof binomeSummarySchema>;

export const workshopDetailSchema = workshopBaseSchema.extend({
  communities: z.array(z.object({ id: uuidSchema, slug: z.string(), title: z.string() })),
  myBinomeId: uuidSchema.nullable(),
  /** Pilots and administrators run workshops. */
  canFacilitate: z.boolean(),
  /** Who is in which binôme (names only, never answers); facilitators and participants. */
  binomes: z.array(binomeSummarySchema),
});
export type WorkshopDetail = z.infer<typeof workshopDetailSchema>;

// ---------- Binômes (registration by the facilitator) ----------

export const binomeInputSchema = z.object({
  establishmentId: uuidSchema,
  professionalId: uuidSchema,
  representativeId: uuidSchema,
});
export type BinomeInput = z.infer<typeof binomeInputSchema>;

export const binomeParamsSchema = z.object({ id: uuidSchema });
export const workshopBinomeParamsSchema = z.object({ id: uuidSchema, binomeId: uuidSchema });

/** People who may be registered for an establishment: its quality managers and its RU. */
export const candidatesQuerySchema = z.object({ establishmentId: uuidSchema });
export const candidatesSchema = z.object({
  professionals: z.array(z.object({ id: uuidSchema, name: z.string() })),
  representatives: z.array(z.object({ id: uuidSchema, name: z.string() })),
});

// ---------- Facilitator view ----------

export const facilitationSchema = z.object({
  workshopId: uuidSchema,
  revealedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  progress: z.array(
    binomeSummarySchema.extend({
      professionalExpectationsSubmitted: z.boolean(),
      representativeExpectationsSubmitted: z.boolean(),
      professionalRatingsSubmitted: z.boolean(),
      representativeRatingsSubmitted: z.boolean(),
      /** Domains with an agreed position, out of the active domains. */
      agreedDomains: z.number().int(),
    }),
  ),
  activeDomains: z.number().int(),
  /**
   * After the reveal: every submitted text, grouped by side, without author nor establishment,
   * shuffled in a stable order. Empty before the reveal.
   */
  expectations: z.object({
    professional: z.object({
      expectations: z.array(z.string()),
      preconceptions: z.array(z.string()),
    }),
    representative: z.object({
      expectations: z.array(z.string()),
      preconceptions: z.array(z.string()),
    }),
  }),
});
export type Facilitation = z.infer<typeof facilitationSchema>;

// ---------- One binôme's own space ----------

export const expectationsInputSchema = z.object({
  expectations: longText(5_000),
  preconceptions: longText(5_000),
  /** true: hand in (still editable until the reveal); false: save a draft. */
  submit: z.boolean().default(false),
});
export type ExpectationsInput = z.input<typeof expectationsInputSchema>;

export const expectationsSchema = z.object({
  expectations: z.string(),
  preconceptions: z.string(),
  submittedAt: z.string().nullable(),
});

export const ratingSchema = z.object({
  domainId: uuidSchema,
  current: level,
  target: level,
});
export type Rating = z.infer<typeof ratingSchema>;

export const ratingsInputSchema = z.object({
  ratings: z.array(ratingSchema).max(100),
  /** true: hand in (every active domain must be rated); false: save a draft. */
  submit: z.boolean().default(false),
});
export type RatingsInput = z.input<typeof ratingsInputSchema>;

export const positionInputSchema = z.object({
  current: level,
  target: level,
  comment: longText(2_000).default(''),
});
export type PositionInput = z.input<typeof positionInputSchema>;
export const positionParamsSchema = z.object({ id: uuidSchema, domainId: uuidSchema });

export const positionSchema = z.object({
  domainId: uuidSchema,
  current: z.enum(PARTNERSHIP_LEVELS),
  target: z.enum(PARTNERSHIP_LEVELS),
  comment: z.string(),
  agreedAt: z.string(),
  agreedBy: z.string().nullable(),
});
export type Position = z.infer<typeof positionSchema>;

export const storyInputSchema = z.object({
  title: boundedText(200),
  story: boundedText(5_000),
  domainId: uuidSchema.nullable().default(null),
});
export type StoryInput = z.input<typeof storyInputSchema>;
export const storySchema = z.object({
  id: uuidSchema,
  title: z.string(),
  story: z.string(),
  domainId: uuidSchema.nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type Story = z.infer<typeof storySchema>;
export const storyParamsSchema = z.object({ id: uuidSchema, storyId: uuidSchema });

export const actionInputSchema = z.object({
  title: boundedText(300),
  domainId: uuidSchema.nullable().default(null),
  owner: longText(200).default(''),
  /** YYYY-MM-DD */
  dueOn: z.iso.date({ error: 'validation.date' }).nullable().default(null),
  status: z.enum(ACTION_STATUSES, { error: 'validation.choose' }).default('a_faire'),
});
export type ActionInput = z.input<typeof actionInputSchema>;
export const actionSchema = z.object({
  id: uuidSchema,
  title: z.string(),
  domainId: uuidSchema.nullable(),
  owner: z.string(),
  dueOn: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  createdAt: z.string(),
});
export type PartnershipAction = z.infer<typeof actionSchema>;
export const actionParamsSchema = z.object({ id: uuidSchema, actionId: uuidSchema });

const memberViewSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  side: z.enum(BINOME_SIDES),
});

export const binomeDetailSchema = z.object({
  id: uuidSchema,
  workshop: workshopBaseSchema.pick({
    id: true,
    title: true,
    startsAt: true,
    revealedAt: true,
    closedAt: true,
  }),
  establishment: z.object({ id: uuidSchema, name: z.string(), sector: z.enum(SECTORS) }),
  me: memberViewSchema,
  /** id and name null once the partner deleted their account. */
  partner: memberViewSchema.extend(formerMemberOr.shape),
  /** Domains to rate: the active ones, plus retired ones this binôme already used. */
  domains: z.array(domainSchema.omit({ usage: true })),
  myExpectations: expectationsSchema,
  /** null until the facilitator reveals (or when the partner handed in nothing). */
  partnerExpectations: expectationsSchema.nullable(),
  partnerExpectationsSubmitted: z.boolean(),
  myRatings: z.array(ratingSchema),
  myRatingsSubmittedAt: z.string().nullable(),
  partnerRatingsSubmitted: z.boolean(),
  /** null until both members have submitted their ratings. */
  partnerRatings: z.array(ratingSchema).nullable(),
  positions: z.array(positionSchema),
  stories: z.array(storySchema),
  actions: z.array(actionSchema),
  /** A closed workshop is read-only. */
  readOnly: z.boolean(),
});
export type BinomeDetail = z.infer<typeof binomeDetailSchema>;

/** The agreed positions of the same establishment's binômes over successive workshops. */
export const binomeHistorySchema = z.object({
  workshops: z.array(
    z.object({
      workshopId: uuidSchema,
      title: z.string(),
      startsAt: z.string(),
      positions: z.array(positionSchema.pick({ domainId: true, current: true, target: true })),
    }),
  ),
  domains: z.array(z.object({ id: uuidSchema, name: z.string() })),
});
export type BinomeHistory = z.infer<typeof binomeHistorySchema>;

// ---------- Aggregated results ----------

/** Groups smaller than this are not shown, so that no establishment can be recognised. */
export const MIN_AGGREGATE_GROUP = 3;
/** Plus-values listed with the aggregated results. */
export const RESULT_STORIES = 20;

export const resultsQuerySchema = z.object({
  workshopId: uuidSchema.optional(),
  sector: z.enum(SECTORS, { error: 'validation.choose' }).optional(),
  region: z.enum(REGIONS, { error: 'validation.choose' }).optional(),
});
export type ResultsQuery = z.infer<typeof resultsQuerySchema>;

const levelCounts = z.object({
  information: z.number().int(),
  consultation: z.number().int(),
  collaboration: z.number().int(),
  co_construction: z.number().int(),
});

export const resultRowSchema = z.object({
  domainId: uuidSchema,
  domainName: z.string(),
  /** Binômes with an agreed position for this domain. */
  binomes: z.number().int(),
  /** false when binomes < MIN_AGGREGATE_GROUP: the figures below are then null. */
  shown: z.boolean(),
  /** Mean level, 1 (information) to 4 (co-construction), two decimals. */
  meanCurrent: z.number().nullable(),
  meanTarget: z.number().nullable(),
  current: levelCounts.nullable(),
  target: levelCounts.nullable(),
});
export type ResultRow = z.infer<typeof resultRowSchema>;

export const resultsSchema = z.object({
  minGroup: z.number().int(),
  /** Binômes counted (with at least one agreed position) under the filters. */
  binomes: z.number().int(),
  rows: z.array(resultRowSchema),
  /** The same per sector (each sector hidden below the minimum group size). */
  bySector: z.array(
    z.object({
      sector: z.enum(SECTORS),
      binomes: z.number().int(),
      shown: z.boolean(),
      rows: z.array(resultRowSchema),
    }),
  ),
  /** Plus-values told by the binômes under the filters, how many in all. */
  storiesTotal: z.number().int(),
  /**
   * The RESULT_STORIES most recent of them (latest workshop first), establishment named,
   * authors never.
   */
  stories: z.array(
    z.object({
      id: uuidSchema,
      title: z.string(),
      story: z.string(),
      domainName: z.string().nullable(),
      establishmentName: z.string(),
      sector: z.enum(SECTORS),
      workshopTitle: z.string(),
    }),
  ),
});
export type Results = z.infer<typeof resultsSchema>;
