import { gunzipSync, gzipSync } from 'node:zlib';
import type { Vocabulary } from '../features/vocabulary';
import type { AnalysisModel, Head } from './types';

// File layout: JSON, typed arrays as little-endian base64, optionally gzip-compressed.
// Bump FORMAT_VERSION when the layout or the meaning of a field changes.
export const MODEL_FORMAT = 'binome-analysis-model';
export const FORMAT_VERSION = 1;

function encode(array: Float32Array | Int32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function decodeFloat32(text: string): Float32Array {
  const bytes = Buffer.from(text, 'base64');
  const out = new Float32Array(bytes.byteLength / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

function decodeInt32(text: string): Int32Array {
  const bytes = Buffer.from(text, 'base64');
  const out = new Int32Array(bytes.byteLength / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

const HEAD_ARRAYS = ['weights', 'bias', 'plattA', 'plattB', 'thresholds'] as const;

function headToJson(head: Head): Record<string, unknown> {
  const out: Record<string, unknown> = {
    mode: head.mode,
    labels: head.labels,
    topLabelFallback: head.topLabelFallback,
  };
  for (const key of HEAD_ARRAYS) out[key] = encode(head[key]);
  return out;
}

function headFromJson(json: Record<string, unknown>): Head {
  const arrays = Object.fromEntries(
    HEAD_ARRAYS.map((key) => [key, decodeFloat32(String(json[key]))]),
  );
  return {
    mode: json.mode as Head['mode'],
    labels: json.labels as string[],
    topLabelFallback: Boolean(json.topLabelFallback),
    ...(arrays as Pick<Head, (typeof HEAD_ARRAYS)[number]>),
  };
}

/** The model as a JSON string (deterministic: same model, same string). */
export function serialiseModelJson(model: AnalysisModel): string {
  const { vocabulary } = model;
  const heads: Record<string, unknown> = {};
  for (const name of ['themes', 'sentiment'] as const) {
    const head = model.heads[name];
    if (head) heads[name] = headToJson(head);
  }
  return JSON.stringify({
    format: MODEL_FORMAT,
    version: FORMAT_VERSION,
    language: model.language,
    options: model.options,
    taxonomy: model.taxonomy,
    training: model.training,
    vocabulary: {
      config: vocabulary.config,
      charWeight: vocabulary.charWeight,
      buckets: encode(vocabulary.buckets),
      idf: encode(vocabulary.idf),
    },
    heads,
  });
}

/** Serialised model: gzip-compressed JSON by default, plain JSON text with `{ gzip: false }`. */
export function serialiseModel(model: AnalysisModel, options: { gzip?: boolean } = {}): Buffer {
  const json = Buffer.from(serialiseModelJson(model), 'utf8');
  // Fixed compression level and no timestamp in node's gzip header keep files byte-identical.
  return options.gzip === false ? json : gzipSync(json, { level: 9 });
}

export class ModelFormatError extends Error {}

/** Reads a model from a JSON string or a (possibly gzip-compressed) buffer. */
export function deserialiseModel(input: string | Uint8Array): AnalysisModel {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const bytes = Buffer.from(input);
    text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  }
  const json = JSON.parse(text) as Record<string, unknown>;
  if (json.format !== MODEL_FORMAT) throw new ModelFormatError('Not a binome analysis model file');
  if (json.version !== FORMAT_VERSION)
    throw new ModelFormatError(`Unsupported model version ${String(json.version)}`);
  const vocab = json.vocabulary as Record<string, unknown>;
  const vocabulary: Vocabulary = {
    config: vocab.config as Vocabulary['config'],
    charWeight: Number(vocab.charWeight),
    buckets: decodeInt32(String(vocab.buckets)),
    idf: decodeFloat32(String(vocab.idf)),
  };
  const headsJson = json.heads as Record<string, Record<string, unknown>>;
  const heads: AnalysisModel['heads'] = {};
  if (headsJson.themes) heads.themes = headFromJson(headsJson.themes);
  if (headsJson.sentiment) heads.sentiment = headFromJson(headsJson.sentiment);
  return {
    format: MODEL_FORMAT,
    version: FORMAT_VERSION,
    language: json.language as AnalysisModel['language'],
    options: json.options as AnalysisModel['options'],
    vocabulary,
    heads,
    ...(json.taxonomy ? { taxonomy: json.taxonomy as AnalysisModel['taxonomy'] } : {}),
    training: json.training as AnalysisModel['training'],
  };
}
