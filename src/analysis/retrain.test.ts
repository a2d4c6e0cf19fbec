import { describe, expect, it } from 'vitest';
import { predictText } from './engine';
import type { TrainingRow } from './model/types';
import { retrainWithCorrections } from './retrain';
import { tinyCorpus } from './testing/tiny-corpus';
import { trainModel } from './train';

describe('retrainWithCorrections', () => {
  const base = tinyCorpus();
  const current = trainModel(base, { language: 'fr' });
  // Reviewers taught the model a theme it never saw: comments about the car park are "acces".
  const corrections: TrainingRow[] = [
    'parking introuvable',
    'le parking est trop petit',
    'aucune place de parking',
    'parking payant et loin',
    'impossible de se garer au parking',
    'parking saturé le matin',
    'le parking visiteurs était complet',
    'places de parking handicapé occupées',
    'parking gratuit et proche, parfait',
    'grand parking bien indiqué',
  ].map((text) => ({ text, labels: ['acces'], sentiment: 'negatif' }));

  it('learns from the corrections and reports the quality change on held-out corrections', () => {
    const result = retrainWithCorrections(current, base, corrections, { holdoutShare: 0.3 });
    expect(result.heldOut).toBe(3);
    const themes = result.changes.find((c) => c.head === 'themes')!;
    expect(themes.before.nTest).toBe(3);
    expect(themes.after.microF1).toBeGreaterThan(themes.before.microF1);
    expect(predictText(result.model, 'le parking est trop cher').themes).toContain('acces');
    expect(predictText(current, 'le parking est trop cher').themes).not.toContain('acces');
  });

  it('replaces a base row by its correction instead of keeping both', () => {
    const fixed = { text: base[0]!.text, labels: ['attente'], sentiment: 'negatif' };
    const result = retrainWithCorrections(current, base, [fixed, ...corrections]);
    expect(result.model.training.rows).toBe(base.length + corrections.length);
  });

  it('refuses to retrain without corrections', () => {
    expect(() => retrainWithCorrections(current, base, [])).toThrow(/No correction/);
  });
});
