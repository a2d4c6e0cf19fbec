import path from 'node:path';
import type { Readable } from 'node:stream';
import type { SessionUser } from '../../../../shared/schemas/auth';
import type { Paginated } from '../../../../shared/schemas/common';
import {
  IMPORT_MAX_BYTES,
  importUploadFieldsSchema,
  type Import,
  type ImportPreview,
  type ImportReport,
  type ImportStatus,
} from '../../../../shared/schemas/experience';
import type { z } from 'zod';
import { isErrorKey } from '../../../../shared/i18n/translate';
import type { importStartSchema } from '../../../../shared/schemas/experience';
import { AppError, conflict, forbidden, notFound, type FieldError } from '../../../lib/errors';
import type { AuditService } from '../../audit/audit.service';
import { canManageEstablishment, canReadEstablishment } from '../experience-access';
import type { ImportRow, ImportsRepository } from './imports.repository';
import { suggestMapping } from './mapping-guess';
import { unknownColumns } from './row-rules';
import { readHead, SheetError, type ImportFormat } from './sheet-reader';
import {
  detectFormat,
  removeStored,
  storedFile,
  storeUpload,
  UploadTooLargeError,
} from './upload-store';

// Uploads, previews, mapping and follow-up of imports. Reserved to the people who manage the
// establishment (its quality managers, administrators): a user representative reads comments
// but does not import them.

const PREVIEW_ROWS = 10;
const PREVIEW_CELL = 500;
const SOURCE_NAME_MAX = 120;
const FILE_NAME_MAX = 200;
/** Statuses in which some comments of the import may be waiting for the analysis. */
const ANALYSING: string[] = ['importing', 'analysing', 'failed'];

const problem = (status: number, code: string, params: Record<string, string | number> = {}) =>
  new AppError(status, code, params);
const validation = (errors: FieldError[]) => new AppError(400, 'validation', {}, errors);

function progressOf(row: ImportRow, analysed: number): number {
  if (row.status === 'done') return 100;
  if (row.status === 'uploaded' || row.status === 'queued') return 0;
  const read =
    row.status === 'importing' ? Math.min(1, row.bytesRead / Math.max(1, row.fileBytes)) : 1;
  const share = row.rowsInserted > 0 ? Math.min(1, analysed / row.rowsInserted) : 0;
  // Half for reading the file, half for analysing its comments; 100 only once done.
  return Math.min(99, Math.floor(50 * read + 50 * read * share));
}

export function toImport(row: ImportRow, analysed = 0): Import {
  const rowsAnalysed = row.status === 'done' ? row.rowsInserted : analysed;
  return {
    id: row.id,
    establishmentId: row.establishmentId,
    source: { id: row.sourceId, name: row.sourceName },
    fileName: row.fileName,
    format: row.format as ImportFormat,
    fileBytes: row.fileBytes,
    status: row.status as ImportStatus,
    mapping: row.mapping,
    bytesRead: row.bytesRead,
    rowsRead: row.rowsRead,
    rowsInserted: row.rowsInserted,
    rowsDuplicate: row.rowsDuplicate,
    rowsRejected: row.rowsRejected,
    rowsAnalysed,
    progress: progressOf(row, rowsAnalysed),
    error: row.error,
    createdBy: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** The problem for a file that cannot be read as a table. */
function unreadable(error: unknown): AppError {
  if (!(error instanceof SheetError)) return error as AppError;
  return problem(400, error.problem === 'noHeader' ? 'importNoHeader' : 'importUnreadable');
}

const cut = (text: string) =>
  text.length > PREVIEW_CELL ? `${text.slice(0, PREVIEW_CELL)}…` : text;

export interface Upload {
  fields: Record<string, string | undefined>;
  fileName: string;
  file: Readable;
}

export function createImportsService({
  repo,
  filesDir,
  audit,
  wakeJobs,
}: {
  repo: ImportsRepository;
  filesDir: string;
  audit: AuditService;
  wakeJobs: () => void;
}) {
  /** The import for someone who manages its establishment (404 for those who may not see it). */
  async function openImport(actor: SessionUser, id: string) {
    const row = await repo.findImport(id);
    if (!row || !canReadEstablishment(actor, row.establishmentId)) throw notFound();
    if (!canManageEstablishment(actor, row.establishmentId)) throw forbidden();
    return row;
  }

  function requireManager(actor: SessionUser, establishmentId: string) {
    if (!canManageEstablishment(actor, establishmentId)) throw forbidden();
  }

  async function withProgress(row: ImportRow): Promise<Import> {
    const counts = ANALYSING.includes(row.status) ? await repo.analysedCounts([row.id]) : null;
    return toImport(row, counts?.get(row.id) ?? 0);
  }

  /** The header and first rows of a stored file (a SheetError becomes a 400 problem). */
  async function readPreview(storedPath: string, format: ImportFormat) {
    try {
      const head = await readHead(storedFile(filesDir, storedPath), format, PREVIEW_ROWS);
      return { columns: head.columns, rows: head.rows.map((r) => r.map(cut)) };
    } catch (error) {
      throw unreadable(error);
    }
  }

  async function previewOf(row: ImportRow, saved: ImportPreview['suggestedMapping']) {
    if (row.status !== 'uploaded') {
      return { import: await withProgress(row), columns: [], rows: [], suggestedMapping: null };
    }
    const { columns, rows } = await readPreview(row.storedPath, row.format as ImportFormat);
    return {
      import: await withProgress(row),
      columns,
      rows,
      suggestedMapping: suggestMapping(columns, rows, saved),
    };
  }

  /** The fields of an upload, checked before its file streams to disk. */
  async function checkUpload(actor: SessionUser, input: Upload['fields']) {
    const parsed = importUploadFieldsSchema.safeParse(input);
    if (!parsed.success) {
      throw validation(
        parsed.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          key: isErrorKey(issue.message) ? issue.message : 'validation.invalid',
        })),
      );
    }
    const fields = parsed.data;
    if (!canManageEstablishment(actor, fields.establishmentId)) throw forbidden();
    if (!(await repo.establishmentExists(fields.establishmentId))) {
      throw validation([{ path: 'establishmentId', key: 'experience.unknownEstablishment' }]);
    }
    if (!fields.sourceId) return { fields, source: null };
    const source = await repo.findSource(fields.sourceId);
    const usable =
      source?.establishmentId === fields.establishmentId &&
      source.kind === 'file' &&
      !source.retiredAt;
    if (!usable) throw validation([{ path: 'sourceId', key: 'experience.unknownSource' }]);
    return { fields, source };
  }

  /** A new file source named by the upload (or after its file), reused when it exists. */
  async function namedSource(actor: SessionUser, establishmentId: string, name: string) {
    return (
      (await repo.findFileSourceByName(establishmentId, name)) ??
      (await repo.insertFileSource({ establishmentId, name, createdBy: actor.id }))
    );
  }

  return {
    async upload(actor: SessionUser, upload: Upload): Promise<ImportPreview> {
      const checked = await checkUpload(actor, upload.fields).catch((error: unknown) => {
        // Read the rest of the request, so that the answer can be sent.
        upload.file.resume();
        throw error;
      });
      const { establishmentId, sourceName } = checked.fields;
      const fileName = path.basename(upload.fileName || 'import').slice(0, FILE_NAME_MAX);

      const stored = await storeUpload(upload.file, filesDir).catch((error: unknown) => {
        if (!(error instanceof UploadTooLargeError)) throw error;
        const max = Math.round(IMPORT_MAX_BYTES / 1024 / 1024);
        throw new AppError(413, 'fileTooLarge', { max }, [
          { path: 'file', key: 'problem.fileTooLarge', params: { max } },
        ]);
      });
      try {
        if (stored.bytes === 0) throw problem(400, 'importEmpty');
        const format = detectFormat(fileName, stored.head);
        if (format === 'xls') throw problem(400, 'importXls');
        if (!format) throw problem(400, 'importFormat');
        const { columns, rows } = await readPreview(stored.storedPath, format);
        const name = (sourceName || path.parse(fileName).name || fileName)
          .slice(0, SOURCE_NAME_MAX)
          .trim();
        const source = checked.source ?? (await namedSource(actor, establishmentId, name));
        const id = await repo.insertImport({
          sourceId: source.id,
          establishmentId,
          fileName,
          format,
          storedPath: stored.storedPath,
          fileBytes: stored.bytes,
          fileSha256: stored.sha256,
          createdBy: actor.id,
        });
        const row = await repo.findImport(id);
        if (!row) throw notFound();
        return {
          import: toImport(row),
          columns,
          rows,
          suggestedMapping: suggestMapping(columns, rows, source.mapping),
        };
      } catch (error) {
        await removeStored(filesDir, stored.storedPath);
        throw error;
      }
    },

    async preview(actor: SessionUser, id: string): Promise<ImportPreview> {
      const row = await openImport(actor, id);
      const source = await repo.findSource(row.sourceId);
      return previewOf(row, source?.mapping ?? null);
    },

    async report(actor: SessionUser, id: string): Promise<ImportReport> {
      const row = await openImport(actor, id);
      return { ...(await withProgress(row)), rejections: row.rejections };
    },

    async list(
      actor: SessionUser,
      query: { establishmentId: string; page: number; pageSize: number },
    ): Promise<Paginated<Import>> {
      requireManager(actor, query.establishmentId);
      const { rows, total } = await repo.listImports(query.establishmentId, query);
      const counts = await repo.analysedCounts(
        rows.filter((r) => ANALYSING.includes(r.status)).map((r) => r.id),
      );
      return {
        items: rows.map((r) => toImport(r, counts.get(r.id) ?? 0)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async sources(actor: SessionUser, establishmentId: string) {
      requireManager(actor, establishmentId);
      const rows = await repo.fileSources(establishmentId);
      return rows.map((r) => ({
        ...r,
        hasMapping: Boolean(r.hasMapping),
        imports: Number(r.imports),
      }));
    },

    async start(
      actor: SessionUser,
      id: string,
      body: z.output<typeof importStartSchema>,
    ): Promise<Import> {
      const row = await openImport(actor, id);
      if (row.status !== 'uploaded') throw conflict('importStarted');
      const { columns } = await readPreview(row.storedPath, row.format as ImportFormat);
      const { mapping } = body;
      const errors: FieldError[] = unknownColumns(mapping, columns).map((p) => ({
        path: p,
        key: 'experience.unknownColumn',
      }));
      const labels = new Set<string>();
      mapping.scores.forEach((score, i) => {
        const label = score.label.toLowerCase();
        if (labels.has(label)) {
          errors.push({ path: `mapping.scores.${i}.label`, key: 'experience.duplicateScoreLabel' });
        }
        labels.add(label);
      });
      if (errors.length > 0) throw validation(errors);

      const queued = await repo.updateImport(id, { mapping, status: 'queued' }, ['uploaded']);
      if (!queued) throw conflict('importStarted');
      if (body.saveMapping) await repo.setSourceMapping(row.sourceId, mapping);
      await audit.record({
        action: 'experience.import',
        actorId: actor.id,
        targetType: 'experience_import',
        targetId: id,
        details: { establishmentId: row.establishmentId, format: row.format, bytes: row.fileBytes },
      });
      wakeJobs();
      const started = await repo.findImport(id);
      if (!started) throw notFound();
      return toImport(started);
    },

    async cancel(actor: SessionUser, id: string): Promise<void> {
      const row = await openImport(actor, id);
      if (!(await repo.deleteUploaded(id))) throw conflict('importStarted');
      await removeStored(filesDir, row.storedPath);
      await repo.removeUnusedSource(row.sourceId);
    },
  };
}

export type ImportsService = ReturnType<typeof createImportsService>;
