import { inlinePlainText } from './markdown';

// Text preparation for PDFs drawn with pdfkit's standard fonts (Helvetica), which cover the
// Windows-1252 ("WinAnsi") character set: all of French, but not arrows, emoji or CJK.

const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = {
  '\u202f': ' ', // narrow no-break space (French typography before : ; ? !)
  '\u2009': ' ',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2265': '>=',
  '\u2264': '<=',
  '\u2212': '-',
  '\u2011': '-',
};

/** Replaces what the standard fonts cannot draw, so that nothing is silently dropped. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (
      char === '\n' ||
      char === '\t' ||
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff)
    ) {
      out += char;
    } else if (WIN_ANSI_EXTRAS.has(char)) {
      out += char;
    } else {
      out += REPLACEMENTS[char] ?? '?';
    }
  }
  return out;
}

export type TextBlock = { kind: 'paragraph' | 'bullet' | 'quote' | 'heading'; text: string };

/** Cuts a Markdown text into paragraphs, list items, quotes and headings, as plain text. */
export function markdownBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) {
      blocks.push({ kind: 'paragraph', text: inlinePlainText(paragraph.join(' ')) });
      paragraph = [];
    }
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const bullet = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    const quote = /^>\s?(.*)$/.exec(line);
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (line === '') flush();
    else if (bullet) {
      flush();
      blocks.push({ kind: 'bullet', text: inlinePlainText(bullet[1] ?? '') });
    } else if (quote) {
      flush();
      blocks.push({ kind: 'quote', text: inlinePlainText(quote[1] ?? '') });
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', text: inlinePlainText(heading[1] ?? '') });
    } else paragraph.push(line);
  }
  flush();
  return blocks;
}
