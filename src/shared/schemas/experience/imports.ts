import { z } from 'zod';
import { boundedText, pageQuerySchema, paginated, uuidSchema } from '../common';

// Import of questionnaire answers and comments from CSV/XLSX files: upload, preview and mapping,
// then a background job that streams the file (idempotent: a row already imported adds nothing).

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export const IMPORT_STATUSES = [
  'uploaded', // waiting for its column mapping
  'queued', // mapping given, waiting for the job
  'importing', // the job reads the file
  'analysing', // every row is in; the analysis job works through the comments
  'done',
  'failed',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Why a row was rejected (i18n keys experience.imports.rejections.<code>). */
export const REJECTION_REASONS = [
  'missingText',
  'textTooLong',
  'missingDate',
  'badDate',
  'futureDate',
  'unknownEstablishment',
  'forbiddenEstablishment',
  'badScore',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];
/** The report keeps the first rejected rows (the counts are complete). */
export const IMPORT_REJECTIONS_KEPT = 500;
export const IMPORT_MAX_BYTES = 200 * 1024 * 1024;
export const COMMENT_MAX_LENGTH = 10_000;

export const importRejectionSchema = z.object({
  /** Line of the file (1 = the header line). */
  row: z.number().int(),
  reason: z.enum(REJECTION_REASONS),
  /** The offending value, cut to 80 characters (never the comment itself). */
  value: z.string().nullable(),
});
export type ImportRejection = z.infer<typeof importRejectionSchema>;

const column = z.string().trim().min(1, { error: 'validation.required' }).max(200);

/** Which column holds what. Column names as in the file's first line. */
export const importMappingSchema = z.object({
  /** One or several free-text columns (joined with a blank line). */
  text: z.array(column).min(1, { error: 'experience.mappingText' }).max(10),
  date: column,
  /** Date order when ambiguous (01/02/2025): day first (French habit) or ISO. */
  dateFormat: z.enum(['dmy', 'ymd', 'mdy']).default('dmy'),
  service: column.nullable().default(null),
  /** FINESS number or exact name; without it every row goes to the import's establishment. */
  establishment: column.nullable().default(null),
  stayType: column.nullable().default(null),
  /** A respondent / answer identifier: re-imports recognise rows by it when present. */
  responseId: column.nullable().default(null),
  /** Closed questions: the column and the label the dashboard shows. */
  scores: z
    .array(z.object({ column, label: boundedText(120) }))
    .max(30)
    .default([]),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;
export type ImportMappingInput = z.input<typeof importMappingSchema>;

export const importStartSchema = z.object({
  mapping: importMappingSchema,
  /** Keep this mapping on the source for the next file (default true). */
  saveMapping: z.boolean().default(true),
});
export type ImportStart = z.input<typeof importStartSchema>;

export const importSchema = z.object({
  id: uuidSchema,
  establishmentId: uuidSchema,
  source: z.object({ id: uuidSchema, name: z.string() }),
  fileName: z.string(),
  format: z.enum(IMPORT_FORMATS),
  fileBytes: z.number().int(),
  status: z.enum(IMPORT_STATUSES),
  mapping: importMappingSchema.nullable(),
  bytesRead: z.number().int(),
  rowsRead: z.number().int(),
  rowsInserted: z.number().int(),
  rowsDuplicate: z.number().int(),
  rowsRejected: z.number().int(),
  /** Of the inserted rows, how many the analysis job has done. */
  rowsAnalysed: z.number().int(),
  /** 0–100 over both phases (reading the file, analysing its comments). */
  progress: z.number(),
  error: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Import = z.infer<typeof importSchema>;

/** What the mapping step shows: the columns, the first rows and a proposed mapping. */
export const importPreviewSchema = z.object({
  import: importSchema,
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** The source's saved mapping if its columns are all present, else a guess from the names. */
  suggestedMapping: importMappingSchema.nullable(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importReportSchema = importSchema.extend({
  rejections: z.array(importRejectionSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importListQuerySchema = pageQuerySchema.extend({ establishmentId: uuidSchema });
export const importPageSchema = paginated(importSchema);

/** Multipart fields sent with the file. */
export const importUploadFieldsSchema = z.object({
  establishmentId: uuidSchema,
  /** An existing file source, or the name of a new one. */
  sourceId: uuidSchema.optional(),
  sourceName: z.string().trim().max(120).optional(),
});

export const fileSourceSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  hasMapping: z.boolean(),
  imports: z.number().int(),
});
export const fileSourceListSchema = z.array(fileSourceSchema);
