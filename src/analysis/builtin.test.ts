import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinModelPath, loadBuiltinModel } from './builtin';
import { buildFrenchModel } from './corpus/build-fr-model';
import { readDataset } from './dataset';
import { analyseComment } from './engine';
import { evaluate } from './evaluate';
import { serialiseModel } from './model/serialise';
import { DEFAULT_TAXONOMY, SENTIMENTS_FR } from './taxonomy';

const model = loadBuiltinModel('fr');

describe('built-in French model', () => {
  it('speaks the default taxonomy and the four sentiments', () => {
    expect(model.heads.themes!.labels).toEqual(DEFAULT_TAXONOMY.map((t) => t.code));
    expect(model.heads.sentiment!.labels).toEqual([...SENTIMENTS_FR]);
    expect(model.language).toBe('fr');
  });

  it('is the model the shipped corpus builds (rebuild after editing the corpus)', () => {
    const rebuilt = serialiseModel(buildFrenchModel());
    expect(rebuilt.equals(readFileSync(builtinModelPath('fr')))).toBe(true);
  }, 120_000);

  it.each([
    ['Les repas étaient froids et sans goût', 'repas', 'negatif'],
    ['Infirmières adorables, merci pour tout', 'relations', 'positif'],
    ['Six heures aux urgences sur un brancard', 'attente', 'negatif'],
    ['Impossible de trouver une place de parking', 'acces', 'negatif'],
  ])('reads « %s » as %s, %s', (text, theme, sentiment) => {
    const result = analyseComment(model, text);
    expect(result.themes).toContain(theme);
    expect(result.sentiment).toBe(sentiment);
  });

  it('gives no theme to an empty answer', () => {
    expect(analyseComment(model, 'RAS').themes).toEqual([]);
  });

  it('keeps its quality on the independent French test set', () => {
    const file = fileURLToPath(new URL('./corpus/fr/test.csv', import.meta.url));
    const content = readFileSync(file);
    const themes = readDataset(content, 'labels').map((r) => ({ text: r.text, values: r.values }));
    const sentiment = readDataset(content, 'sentiment').map((r) => ({
      text: r.text,
      values: r.values,
    }));
    const labels = model.heads.themes!.labels;
    // Regression floors, below the figures of docs/PERFORMANCE.md.
    expect(
      evaluate(model, 'themes', themes, { mode: 'multilabel', labels }).microF1,
    ).toBeGreaterThan(0.65);
    expect(
      evaluate(model, 'sentiment', sentiment, { mode: 'multiclass' }).accuracy,
    ).toBeGreaterThan(0.75);
  });
});
