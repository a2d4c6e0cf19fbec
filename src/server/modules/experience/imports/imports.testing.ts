// Fixtures shared by the import tests (not a test file itself).
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { expect } from 'vitest';
import { makeEstablishment } from '../../../../../test/factories/establishments';
import { makeUser } from '../../../../../test/factories/users';
import { signedIn } from '../../../../../test/support/demo-community';
import { createTestApp, TestClient, type TestApp } from '../../../../../test/support/test-app';
import type {
  Import,
  ImportMappingInput,
  ImportPreview,
  ImportReport,
} from '../../../../shared/schemas/experience';
import { createImportJob } from './imports.job';
import { createImportsRepository } from './imports.repository';

export const IMPORTS = '/api/experience/imports';
const BOUNDARY = '----binome-import-boundary';

type FileBody = { name: string; content: Buffer | string } | { name: string; path: string };

function parts(fields: Record<string, string>, file?: FileBody) {
  const head = Object.entries(fields)
    .map(
      ([name, value]) =>
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    )
    .join('');
  const fileHead = file
    ? `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`
    : '';
  const tail = `${file ? '\r\n' : ''}--${BOUNDARY}--\r\n`;
  return { before: Buffer.from(head + fileHead), tail: Buffer.from(tail) };
}

/**
 * A multipart/form-data body (fields, then the file, as browsers send a form). A file given by
 * its path is streamed from disk, never held in memory.
 */
export function multipart(fields: Record<string, string>, file?: FileBody) {
  const { before, tail } = parts(fields, file);
  const headers = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
  if (file && 'path' in file) {
    const path = file.path;
    async function* body() {
      yield before;
      yield* createReadStream(path);
      yield tail;
    }
    return { payload: Readable.from(body()), headers };
  }
  const content = file ? Buffer.from(file.content) : Buffer.alloc(0);
  return { payload: Buffer.concat([before, content, tail]), headers };
}

/** A CSV text from rows of cells (quoted when needed), lines ended by CRLF. */
export function csv(rows: string[][], separator = ';') {
  const quote = (cell: string) =>
    /["\r\n]/.test(cell) || cell.includes(separator) ? `"${cell.replaceAll('"', '""')}"` : cell;
  return `${rows.map((row) => row.map(quote).join(separator)).join('\r\n')}\r\n`;
}

export async function uploadFile(
  client: TestClient,
  establishmentId: string,
  file: FileBody,
  fields: Record<string, string> = {},
) {
  return client.request({
    method: 'POST',
    url: IMPORTS,
    ...multipart({ establishmentId, ...fields }, file),
  });
}

/** Uploads a file that must be accepted; answers its preview. */
export async function uploaded(
  client: TestClient,
  establishmentId: string,
  file: FileBody,
  fields: Record<string, string> = {},
): Promise<ImportPreview> {
  const response = await uploadFile(client, establishmentId, file, fields);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ImportPreview;
}

export async function start(
  client: TestClient,
  id: string,
  mapping: ImportMappingInput,
  saveMapping = true,
): Promise<Import> {
  const response = await client.post(`${IMPORTS}/${id}/start`, { mapping, saveMapping });
  expect(response.statusCode, response.body).toBe(202);
  return response.json() as Import;
}

export async function report(client: TestClient, id: string): Promise<ImportReport> {
  const response = await client.get(`${IMPORTS}/${id}/report`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ImportReport;
}

/**
 * The import job alone (no analysis after it), as a process would run it: the comments keep
 * their text as received, for tests that look at what the import stored.
 */
export function importJob(
  t: TestApp,
  options: { batchSize?: number; batchesPerStep?: number } = {},
) {
  const step = createImportJob({
    repo: createImportsRepository(t.database.db),
    filesDir: t.config.filesDir,
    clock: t.clock,
    ...options,
  });
  return {
    step,
    async drain() {
      while (await step()) {
        // next batch
      }
    },
  };
}

/** Two establishments with a quality manager each, a user representative, an administrator. */
export async function withImports() {
  const t = await createTestApp();
  const establishment = await makeEstablishment(t.database, {
    name: 'Centre hospitalier de Nantes',
  });
  const other = await makeEstablishment(t.database, { name: 'Clinique Sainte-Anne' });
  const annex = await makeEstablishment(t.database, { name: 'Hôpital Saint-Éloi' });
  const manager = await makeUser(t.database, {
    links: [
      { establishmentId: establishment.id, role: 'quality_manager' },
      { establishmentId: annex.id, role: 'quality_manager' },
    ],
  });
  const representative = await makeUser(t.database, {
    links: [{ establishmentId: establishment.id, role: 'user_representative' }],
  });
  const otherManager = await makeUser(t.database, {
    links: [{ establishmentId: other.id, role: 'quality_manager' }],
  });
  const admin = await makeUser(t.database, { platformRole: 'admin' });
  return {
    t,
    establishment,
    other,
    annex,
    manager: await signedIn(t, manager.email),
    representative: await signedIn(t, representative.email),
    otherManager: await signedIn(t, otherManager.email),
    admin: await signedIn(t, admin.email),
    visitor: new TestClient(t.app),
  };
}

/** The comments an import stored, in file order. */
export async function commentsOf(t: TestApp, importId: string) {
  return t.database.rows<{
    establishment_id: string;
    dedup_key: string;
    received_on: string;
    month: string;
    service: string;
    stay_type: string;
    raw_text: string | null;
    text: string;
    scores: Record<string, number>;
  }>(
    `select establishment_id, dedup_key, received_on::text, month::text, service, stay_type, raw_text, text, scores
     from experience_comments where import_id = '${importId}' order by id`,
  );
}
