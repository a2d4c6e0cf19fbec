import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('password rules', () => {
  it.each([
    ['Court-1', 'tooShort'],
    ['minuscules123', 'tooSimple'],
    ['toutenminuscule', 'tooSimple'],
    ['Azertyuiop123', 'tooCommon'],
    ['x'.repeat(129), 'tooLong'],
  ])('refuses %s (%s)', (password, problem) => {
    expect(checkPassword(password)).toBe(problem);
  });

  it('accepts 12 characters of three kinds, or a long passphrase', () => {
    expect(checkPassword('Binome-2026!')).toBeNull();
    expect(checkPassword('une longue phrase de passe')).toBeNull();
  });
});
