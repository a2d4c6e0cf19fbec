import i18next from 'i18next';
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/**
 * Turns a Zod issue into a sentence in the current language. Custom checks of the shared
 * schemas carry i18n keys of the `errors` namespace ("finess.checksum"); built-in checks are
 * mapped the way the server maps them, so both sides say the same thing.
 */
export function issueMessage(issue: Issue): string {
  const params: Record<string, number> = {};
  if ('maximum' in issue && issue.maximum !== undefined) params.maximum = Number(issue.maximum);
  if ('minimum' in issue && issue.minimum !== undefined) params.minimum = Number(issue.minimum);
  if (issue.message && i18next.exists(`errors:${issue.message}`)) {
    return i18next.t(`errors:${issue.message}`, params);
  }
  switch (issue.code) {
    case 'too_big':
      return i18next.t('errors:validation.tooLong', params);
    case 'too_small':
      return params.minimum === 1 && issue.origin === 'string'
        ? i18next.t('errors:validation.required')
        : i18next.t('errors:validation.tooShort', params);
    case 'invalid_value':
    case 'invalid_union':
      return i18next.t('errors:validation.choose');
    case 'invalid_format':
      return i18next.t(
        issue.format === 'email' ? 'errors:validation.email' : 'errors:validation.invalid',
      );
    default:
      return i18next.t('errors:validation.invalid');
  }
}

/** First message per top-level field ("finess", "email", …). */
export function fieldErrorsFromZod(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!(field in out)) out[field] = issueMessage(issue);
  }
  return out;
}
