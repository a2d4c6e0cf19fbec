import {
  IMPORT_REJECTIONS_KEPT,
  type ImportRejection,
} from '../../../../shared/schemas/experience';
import type { Clock } from '../../../lib/clock';
import type { JobStep } from '../jobs';
import type { ImportRecord, ImportsRepository, NewComment } from './imports.repository';
import {
  columnIndexes,
  dedupKey,
  establishmentResolver,
  mapRow,
  type RowContext,
} from './row-rules';
import { openSheet, SheetError, type ImportFormat, type Sheet } from './sheet-reader';
import { removeStored, storedFile } from './upload-store';

// The background job that reads an imported file: streams its rows, maps and validates them,
// inserts the comments in batches (a row already imported adds nothing) and keeps the counts
// and progress in the import's row. One import at a time; each call of the step reads a few
// batches, so the other jobs and the requests get their turn. The reading state lives only in
// memory: after a restart the import, still 'importing', is read again from its beginning.

export interface ImportJobOptions {
  repo: ImportsRepository;
  filesDir: string;
  clock: Clock;
  /** Rows per INSERT. */
  batchSize?: number;
  /** Batches per call of the step. */
  batchesPerStep?: number;
}

const HOUR_MS = 3_600_000;
const UPLOAD_KEPT_MS = 7 * 24 * HOUR_MS;
const SWEEP_EVERY_MS = HOUR_MS;

interface Run {
  record: ImportRecord;
  sheet: Sheet;
  context: RowContext;
  /** Identical rows met so far in the file (see dedupKey). */
  occurrences: Map<number, number>;
  read: number;
  rejected: number;
  inserted: number;
  duplicate: number;
  rejections: ImportRejection[];
}

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A failure worth logging, without its details: a failed statement's values hold comments. */
const failure = (importId: string, error: unknown) => {
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } }).cause?.code ??
    (error as { code?: unknown }).code;
  return new Error(
    `experience import ${importId} failed: ${(error as Error)?.name ?? 'error'}${code ? ` ${String(code)}` : ''}`,
  );
};

export function createImportJob({
  repo,
  filesDir,
  clock,
  batchSize = 500,
  batchesPerStep = 4,
}: ImportJobOptions): JobStep {
  let current: Run | null = null;

  async function open(record: ImportRecord): Promise<Run> {
    if (!record.mapping) throw new Error('import queued without a mapping');
    const mapping = record.mapping;
    const sheet = await openSheet(
      storedFile(filesDir, record.storedPath),
      record.format as ImportFormat,
    );
    try {
      let resolveEstablishment: RowContext['resolveEstablishment'] = () => 'unknownEstablishment';
      if (mapping.establishment !== null) {
        const rights = await repo.importRights(record.createdBy);
        resolveEstablishment = establishmentResolver(
          await repo.establishmentDirectory(),
          (id) =>
            id === record.establishmentId ||
            Boolean(rights && (rights.admin || rights.managed.has(id))),
        );
      }
      return {
        record,
        sheet,
        context: {
          columns: columnIndexes(mapping, sheet.columns),
          dateOrder: mapping.dateFormat,
          today: parisDay.format(clock.now()),
          defaultEstablishmentId: record.establishmentId,
          resolveEstablishment,
        },
        occurrences: new Map(),
        read: 0,
        rejected: 0,
        inserted: 0,
        duplicate: 0,
        rejections: [],
      };
    } catch (error) {
      await sheet.close();
      throw error;
    }
  }

  /** Reads and inserts one batch; false at the end of the file. */
  async function batch(run: Run): Promise<boolean> {
    const comments: NewComment[] = [];
    const rejectionsBefore = run.rejections.length;
    let more = true;
    while (comments.length < batchSize) {
      const row = await run.sheet.next();
      if (!row) {
        more = false;
        break;
      }
      run.read += 1;
      const result = mapRow(row.cells, run.context);
      if ('reason' in result) {
        run.rejected += 1;
        if (run.rejections.length < IMPORT_REJECTIONS_KEPT) {
          run.rejections.push({ row: row.line, reason: result.reason, value: result.value });
        }
        continue;
      }
      const { comment } = result;
      comments.push({
        establishment_id: comment.establishmentId,
        source_id: run.record.sourceId,
        import_id: run.record.id,
        dedup_key: dedupKey(comment, run.record.sourceId, run.occurrences),
        received_on: comment.receivedOn,
        month: comment.month,
        service: comment.service,
        stay_type: comment.stayType,
        raw_text: comment.text,
        scores: comment.scores,
      });
    }
    const inserted = await repo.insertComments(comments);
    run.inserted += inserted;
    run.duplicate += comments.length - inserted;
    await repo.updateImport(run.record.id, {
      bytesRead: run.sheet.bytesRead(),
      rowsRead: run.read,
      rowsInserted: run.inserted,
      rowsDuplicate: run.duplicate,
      rowsRejected: run.rejected,
      ...(run.rejections.length > rejectionsBefore ? { rejections: run.rejections } : {}),
    });
    return more;
  }

  async function finish(run: Run) {
    await run.sheet.close();
    // Counted from the database: a run that started again after a restart met its own rows.
    const inserted = await repo.countComments(run.record.id);
    await repo.updateImport(run.record.id, {
      bytesRead: run.record.fileBytes,
      rowsRead: run.read,
      rowsInserted: inserted,
      rowsDuplicate: run.read - run.rejected - inserted,
      rowsRejected: run.rejected,
      rejections: run.rejections,
      // The analysis job marks it done once its comments are analysed; none to analyse: done.
      status: inserted > 0 ? 'analysing' : 'done',
      finishedAt: inserted > 0 ? null : clock.now(),
    });
    await removeStored(filesDir, run.record.storedPath);
  }

  async function fail(record: ImportRecord, error: unknown) {
    const problem = error instanceof SheetError ? error.problem : 'internal';
    try {
      await repo.updateImport(record.id, {
        status: 'failed',
        error: problem,
        finishedAt: clock.now(),
      });
      await removeStored(filesDir, record.storedPath);
    } catch (second) {
      throw failure(record.id, second);
    }
    // Unexpected failures are logged (without details); a broken file is the report's business.
    if (problem === 'internal') throw failure(record.id, error);
  }

  /** Uploads nobody mapped within UPLOAD_KEPT_MS give their disk space back. */
  let lastSweep = 0;
  async function sweepUploads() {
    const now = clock.now();
    if (now.getTime() - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = now.getTime();
    const expired = await repo.expireUploads(new Date(now.getTime() - UPLOAD_KEPT_MS), now);
    for (const storedPath of expired) await removeStored(filesDir, storedPath);
  }

  return async function importStep() {
    if (!current) {
      await sweepUploads();
      const record = await repo.claimNext();
      if (!record) return false;
      try {
        current = await open(record);
      } catch (error) {
        await fail(record, error);
        return true;
      }
    }
    const run = current;
    try {
      for (let n = 0; n < batchesPerStep; n++) {
        if (!(await batch(run))) {
          current = null;
          await finish(run);
          break;
        }
      }
    } catch (error) {
      current = null;
      await run.sheet.close();
      await fail(run.record, error);
    }
    return true;
  };
}
