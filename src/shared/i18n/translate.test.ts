import { describe, expect, it } from 'vitest';
import { errorsEn } from './errors.en';
import { errorsFr } from './errors.fr';
import { translateError } from './translate';

const keysOf = (node: object, prefix = ''): string[] =>
  Object.entries(node).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v as object, `${prefix}${k}.`),
  );

describe('error messages', () => {
  it('exist in both languages for the same keys', () => {
    expect(keysOf(errorsEn).sort()).toEqual(keysOf(errorsFr).sort());
  });

  it('fill placeholders and fall back to the key', () => {
    expect(translateError('fr', 'validation.tooLong', { maximum: 200 })).toBe(
      'Ce texte est trop long (au plus 200 caractères).',
    );
    expect(translateError('en', 'problem.accountLocked', { minutes: 3 })).toContain('3 minutes');
    expect(translateError('fr', 'no.such.key')).toBe('no.such.key');
  });
});
