import type { Language } from '../enums';
import { errorsEn } from './errors.en';
import { errorsFr, type ErrorMessages } from './errors.fr';

const catalogues: Record<Language, ErrorMessages> = { fr: errorsFr, en: errorsEn };

/** Looks up a dotted key ("finess.checksum") and fills {{placeholders}}; unknown keys pass through. */
export function translateError(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  let node: unknown = catalogues[language];
  for (const part of key.split('.')) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function isErrorKey(key: string): boolean {
  return translateError('fr', key) !== key;
}
