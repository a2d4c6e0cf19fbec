import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { predictText } from '../engine';
import { TINY_THEMES, tinyCorpus } from '../testing/tiny-corpus';
import { trainModel } from '../train';
import { loadModelFile, saveModelFile } from './model-file';
import { deserialiseModel, ModelFormatError, serialiseModel } from './serialise';

const rows = tinyCorpus();
const model = trainModel(rows, { language: 'fr' });

describe('training', () => {
  it('learns the themes and the sentiment of the corpus', () => {
    expect(model.heads.themes!.labels).toEqual([...TINY_THEMES].sort());
    expect(predictText(model, 'les repas étaient froids').themes).toEqual(['repas']);
    expect(predictText(model, 'chambre bruyante').themes).toEqual(['chambre']);
    expect(predictText(model, 'personnel très gentil').sentiment).toBe('positif');
    expect(predictText(model, 'repas froids et personnel méprisant').sentiment).toBe('negatif');
  });

  it('keeps taxonomy labels in taxonomy order, even those without examples', () => {
    const withTaxonomy = trainModel(rows.slice(0, 40), {
      language: 'fr',
      taxonomy: ['repas', 'attente', 'frais'].map((code) => ({
        code,
        labelFr: code,
        labelEn: code,
        description: '',
      })),
    });
    expect(withTaxonomy.heads.themes!.labels.slice(0, 3)).toEqual(['repas', 'attente', 'frais']);
  });

  it('gives calibrated probabilities between 0 and 1 and sentiment scores summing to 1', () => {
    const p = predictText(model, 'attente interminable aux urgences');
    for (const v of Object.values(p.themeProbabilities)) expect(v).toBeGreaterThanOrEqual(0);
    for (const v of Object.values(p.themeProbabilities)) expect(v).toBeLessThanOrEqual(1);
    const sum = Object.values(p.sentimentScores).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 3);
  });
});

describe('determinism and model files', () => {
  it('trains byte-identical models from the same rows and seed', () => {
    const again = trainModel(rows, { language: 'fr' });
    expect(serialiseModel(again).equals(serialiseModel(model))).toBe(true);
  });

  it('trains a different model with another seed', () => {
    const other = trainModel(rows, { language: 'fr', seed: 7 });
    expect(serialiseModel(other).equals(serialiseModel(model))).toBe(false);
  });

  it('saves and loads a model that predicts exactly the same', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'binome-model-'));
    for (const file of ['m.json', 'm.json.gz']) {
      const target = path.join(dir, file);
      saveModelFile(model, target);
      const loaded = loadModelFile(target);
      expect(serialiseModel(loaded).equals(serialiseModel(model))).toBe(true);
      for (const text of ['repas froids mais infirmières adorables', 'RAS', 'lit cassé'])
        expect(predictText(loaded, text)).toEqual(predictText(model, text));
    }
    expect(readFileSync(path.join(dir, 'm.json.gz'))[0]).toBe(0x1f);
  });

  it('refuses a file that is not a model, or a model of an unknown version', () => {
    expect(() => deserialiseModel('{"format":"other"}')).toThrow(ModelFormatError);
    const json = JSON.parse(serialiseModel(model, { gzip: false }).toString('utf8'));
    expect(() => deserialiseModel(JSON.stringify({ ...json, version: 99 }))).toThrow(/version 99/);
  });
});
