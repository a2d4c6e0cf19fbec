import { describe, expect, it } from 'vitest';
import cases from './redaction-cases.json';
import { findPersonalData, redact, type RedactionType } from './redact';

interface LabelledCase {
  text: string;
  expected: Array<{ type: RedactionType; value: string }>;
}

const TYPES: RedactionType[] = ['EMAIL', 'TELEPHONE', 'NIR', 'NOM'];
const labelled = cases as LabelledCase[];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Per-type and overall counts; a predicted span is correct when its type and exact substring match. */
function evaluate(): { perType: Record<RedactionType, Counts>; overall: Counts; errors: string[] } {
  const perType = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    RedactionType,
    Counts
  >;
  const errors: string[] = [];
  for (const c of labelled) {
    const predicted = findPersonalData(c.text).map(
      (s) => `${s.type}\u0000${c.text.slice(s.start, s.end)}`,
    );
    const expected = c.expected.map((e) => `${e.type}\u0000${e.value}`);
    const remaining = [...expected];
    for (const p of predicted) {
      const type = p.split('\u0000')[0] as RedactionType;
      const k = remaining.indexOf(p);
      if (k >= 0) {
        remaining.splice(k, 1);
        perType[type].tp++;
      } else {
        perType[type].fp++;
        errors.push(`FP ${p.replace('\u0000', ' ')} in: ${c.text}`);
      }
    }
    for (const r of remaining) {
      perType[r.split('\u0000')[0] as RedactionType].fn++;
      errors.push(`FN ${r.replace('\u0000', ' ')} in: ${c.text}`);
    }
  }
  const overall = TYPES.reduce(
    (acc, t) => ({
      tp: acc.tp + perType[t].tp,
      fp: acc.fp + perType[t].fp,
      fn: acc.fn + perType[t].fn,
    }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return { perType, overall, errors };
}

const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

describe('labelled redaction cases', () => {
  it('is a substantial, well-formed test set', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(150);
    for (const t of TYPES) {
      expect(
        labelled.filter((c) => c.expected.some((e) => e.type === t)).length,
      ).toBeGreaterThanOrEqual(30);
    }
    expect(labelled.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(40);
    for (const c of labelled) for (const e of c.expected) expect(c.text).toContain(e.value);
  });

  const { perType, overall, errors } = evaluate();
  for (const t of TYPES) {
    it(`${t}: precision and recall ≥ 0.95`, () => {
      const typeErrors = errors.filter((e) => e.startsWith(`FP ${t} `) || e.startsWith(`FN ${t} `));
      expect({ precision: precision(perType[t]) >= 0.95, typeErrors }).toMatchObject({
        precision: true,
      });
      expect({ recall: recall(perType[t]) >= 0.95, typeErrors }).toMatchObject({ recall: true });
    });
  }
  it('overall: precision and recall ≥ 0.95', () => {
    expect(precision(overall)).toBeGreaterThanOrEqual(0.95);
    expect(recall(overall)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('redact', () => {
  it('replaces each span by its placeholder and keeps the title', () => {
    const r = redact(
      'Merci au Dr Martin, appelez le 06 12 34 56 78 ou écrivez à jean.dupont@example.org',
    );
    expect(r.text).toBe('Merci au Dr [NOM], appelez le [TELEPHONE] ou écrivez à [EMAIL]');
    expect(redact('Madame Claire Dubois, NIR 1 85 05 78 006 084 91').text).toBe(
      'Madame [NOM], NIR [NIR]',
    );
  });

  it('returns sorted, non-overlapping spans with offsets into the original text', () => {
    const text = 'Tél 06 12 34 56 78, mail marie_l@chu-demo.fr, merci à Sophie et Karim';
    const { spans } = redact(text);
    expect(spans.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ['TELEPHONE', '06 12 34 56 78'],
      ['EMAIL', 'marie_l@chu-demo.fr'],
      ['NOM', 'Sophie'],
      ['NOM', 'Karim'],
    ]);
    for (let i = 1; i < spans.length; i++)
      expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });

  it('also gives the spans in the redacted text', () => {
    const r = redact('Dr Martin : 0612345678');
    expect(r.redactedSpans.map((s) => r.text.slice(s.start, s.end))).toEqual([
      '[NOM]',
      '[TELEPHONE]',
    ]);
  });

  it('is idempotent on every labelled case', () => {
    for (const c of labelled) {
      const once = redact(c.text).text;
      expect(redact(once).text).toBe(once);
      expect(findPersonalData(once)).toEqual([]);
    }
  });

  it('is idempotent when comments are glued together', () => {
    for (let i = 0; i + 1 < labelled.length; i++) {
      for (const sep of [' ', '\n', '']) {
        const once = redact(labelled[i]!.text + sep + labelled[i + 1]!.text).text;
        expect(redact(once).text).toBe(once);
      }
    }
    const once = redact('sécu 1 85 05 78 006 084 91 06 12 34 56 78').text;
    expect(once).toBe('sécu [NIR] [TELEPHONE]');
    expect(redact(once).text).toBe(once);
  });

  it('leaves no personal data in redacted comments', () => {
    const samples = [
      'Bonjour Dr Moreau, mon numéro de sécu est 2 85 05 78 006 084 41, rappelez-moi au +33 (0)6 12 34 56 78.',
      "Un grand merci à l'infirmière Julie et au kiné Thomas ; contact : t.nguyen@sfr.fr",
      'Mrs Brown and nurse Sarah were lovely. Call 0033 7 88 99 00 11.',
    ];
    for (const s of samples) {
      const out = redact(s).text;
      for (const secret of [
        'Moreau',
        '2 85 05',
        '06 12',
        'Julie',
        'Thomas',
        'nguyen',
        'Brown',
        'Sarah',
        '88 99',
      ])
        expect(out).not.toContain(secret);
    }
  });

  it('handles the empty string and text without personal data', () => {
    expect(redact('')).toEqual({ text: '', spans: [], redactedSpans: [] });
    expect(redact('Repas froids, chambre 212, attente 45 min le 12/03/2024.').spans).toEqual([]);
  });

  it('handles long inputs without pathological backtracking', () => {
    const chunk =
      'Merci à Julie ! aaaa.bbbb.cccc.dddd 06 12 34 56 7 1 85 05 78 006 Dr Madame Monsieur ' +
      'x'.repeat(200) +
      ' ' +
      '1'.repeat(300) +
      ' ' +
      'a.'.repeat(150) +
      '@ ';
    const text = chunk.repeat(Math.ceil(50_000 / chunk.length));
    const r = redact(text);
    expect(r.spans.length).toBeGreaterThan(0);
    const noSpace = 'a'.repeat(50_000) + '@' + '-'.repeat(1000);
    expect(redact(noSpace).spans).toEqual([]);
  });
});
