import { Transform, type TransformCallback } from 'node:stream';

// CSV files arrive in whatever encoding the exporting tool chose: UTF-8 (with or without BOM),
// UTF-16 ("Texte Unicode" from Excel) or Windows-1252 (e-Satis and many French exports). The
// decoder decides on the first bytes that tell (a BOM, or the first non-ASCII bytes), without a
// first pass over the file: until then the text is ASCII, which reads the same in all of them.

const isValidUtf8 = (bytes: Uint8Array) => {
  try {
    // `stream: true`: a character cut at the end of the chunk is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
};

function chooseEncoding(chunk: Buffer, atStart: boolean): string | null {
  if (atStart && chunk[0] === 0xff && chunk[1] === 0xfe) return 'utf-16le';
  if (atStart && chunk[0] === 0xfe && chunk[1] === 0xff) return 'utf-16be';
  const firstNonAscii = chunk.findIndex((byte) => byte >= 0x80);
  if (firstNonAscii === -1) return null;
  return isValidUtf8(chunk.subarray(firstNonAscii)) ? 'utf-8' : 'windows-1252';
}

/** Bytes in, UTF-8 text out (BOM removed); counts the bytes it read (import progress). */
export class FileTextDecoder extends Transform {
  bytesRead = 0;
  private decoder: TextDecoder | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    const atStart = this.bytesRead === 0;
    this.bytesRead += chunk.length;
    if (!this.decoder) {
      const encoding = chooseEncoding(chunk, atStart);
      if (!encoding) return callback(null, chunk);
      this.decoder = new TextDecoder(encoding);
    }
    const text = this.decoder.decode(chunk, { stream: true });
    callback(null, text ? Buffer.from(text, 'utf8') : undefined);
  }

  override _flush(callback: TransformCallback) {
    const rest = this.decoder?.decode() ?? '';
    callback(null, rest ? Buffer.from(rest, 'utf8') : undefined);
  }
}

const SEPARATORS = [';', '\t', ','] as const;

/** The separator of a CSV file from its first line: the most frequent of ; tab , outside quotes. */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  // Ties go to the French habit (;), then tab, then comma.
  let best: string = ',';
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = counts.get(separator) ?? 0;
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}
