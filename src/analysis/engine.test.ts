import { describe, expect, it } from 'vitest';
import { analyseComment } from './engine';
import { tinyCorpus } from './testing/tiny-corpus';
import { trainModel } from './train';

const model = trainModel(tinyCorpus(), { language: 'fr' });

describe('analyseComment', () => {
  it('gives each segment its own themes and sentiment, and the comment their union', () => {
    const result = analyseComment(
      model,
      'Infirmières adorables et souriantes. Les repas étaient froids',
    );
    expect(result.segments).toHaveLength(2);
    expect(result.segments[0]!.themes.map((t) => t.code)).toEqual(['relations']);
    expect(result.segments[0]!.sentiment).toBe('positif');
    expect(result.segments[1]!.themes.map((t) => t.code)).toEqual(['repas']);
    expect(result.segments[1]!.sentiment).toBe('negatif');
    expect(result.themes).toEqual(expect.arrayContaining(['relations', 'repas']));
    expect(result.sentiment).toBe('mixte');
  });

  it('explains each theme and the sentiment by the words that drove them', () => {
    const [only] = analyseComment(model, 'chambre bruyante toute la nuit').segments;
    const theme = only!.themes.find((t) => t.code === 'chambre')!;
    expect(theme.evidence.map((w) => w.toLowerCase())).toContain('chambre');
    expect(only!.sentimentEvidence.map((w) => w.toLowerCase())).toContain('bruyante');
  });

  it('redacts personal data before analysing and returns offsets into the redacted text', () => {
    const result = analyseComment(model, 'Écrivez-moi à jean.dupont@example.org, repas froids');
    expect(result.redactedText).not.toContain('jean.dupont@example.org');
    expect(result.redactedText).toContain('[EMAIL]');
    for (const s of result.segments) expect(result.redactedText.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns no theme and a neutral sentiment for an empty answer', () => {
    const result = analyseComment(model, 'RAS');
    expect(result.themes).toEqual([]);
    expect(result.sentiment).toBe('neutre');
    expect(analyseComment(model, '').segments).toEqual([]);
  });
});
