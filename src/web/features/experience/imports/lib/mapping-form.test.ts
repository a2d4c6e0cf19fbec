import { describe, expect, it } from 'vitest';
import { initialValues, serverErrors, toMapping, validateMapping } from './mapping-form';

const messages = { required: 'requis', oneText: 'un texte', duplicateLabel: 'doublon' };

describe('import mapping form', () => {
  it('starts from the suggestion, or empty with one comment column to choose', () => {
    expect(initialValues(null)).toMatchObject({
      text: [''],
      date: '',
      dateFormat: 'dmy',
      scores: [],
    });
    const suggested = {
      text: ['Avis'],
      date: 'Date',
      dateFormat: 'ymd' as const,
      service: 'UF',
      establishment: null,
      stayType: null,
      responseId: 'ID',
      scores: [{ column: 'Q1', label: 'Accueil' }],
    };
    const values = initialValues(suggested);
    expect(values).toMatchObject({
      text: ['Avis'],
      service: 'UF',
      establishment: '',
      responseId: 'ID',
    });
    // Back to the API's shape: no column is null, a column chosen twice counts once.
    expect(toMapping({ ...values, text: ['Avis', '', 'Avis', 'Autre'] })).toEqual({
      ...suggested,
      text: ['Avis', 'Autre'],
    });
  });

  it('asks for a comment column, a date, and complete, distinct questions', () => {
    const values = {
      ...initialValues(null),
      scores: [
        { column: 'Q1', label: 'Accueil' },
        { column: '', label: ' accueil ' },
        { column: 'Q3', label: '' },
      ],
    };
    expect(validateMapping(values, messages)).toEqual({
      'text.0': 'un texte',
      date: 'requis',
      'scores.1.column': 'requis',
      'scores.1.label': 'doublon',
      'scores.2.label': 'requis',
    });
  });

  it('puts the server’s messages on the fields they are about', () => {
    expect(
      serverErrors([
        { path: 'mapping.text', message: 'au moins une' },
        { path: 'mapping.scores.0.column', message: 'inconnue' },
        { path: 'saveMapping', message: 'autre' },
      ]),
    ).toEqual({
      errors: { 'text.0': 'au moins une', 'scores.0.column': 'inconnue' },
      unplaced: ['autre'],
    });
  });
});
