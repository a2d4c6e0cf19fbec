import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type {
  AnalysedSegment,
  ImportMapping,
  ImportRejection,
  ParticipantProfile,
  RetrainReport,
} from '../../../shared/schemas/experience';
import { establishments } from './establishments';
import { users } from './users';

// Patient experience (issue 5): comments imported from files or collected on a kiosk, analysed in
// the background (redaction, themes, sentiment), aggregated into monthly figures for dashboards,
// reviewed by people (corrections retrain the establishment's model), and focus groups.

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * The taxonomy of themes, shared by the platform (administrators edit it). The 16 defaults are
 * inserted by a migration. The code never changes (comments store it); a merged theme is retired
 * and points to the theme that absorbed it.
 */
export const experienceThemes = pgTable('experience_themes', {
  code: text('code').primaryKey(),
  labelFr: text('label_fr').notNull(),
  labelEn: text('label_en').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
  mergedInto: text('merged_into').references((): AnyPgColumn => experienceThemes.code, {
    onDelete: 'set null',
  }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Where comments come from: a kind of file an establishment imports regularly (with its saved
 * column mapping) or a kiosk (a tablet at the bedside, opened with its token, no account).
 */
export const experienceSources = pgTable(
  'experience_sources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    establishmentId: uuid('establishment_id')
      .notNull()
      .references(() => establishments.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** Files: the last mapping used, offered again at the next import. */
    mapping: jsonb('mapping').$type<ImportMapping>(),
    /** Kiosks: the service the tablet stands in and the secret of its address. */
    service: text('service').notNull().default(''),
    kioskToken: text('kiosk_token').unique(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('experience_sources_establishment_idx').on(t.establishmentId)],
);

/** One uploaded file and the background job that reads it (survives a restart). */
export const experienceImports = pgTable(
  'experience_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => experienceSources.id, { onDelete: 'cascade' }),
    establishmentId: uuid('establishment_id')
      .notNull()
      .references(() => establishments.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    format: text('format').notNull(),
    /** Where the uploaded file waits (under the files directory); removed once imported. */
    storedPath: text('stored_path').notNull(),
    fileBytes: bigint('file_bytes', { mode: 'number' }).notNull(),
    fileSha256: text('file_sha256').notNull(),
    mapping: jsonb('mapping').$type<ImportMapping>(),
    status: text('status').notNull().default('uploaded'),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    rowsRead: integer('rows_read').notNull().default(0),
    rowsInserted: integer('rows_inserted').notNull().default(0),
    rowsDuplicate: integer('rows_duplicate').notNull().default(0),
    rowsRejected: integer('rows_rejected').notNull().default(0),
    /** The first rejected rows with their reason (capped: see IMPORT_REJECTIONS_KEPT). */
    rejections: jsonb('rejections')
      .$type<ImportRejection[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    error: text('error'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('experience_imports_establishment_idx').on(t.establishmentId, t.createdAt),
    index('experience_imports_status_idx').on(t.status),
  ],
);

/** An establishment's own model, retrained from its reviewed comments (a background job). */
export const experienceModels = pgTable(
  'experience_models',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    establishmentId: uuid('establishment_id')
      .notNull()
      .references(() => establishments.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('queued'),
    /** The trained model (gzipped JSON), once ready. */
    model: bytea('model'),
    corrections: integer('corrections').notNull().default(0),
    report: jsonb('report').$type<RetrainReport>(),
    error: text('error'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('experience_models_establishment_idx').on(t.establishmentId, t.createdAt)],
);

/**
 * A comment (and the closed-question scores of the same answer). Until the analysis job has run,
 * the text as received waits in `raw_text`; the job replaces it with the redacted text and clears
 * `raw_text`, so personal data does not stay in the database.
 */
export const experienceComments = pgTable(
  'experience_comments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    establishmentId: uuid('establishment_id')
      .notNull()
      .references(() => establishments.id, { onDelete: 'cascade' }),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => experienceSources.id, { onDelete: 'cascade' }),
    importId: uuid('import_id').references(() => experienceImports.id, { onDelete: 'set null' }),
    /** Makes imports idempotent: a hash of the row (or its response id, or the kiosk answer id). */
    dedupKey: text('dedup_key').notNull(),
    receivedOn: date('received_on').notNull(),
    /** First day of the month of `received_on`, the grain of the dashboards. */
    month: date('month').notNull(),
    service: text('service').notNull().default(''),
    stayType: text('stay_type').notNull().default(''),
    rawText: text('raw_text'),
    text: text('text').notNull().default(''),
    scores: jsonb('scores')
      .$type<Record<string, number>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** Kiosk: the comment was written by a helper for the person. */
    helped: boolean('helped').notNull().default(false),
    analysedAt: timestamp('analysed_at', { withTimezone: true }),
    sentiment: text('sentiment'),
    themes: text('themes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    segments: jsonb('segments')
      .$type<AnalysedSegment[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    modelId: uuid('model_id').references(() => experienceModels.id, {
      onDelete: 'set null',
    }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('experience_comments_dedup_unique').on(t.establishmentId, t.dedupKey),
    index('experience_comments_establishment_idx').on(t.establishmentId, t.receivedOn, t.id),
    index('experience_comments_pending_idx')
      .on(t.id)
      .where(sql`${t.analysedAt} IS NULL`),
    index('experience_comments_import_idx').on(t.importId),
    index('experience_comments_themes_idx').using('gin', t.themes),
    index('experience_comments_search_idx').using(
      'gin',
      sql`to_tsvector('french'::regconfig, ${t.text})`,
    ),
  ],
);

/**
 * Monthly figures kept up to date by the analysis job: per establishment, month, service ('*' =
 * every service) and theme ('*' = every comment), the number of comments of each sentiment
 * ('' = not analysed yet is never counted; 'aucun' when the model gave none).
 */
export const experienceStats = pgTable(
  'experience_stats',
  {
    establishmentId: uuid('establishment_id')
      .notNull()
      .references(() => establishments.id, { onDelete: 'cascade' }),
    month: date('month').notNull(),
    service: text('service').notNull(),
    theme: text('theme').notNull(),
    sentiment: text('sentiment').notNull(),
    comments: integer('comments').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.establishmentId, t.month, t.service, t.theme, t.sentiment] }),
    index('experience_stats_month_idx').on(t.month, t.service),
  ],
);

/** Monthly sums of closed-question scores, same grain as experience_stats. */
export const experienceScoreStats = pgTable(
  'experience_score_stats',
  {
    establishmentId: uuid('establishment_id')
      .notNull()
      .references(() => establishments.id, { onDelete: 'cascade' }),
    month: date('month').notNull(),
    service: text('service').notNull(),
    question: text('question').notNull(),
    total: doublePrecision('total').notNull(),
    answers: integer('answers').notNull(),
  },
  (t) => [primaryKey({ columns: [t.establishmentId, t.month, t.service, t.question] })],
);

/** Who corrected what on a comment, and when (the comment holds the current values). */
export const experienceCorrections = pgTable(
  'experience_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commentId: bigint('comment_id', { mode: 'number' })
      .notNull()
      .references(() => experienceComments.id, { onDelete: 'cascade' }),
    establishmentId: uuid('establishment_id')
      .notNull()
      .references(() => establishments.id, { onDelete: 'cascade' }),
    themesBefore: text('themes_before').array().notNull(),
    sentimentBefore: text('sentiment_before'),
    themesAfter: text('themes_after').array().notNull(),
    sentimentAfter: text('sentiment_after'),
    correctedBy: uuid('corrected_by').references(() => users.id, { onDelete: 'set null' }),
    correctedAt: timestamp('corrected_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('experience_corrections_comment_idx').on(t.commentId, t.correctedAt),
    index('experience_corrections_establishment_idx').on(t.establishmentId),
  ],
);

/** A focus group session: a pathway explored with patients, facilitated by a pro + RU pair. */
export const experienceFocusGroups = pgTable(
  'experience_focus_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    establishmentId: uuid('establishment_id')
      .notNull()
      .references(() => establishments.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    pathway: text('pathway').notNull(),
    heldOn: date('held_on').notNull(),
    /** Profiles without names, e.g. { profile: 'patient', count: 4, note: 'plus de 75 ans' }. */
    participants: jsonb('participants')
      .$type<ParticipantProfile[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    professionalFacilitatorId: uuid('professional_facilitator_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    representativeFacilitatorId: uuid('representative_facilitator_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('experience_focus_groups_establishment_idx').on(t.establishmentId, t.heldOn)],
);

/** What a focus group found, tagged with the taxonomy so it shows beside the comments. */
export const experienceFindings = pgTable(
  'experience_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    focusGroupId: uuid('focus_group_id')
      .notNull()
      .references(() => experienceFocusGroups.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    themes: text('themes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sentiment: text('sentiment'),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('experience_findings_group_idx').on(t.focusGroupId)],
);

/** Improvement actions decided from the patient experience (e.g. from a finding). */
export const experienceActions = pgTable(
  'experience_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    establishmentId: uuid('establishment_id')
      .notNull()
      .references(() => establishments.id, { onDelete: 'cascade' }),
    findingId: uuid('finding_id').references(() => experienceFindings.id, {
      onDelete: 'set null',
    }),
    title: text('title').notNull(),
    theme: text('theme'),
    owner: text('owner').notNull().default(''),
    dueOn: date('due_on'),
    status: text('status').notNull().default('a_faire'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('experience_actions_establishment_idx').on(t.establishmentId)],
);
