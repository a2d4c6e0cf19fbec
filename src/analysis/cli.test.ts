import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAnalysisCli } from './cli';
import { tinyCorpus } from './testing/tiny-corpus';

const csvCell = (v: string): string => `"${v.replace(/"/g, '""')}"`;
let dir = '';
let trainFile = '';
let testFile = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'binome-cli-'));
  const rows = tinyCorpus();
  const toCsv = (subset: typeof rows, offset: number): string =>
    [
      'id,text,labels,sentiment',
      ...subset.map((r, i) =>
        [String(i + offset), csvCell(r.text), (r.labels ?? []).join('|'), r.sentiment].join(','),
      ),
    ].join('\n');
  // Every fifth row is a test row.
  trainFile = path.join(dir, 'train.csv');
  testFile = path.join(dir, 'test.csv');
  writeFileSync(
    trainFile,
    toCsv(
      rows.filter((_, i) => i % 5 !== 0),
      1,
    ),
  );
  writeFileSync(
    testFile,
    toCsv(
      rows.filter((_, i) => i % 5 === 0),
      1000,
    ),
  );
});

/** Runs the CLI and returns its exit code and what it printed. */
async function run(args: string[]): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = [];
  const errors: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
  const code = await runAnalysisCli(args);
  return { code, out, err: errors.join('\n') };
}

afterEach(() => vi.restoreAllMocks());

describe('binome analysis evaluate', () => {
  it('trains, evaluates multi-label themes and ends with one JSON line of metrics', async () => {
    const { code, out } = await run(['evaluate', '--train', trainFile, '--test', testFile]);
    expect(code).toBe(0);
    const metrics = JSON.parse(out.at(-1)!) as Record<string, number | null>;
    expect(Object.keys(metrics).sort()).toEqual(
      [
        'accuracy',
        'hamming_loss',
        'macro_f1',
        'micro_f1',
        'n_test',
        'n_train',
        'predict_per_second',
        'samples_f1',
        'train_seconds',
      ].sort(),
    );
    expect(metrics.n_test).toBe(Math.ceil(tinyCorpus().length / 5));
    expect(metrics.micro_f1).toBeGreaterThan(0.8);
    expect(metrics.samples_f1).not.toBeNull();
  });

  it('evaluates a multiclass sentiment column', async () => {
    const args = ['evaluate', '--train', trainFile, '--test', testFile];
    const { code, out } = await run([
      ...args,
      '--label-column',
      'sentiment',
      '--mode',
      'multiclass',
    ]);
    expect(code).toBe(0);
    const metrics = JSON.parse(out.at(-1)!) as Record<string, number | null>;
    expect(metrics.samples_f1).toBeNull();
    expect(metrics.accuracy).toBeGreaterThan(0.6);
    expect(metrics.accuracy).toBe(metrics.micro_f1);
  });

  it('maps a 1–5 score to three classes with --sentiment3', async () => {
    const scored = path.join(dir, 'scored.csv');
    const lines = ['id,text,sentiment'];
    tinyCorpus().forEach((r, i) => {
      const score = r.sentiment === 'positif' ? 1 : r.sentiment === 'negatif' ? 5 : 3;
      lines.push(`${i},${csvCell(r.text)},${score}`);
    });
    writeFileSync(scored, lines.join('\n'));
    const args = ['evaluate', '--train', scored, '--test', scored, '--mode', 'multiclass'];
    const { out } = await run([...args, '--label-column', 'sentiment', '--sentiment3']);
    expect(out.join('\n')).toMatch(/neutral\/mixed/);
    expect(JSON.parse(out.at(-1)!).accuracy).toBeGreaterThan(0.8);
  });
});

describe('binome analysis train and predict', () => {
  it('trains a model file and predicts a CSV with themes, sentiment and redacted text', async () => {
    const model = path.join(dir, 'model.json.gz');
    expect((await run(['train', '--input', trainFile, '--out', model])).code).toBe(0);
    const input = path.join(dir, 'input.csv');
    writeFileSync(input, 'id,text\n1,"Les repas étaient froids"\n2,"RAS"\n');
    const out = path.join(dir, 'out.csv');
    expect((await run(['predict', '--model', model, '--input', input, '--out', out])).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('id,themes,sentiment,segments,redacted_text');
    expect(lines[1]).toMatch(/^1,repas,/);
    expect(lines).toHaveLength(3);
  });

  it('answers a usage error with exit code 2 and a missing file with exit code 1', async () => {
    expect((await run(['evaluate', '--test', testFile])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    const missing = await run([
      'evaluate',
      '--train',
      path.join(dir, 'nope.csv'),
      '--test',
      testFile,
    ]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/introuvable/);
  });
});
