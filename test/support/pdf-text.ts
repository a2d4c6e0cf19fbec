import { inflateSync } from 'node:zlib';

// Reads back the text of the PDFs Binôme draws (pdfkit, standard fonts): inflates each content
// stream and decodes its TJ/Tj strings from Windows-1252. Enough to check what a page says; not a
// general PDF parser.

// Node's TextDecoder treats windows-1252 as Latin-1: the 0x80–0x9F block is mapped by hand.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeHex(hex: string): string {
  const bytes = Buffer.from(hex.replace(/\s+/g, ''), 'hex');
  return [...bytes]
    .map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)))
    .join('');
}

function showText(operand: string): string {
  // [<48656c6c6f> 120 <2c20>] : hex strings; numbers are kerning adjustments.
  return [...operand.matchAll(/<([0-9a-fA-F\s]*)>/g)].map((m) => decodeHex(m[1] ?? '')).join('');
}

/** The lines of text of a PDF, in drawing order, one per text-showing operator. */
export function pdfTextLines(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    const bytes = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    for (const op of content.matchAll(/(\[[^\]]*\])\s*TJ|(<[0-9a-fA-F\s]*>)\s*Tj/g)) {
      lines.push(showText(op[1] ?? op[2] ?? ''));
    }
  }
  return lines;
}

/** The whole text with lines joined by spaces and whitespace collapsed (wrapping ignored). */
export function pdfText(pdf: Buffer): string {
  return pdfTextLines(pdf).join(' ').replace(/\s+/g, ' ');
}
