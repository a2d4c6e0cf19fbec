// Detectors of e-mail addresses, French social security numbers (NIR) and French telephone numbers.
import type { RedactionSpan } from './types';

// ---------------------------------------------------------------------------------------------
// EMAIL

const EMAIL_RE =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]{0,63}@[\p{L}\p{N}][\p{L}\p{N}-]{0,62}(?:\.[\p{L}\p{N}][\p{L}\p{N}-]{0,62}){1,8}/gu;

export function findEmails(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const m of text.matchAll(EMAIL_RE)) {
    let value = m[0];
    // The top-level domain must be alphabetic (at least 2 letters); drop trailing junk labels.
    const labels = value.slice(value.indexOf('@') + 1).split('.');
    while (labels.length > 1 && !/^\p{L}{2,}$/u.test(labels[labels.length - 1]!)) labels.pop();
    if (labels.length < 2) continue;
    value = value.slice(0, value.indexOf('@') + 1) + labels.join('.');
    spans.push({ type: 'EMAIL', start: m.index, end: m.index + value.length });
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// NIR (numéro d'inscription au répertoire / numéro de sécurité sociale)

const NIR_SEP = '[ \\u00a0\\u202f.-]?';
const NIR_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])([12])${NIR_SEP}(\\d\\d)${NIR_SEP}(\\d\\d)${NIR_SEP}(\\d\\d|2[AaBb])` +
    `${NIR_SEP}(\\d{3})${NIR_SEP}(\\d{3})(?:${NIR_SEP}(\\d\\d))?(?!\\p{N})`,
  'gu',
);
/** Words announcing a social security number: a wrong key is then taken as a typo, not a reason to keep the number. */
const NIR_CONTEXT_RE =
  /s[ée]cu|\bnir\b|vitale|\bn°\s?ss\b|\bss\b|assur[ée]|social security|matricule/i;

function nirKeyIsValid(body: string, key: string): boolean {
  const digits = body.replace(/2A/i, '19').replace(/2B/i, '18');
  const n = Number(digits);
  return 97 - (n % 97) === Number(key);
}

export function findNirs(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const m of text.matchAll(NIR_RE)) {
    const [, sex, yy, mm, dept, commune, order, key] = m;
    const month = Number(mm);
    if (!(month >= 1 && month <= 12) && !(month >= 20 && month <= 99)) continue;
    if (dept === '00') continue;
    if (key !== undefined) {
      const body = `${sex}${yy}${mm}${dept!.toUpperCase()}${commune}${order}`;
      if (!nirKeyIsValid(body, key)) {
        const before = text.slice(Math.max(0, m.index - 60), m.index);
        if (!NIR_CONTEXT_RE.test(before)) continue;
      }
    }
    spans.push({ type: 'NIR', start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// TELEPHONE (French numbers)

const TEL_SEP = '[ \\u00a0\\u202f./-]?';
const PHONE_RE = new RegExp(
  // not inside a word (a number just before is checked in findPhones)
  `(?<![\\p{L}+])` +
    `(?:` +
    // national: 06 12 34 56 78 / 0612345678 / 06.12.34.56.78 / 06-12-34-56-78
    `0[1-9](?<s1>${TEL_SEP})\\d\\d(?:\\k<s1>\\d\\d){3}` +
    `|` +
    // international: +33 6 12 34 56 78 / +33612345678 / 0033 6… / +33 (0)6 12 34 56 78
    `(?:\\+|00)33[ \\u00a0.-]?(?:\\(0\\)[ \\u00a0]?|0)?[1-9](?<s2>${TEL_SEP})\\d\\d(?:\\k<s2>\\d\\d){3}` +
    `)(?!\\p{N})`,
  'gu',
);

export function findPhones(text: string, found: readonly RedactionSpan[]): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const inFound = (pos: number) =>
    found.some((s) => s.start <= pos && pos < s.end) ||
    spans.some((s) => s.start <= pos && pos < s.end);
  for (const m of text.matchAll(PHONE_RE)) {
    // glued to a preceding number ("2024-0612…", "1 06 12…"), unless that number was already
    // redacted (so that redacting twice gives the same result)
    let p = m.index - 1;
    if (p >= 0 && /[ .\-\u00a0\u202f]/.test(text[p]!)) p--;
    if (p >= 0 && /[\p{N}+]/u.test(text[p]!) && !inFound(p)) continue;
    spans.push({ type: 'TELEPHONE', start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
