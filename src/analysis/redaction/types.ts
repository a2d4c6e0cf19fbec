// Types shared by the redaction detectors.
export type RedactionType = 'EMAIL' | 'TELEPHONE' | 'NIR' | 'NOM';
export interface RedactionSpan {
  type: RedactionType;
  /** Offsets into the ORIGINAL text. */
  start: number;
  end: number;
}

/** Placeholders written by `redact`; they are never redacted again. */
export const PLACEHOLDER_RE = /\[(?:EMAIL|TELEPHONE|NIR|NOM)\]/g;
export const normalise = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
