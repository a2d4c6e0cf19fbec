import { describe, expect, it } from 'vitest';
import { languageFromHeader } from './language';

describe('languageFromHeader', () => {
  it('picks the preferred supported language, French by default', () => {
    expect(languageFromHeader(undefined)).toBe('fr');
    expect(languageFromHeader('en-GB,en;q=0.9')).toBe('en');
    expect(languageFromHeader('de-DE,en;q=0.5,fr;q=0.8')).toBe('fr');
    expect(languageFromHeader('es')).toBe('fr');
  });
});
