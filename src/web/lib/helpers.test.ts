import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { establishmentInputSchema } from '../../shared/schemas/establishments';
import { resources } from '../i18n/i18n';
import { withQuery } from './api-client';
import { safeNext } from './auth';
import { fieldErrorsFromZod } from './zod-messages';

beforeAll(async () => {
  await i18next.init({ resources, lng: 'fr', fallbackLng: 'fr', ns: ['translation', 'errors'] });
});

describe('safeNext', () => {
  it('keeps paths of this site and refuses anything else', () => {
    expect(safeNext('/etablissements?page=2')).toBe('/etablissements?page=2');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('https://exemple.fr')).toBe('/');
    expect(safeNext('//exemple.fr')).toBe('/');
    expect(safeNext('/\\exemple.fr')).toBe('/');
  });
});

describe('withQuery', () => {
  it('drops empty values', () => {
    expect(
      withQuery('/api/establishments', { q: 'ehpad', sector: undefined, page: 2, x: '' }),
    ).toBe('/api/establishments?q=ehpad&page=2');
    expect(withQuery('/api/me')).toBe('/api/me');
  });
});

describe('Zod messages', () => {
  it('translates the shared schema keys, with their parameters', async () => {
    const result = establishmentInputSchema.safeParse({
      name: 'x'.repeat(201),
      finess: '440000288',
      sector: '',
      department: '44',
      region: 'pays-de-la-loire',
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = fieldErrorsFromZod(result.error);
    expect(errors.name).toBe('Ce texte est trop long (au plus 200 caractères).');
    expect(errors.finess).toMatch(/^Ce numéro FINESS est mal saisi/);
    expect(errors.sector).toBe('Choisissez une valeur dans la liste.');
    expect(errors.department).toBeUndefined();

    await i18next.changeLanguage('en');
    expect(fieldErrorsFromZod(result.error).finess).toMatch(/^This FINESS number is mistyped/);
    await i18next.changeLanguage('fr');
  });
});
