// Checks a corpus CSV of the French model (see corpus/fr/GUIDE.md) and prints its statistics:
//   npx tsx src/analysis/corpus/check-corpus.ts FILE [FILE…]
// Exits 1 when a row breaks the format (unknown theme or sentiment, empty text, duplicate id/text).
import { readFileSync } from 'node:fs';
import { parseCsv } from '../dataset';
import { SENTIMENTS_FR } from '../taxonomy';
import { DEFAULT_TAXONOMY } from '../taxonomy';

const codes = new Set(DEFAULT_TAXONOMY.map((t) => t.code));
const sentiments = new Set<string>(SENTIMENTS_FR);
const problems: string[] = [];
const ids = new Set<string>();
const texts = new Map<string, string>();
const perLabel = new Map<string, number>();
const perSentiment = new Map<string, number>();
let rows = 0;
let words = 0;
let short = 0;
for (const file of process.argv.slice(2)) {
  const records = parseCsv(readFileSync(file));
  const header = Object.keys(records[0] ?? {});
  if (header.join(',') !== 'id,text,labels,sentiment')
    problems.push(`${file}: header must be id,text,labels,sentiment (found ${header.join(',')})`);
  records.forEach((r, i) => {
    const where = `${file} row ${i + 2} (id ${r.id})`;
    rows++;
    const id = (r.id ?? '').trim();
    const text = (r.text ?? '').trim();
    if (!id) problems.push(`${where}: empty id`);
    else if (ids.has(id)) problems.push(`${where}: duplicate id`);
    ids.add(id);
    if (!text) problems.push(`${where}: empty text`);
    const key = text.toLowerCase();
    if (texts.has(key)) problems.push(`${where}: same text as ${texts.get(key)}`);
    texts.set(key, id);
    const n = text.split(/\s+/).filter(Boolean).length;
    words += n;
    if (n <= 8) short++;
    const labels = (r.labels ?? '').split('|').map((l) => l.trim()).filter(Boolean);
    if (new Set(labels).size !== labels.length) problems.push(`${where}: repeated theme`);
    for (const l of labels) {
      if (!codes.has(l)) problems.push(`${where}: unknown theme "${l}"`);
      perLabel.set(l, (perLabel.get(l) ?? 0) + 1);
    }
    const s = (r.sentiment ?? '').trim();
    if (!sentiments.has(s)) problems.push(`${where}: unknown sentiment "${s}"`);
    perSentiment.set(s, (perSentiment.get(s) ?? 0) + 1);
  });
}
console.log(`${rows} rows, ${(words / Math.max(rows, 1)).toFixed(1)} words on average, ${short} of ≤ 8 words`);
console.log('themes:', Object.fromEntries([...perLabel].sort((a, b) => b[1] - a[1])));
console.log('sentiment:', Object.fromEntries(perSentiment));
for (const p of problems.slice(0, 50)) console.error(p);
if (problems.length) {
  console.error(`${problems.length} problem(s)`);
  process.exitCode = 1;
} else console.log('OK');
