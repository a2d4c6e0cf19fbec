import { readFileSync, writeFileSync } from 'node:fs';
import { loadBuiltinModel } from './builtin';
import { readDataset, type DatasetRow } from './dataset';
import { analyseComment } from './engine';
import { evaluate, type EvaluationReport } from './evaluate';
import { loadModelFile, saveModelFile } from './model/model-file';
import { ModelFormatError } from './model/serialise';
import type { AnalysisModel, HeadMode, TrainingRow } from './model/types';
import { trainModel } from './train';

const USAGE = `binome analysis <evaluate|train|predict> [options]

FR — Analyse des commentaires (thèmes et sentiment).
  evaluate --test FICHIER [--train FICHIER | --model fr] [--mode multilabel|multiclass]
           [--label-column labels|label|sentiment] [--sentiment3]
      entraîne (ou charge le modèle intégré), évalue sur FICHIER ; la dernière ligne est un objet JSON
      (micro_f1, macro_f1, samples_f1, accuracy, hamming_loss, train_seconds, predict_per_second,
      n_train, n_test).
  train --input FICHIER --out MODELE [--mode ...] [--label-column ...] [--sentiment3]
      entraîne un modèle et l'écrit (gzip si MODELE finit par .gz).
  predict --model MODELE|fr --input FICHIER [--out FICHIER]
      analyse chaque commentaire (colonne text) : thèmes, sentiment, segments, texte anonymisé ;
      sortie CSV si FICHIER finit par .csv, sinon JSON lines (sortie standard par défaut).
  CSV avec en-tête : id,text + colonne d'étiquettes, plusieurs étiquettes séparées par « | ».
  --sentiment3 : 1-2 → positive, 3 → neutral/mixed, 4-5 → negative.

EN — Patient comment analysis (themes and sentiment).
  evaluate  train on --train (or use the built-in --model fr) and score on --test; the last line
            printed is one JSON object with the metrics.
  train     train a model on --input and write it to --out (gzip when the name ends with .gz).
  predict   analyse each comment of --input (column text); CSV output when --out ends with .csv,
            JSON lines otherwise (stdout by default).
  Defaults: --mode multilabel, --label-column labels. Multi-label values are joined with "|".
  In multiclass mode rows with an empty label are skipped; in multilabel mode empty = no label.`;

class UsageError extends Error {}

interface Flags {
  values: Map<string, string>;
  switches: Set<string>;
}

const SWITCHES = new Set(['--sentiment3', '--help', '-h']);

function parseFlags(args: readonly string[]): Flags {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (SWITCHES.has(arg)) switches.add(arg);
    else if (arg.startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined) throw new UsageError(`Missing value for ${arg}`);
      values.set(arg, value);
      i++;
    } else throw new UsageError(`Unexpected argument: ${arg}`);
  }
  return { values, switches };
}

function required(flags: Flags, name: string): string {
  const value = flags.values.get(name);
  if (!value) throw new UsageError(`Missing ${name}`);
  return value;
}

function modeOf(flags: Flags): HeadMode {
  const mode = flags.values.get('--mode') ?? 'multilabel';
  if (mode !== 'multilabel' && mode !== 'multiclass') throw new UsageError(`Unknown mode: ${mode}`);
  return mode;
}

function loadRows(flags: Flags, file: string, mode: HeadMode): DatasetRow[] {
  const rows = readDataset(readFileSync(file), flags.values.get('--label-column') ?? 'labels', {
    sentiment3: flags.switches.has('--sentiment3'),
  });
  return mode === 'multiclass' ? rows.filter((r) => r.values.length > 0) : rows;
}

/** The label column feeds the sentiment head when it is called "sentiment", the themes head otherwise. */
function headNameOf(flags: Flags): 'themes' | 'sentiment' {
  return (flags.values.get('--label-column') ?? 'labels') === 'sentiment' ? 'sentiment' : 'themes';
}

function trainFromRows(
  rows: readonly DatasetRow[],
  mode: HeadMode,
  head: 'themes' | 'sentiment',
): AnalysisModel {
  const training: TrainingRow[] = rows.map((r) =>
    head === 'sentiment'
      ? { text: r.text, sentiment: r.values[0] ?? '' }
      : { text: r.text, labels: r.values },
  );
  return trainModel(training, { mode });
}

// The built-in French model speaks positif/negatif/mixte/neutre; --sentiment3 files use English classes.
const FRENCH_TO_SENTIMENT3: Record<string, string> = {
  positif: 'positive',
  negatif: 'negative',
  mixte: 'neutral/mixed',
  neutre: 'neutral/mixed',
};

function printReport(report: EvaluationReport, json: Record<string, unknown>): void {
  const pct = (v: number): string => v.toFixed(3);
  console.log(
    `${'label'.padEnd(58)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'n'.padStart(5)}`,
  );
  for (const s of report.perLabel) {
    console.log(
      `${s.label.slice(0, 58).padEnd(58)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)} ${String(s.support).padStart(5)}`,
    );
  }
  console.log(
    `mode ${report.mode}: micro-F1 ${pct(report.microF1)}, macro-F1 ${pct(report.macroF1)}` +
      (report.samplesF1 === null ? '' : `, samples-F1 ${pct(report.samplesF1)}`) +
      `, accuracy ${pct(report.accuracy)}, train ${String(json.train_seconds)} s, ${String(json.predict_per_second)} comments/s`,
  );
  console.log(JSON.stringify(json));
}

async function runEvaluate(flags: Flags): Promise<number> {
  const mode = modeOf(flags);
  const head = headNameOf(flags);
  const test = loadRows(flags, required(flags, '--test'), mode);
  const trainFile = flags.values.get('--train');
  const builtin = flags.values.get('--model');
  let model: AnalysisModel;
  let trainRows: DatasetRow[] = [];
  let trainSeconds = 0;
  let mapPrediction: ((label: string) => string) | undefined;
  if (trainFile) {
    trainRows = loadRows(flags, trainFile, mode);
    const started = performance.now();
    model = trainFromRows(trainRows, mode, head);
    trainSeconds = (performance.now() - started) / 1000;
  } else if (builtin) {
    model = builtin === 'fr' ? loadBuiltinModel('fr') : loadModelFile(builtin);
    if (head === 'sentiment' && flags.switches.has('--sentiment3'))
      mapPrediction = (l) => FRENCH_TO_SENTIMENT3[l] ?? l;
  } else throw new UsageError('evaluate needs --train FILE or --model fr');
  const labels = new Set<string>();
  for (const r of trainRows)
    for (const v of mode === 'multiclass' ? r.values.slice(0, 1) : r.values) labels.add(v);
  const report = evaluate(
    model,
    head,
    test.map((r) => ({
      text: r.text,
      values: mode === 'multiclass' ? r.values.slice(0, 1) : r.values,
    })),
    {
      mode,
      labels: [...labels],
      ...(mapPrediction ? { mapPrediction } : {}),
    },
  );
  const round = (v: number | null): number | null =>
    v === null ? null : Math.round(v * 1e4) / 1e4;
  printReport(report, {
    micro_f1: round(report.microF1),
    macro_f1: round(report.macroF1),
    samples_f1: round(report.samplesF1),
    accuracy: round(report.accuracy),
    hamming_loss: round(report.hammingLoss),
    train_seconds: Math.round(trainSeconds * 100) / 100,
    predict_per_second: Math.round(report.nTest / Math.max(report.predictSeconds, 1e-6)),
    n_train: trainRows.length,
    n_test: report.nTest,
  });
  return 0;
}

function runTrain(flags: Flags): number {
  const mode = modeOf(flags);
  const rows = loadRows(flags, required(flags, '--input'), mode);
  const started = performance.now();
  const model = trainFromRows(rows, mode, headNameOf(flags));
  const out = required(flags, '--out');
  saveModelFile(model, out);
  console.log(
    `Modèle entraîné sur ${rows.length} lignes en ${((performance.now() - started) / 1000).toFixed(1)} s → ${out}`,
  );
  return 0;
}

const csvCell = (value: string): string =>
  /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

function runPredict(flags: Flags): number {
  const name = required(flags, '--model');
  const model = name === 'fr' ? loadBuiltinModel('fr') : loadModelFile(name);
  const rows = readDataset(readFileSync(required(flags, '--input')), 'labels');
  const out = flags.values.get('--out');
  const results = rows.map((row) => ({ id: row.id, ...analyseComment(model, row.text) }));
  let content: string;
  if (out?.endsWith('.csv')) {
    const lines = ['id,themes,sentiment,segments,redacted_text'];
    for (const r of results) {
      const segments = r.segments
        .map((s) => `${s.text} [${s.themes.map((t) => t.code).join('|')}; ${s.sentiment ?? ''}]`)
        .join(' // ');
      lines.push(
        [r.id, r.themes.join('|'), r.sentiment ?? '', segments, r.redactedText]
          .map(csvCell)
          .join(','),
      );
    }
    content = `${lines.join('\n')}\n`;
  } else {
    content =
      results
        .map((r) =>
          JSON.stringify({
            id: r.id,
            themes: r.themes,
            sentiment: r.sentiment,
            segments: r.segments,
            redacted_text: r.redactedText,
          }),
        )
        .join('\n') + '\n';
  }
  if (out) writeFileSync(out, content);
  else process.stdout.write(content);
  return 0;
}

/** `binome analysis …`: returns the process exit code. */
export async function runAnalysisCli(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      console.log(USAGE);
      return command ? 0 : 2;
    }
    const flags = parseFlags(rest);
    if (flags.switches.has('--help') || flags.switches.has('-h')) {
      console.log(USAGE);
      return 0;
    }
    switch (command) {
      case 'evaluate':
        return await runEvaluate(flags);
      case 'train':
        return runTrain(flags);
      case 'predict':
        return runPredict(flags);
      default:
        throw new UsageError(`Unknown command: ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || error instanceof ModelFormatError) {
      console.error(
        `${error instanceof ModelFormatError ? 'Modèle illisible' : 'Fichier introuvable'} : ${(error as Error).message}`,
      );
      return 1;
    }
    throw error;
  }
}
