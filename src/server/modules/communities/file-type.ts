// Allowed document types, recognised by their content (magic bytes), not only by their name.

export interface DetectedType {
  mime: string;
  extensions: readonly string[];
}

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

const OFFICE_ZIP: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
};

export const ALLOWED_EXTENSIONS = [
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'txt',
  'csv',
  ...Object.keys(OFFICE_ZIP),
];

function isUtf8Text(buf: Buffer): boolean {
  if (buf.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/**
 * The MIME type of an upload when its content matches an allowed type AND its extension;
 * null otherwise (an executable renamed .pdf, a PDF renamed .png…).
 */
export function detectDocumentType(content: Buffer, fileName: string): string | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return ext === 'pdf' ? 'application/pdf' : null;
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return ext === 'png' ? 'image/png' : null;
  if (startsWith(content, [0xff, 0xd8, 0xff]))
    return ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : null;
  // Office Open XML and OpenDocument files are ZIP archives.
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) return OFFICE_ZIP[ext] ?? null;
  if ((ext === 'txt' || ext === 'csv') && content.length > 0 && isUtf8Text(content))
    return ext === 'csv' ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8';
  return null;
}
