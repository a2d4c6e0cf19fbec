import type { Language } from '../../shared/enums';
// The web app's locale files are the one source of wording: documents the server renders (the
// community page's PDF) use the same headings and enum labels as the screens.
import { translations } from '../../web/i18n/translations';

const locales: Record<Language, unknown> = translations;

/** The label at a dotted key, with {{name}} placeholders filled; the key itself when missing. */
export function label(
  language: Language,
  key: string,
  values: Record<string, string | number> = {},
): string {
  let node: unknown = locales[language];
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
