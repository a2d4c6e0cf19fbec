import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ImportFormat } from './sheet-reader';

// Uploaded import files wait on disk (never in memory) until the job has read them.

export const IMPORTS_DIR = 'experience-imports';

export class UploadTooLargeError extends Error {
  constructor() {
    super('upload too large');
  }
}

export interface StoredUpload {
  /** Relative to the files directory (what the database keeps). */
  storedPath: string;
  bytes: number;
  sha256: string;
  /** The first bytes (to recognise the format). */
  head: Buffer;
}

export const storedFile = (filesDir: string, storedPath: string) => {
  // The path comes from our own database, but never let it leave the imports folder.
  if (!/^experience-imports\/[0-9a-f-]{36}$/.test(storedPath)) {
    throw new Error('invalid stored import path');
  }
  return path.join(filesDir, storedPath);
};

/** Streams an upload to disk, hashing and counting as it goes; throws UploadTooLargeError. */
export async function storeUpload(file: Readable, filesDir: string): Promise<StoredUpload> {
  const storedPath = `${IMPORTS_DIR}/${randomUUID()}`;
  const target = storedFile(filesDir, storedPath);
  await mkdir(path.dirname(target), { recursive: true });
  const hash = createHash('sha256');
  let bytes = 0;
  let head = Buffer.alloc(0);
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      if (head.length < 16) head = Buffer.concat([head, chunk.subarray(0, 16 - head.length)]);
      callback(null, chunk);
    },
  });
  // Multipart streams stop at the size limit and say so with a 'limit' event.
  file.once('limit', () => meter.destroy(new UploadTooLargeError()));
  try {
    await pipeline(file, meter, createWriteStream(target));
  } catch (error) {
    await rm(target, { force: true });
    // Read the rest of the request, so that the answer can be sent.
    file.resume();
    throw error;
  }
  return { storedPath, bytes, sha256: hash.digest('hex'), head };
}

export const removeStored = (filesDir: string, storedPath: string) =>
  rm(storedFile(filesDir, storedPath), { force: true });

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);

/**
 * The format from the name and the first bytes: 'xls' for the old binary Excel format (refused
 * with its own advice), null when it is neither CSV nor XLSX.
 */
export function detectFormat(fileName: string, head: Buffer): ImportFormat | 'xls' | null {
  const extension = path.extname(fileName).toLowerCase();
  if (head.subarray(0, 4).equals(OLE)) return 'xls';
  if (head.subarray(0, 4).equals(ZIP))
    return extension === '.xlsx' || extension === '' ? 'xlsx' : null;
  if (extension === '.xlsx' || extension === '.xls') return null;
  if (TEXT_EXTENSIONS.has(extension)) return 'csv';
  // No known extension: text without NUL bytes reads as CSV.
  return extension === '' && !head.includes(0) ? 'csv' : null;
}
