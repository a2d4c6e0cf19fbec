import { describe, expect, it } from 'vitest';
import type { AnalysedSegment } from '../../../../shared/schemas/experience';
import { highlightsOf } from './highlights';

const TEXT = 'Repas froids, pas de repassage. L’équipe très gentille : merci à l’équipe !';
//            0    5      12                 31         42    48       57        67
const SEGMENTS: AnalysedSegment[] = [
  {
    start: 0,
    end: 31,
    themes: [{ code: 'repas', evidence: ['repas', 'froids'] }],
    sentiment: 'negatif',
    sentimentEvidence: ['froids', 'pas'],
  },
  {
    start: 32,
    end: TEXT.length,
    themes: [
      { code: 'relations', evidence: ['gentille', "l'équipe"] },
      { code: 'personnel', evidence: ['équipe'] },
    ],
    sentiment: 'positif',
    sentimentEvidence: ['gentille', 'merci'],
  },
];

const words = (highlights: ReturnType<typeof highlightsOf>) =>
  highlights.map((h) => [TEXT.slice(h.start, h.end), h.theme ?? h.sentiment]);

describe('highlights', () => {
  it('finds whole words, case-insensitive, in their segment only, without overlaps', () => {
    const highlights = highlightsOf(TEXT, SEGMENTS, { themes: ['repas', 'relations'] });
    expect(words(highlights)).toEqual([
      ['Repas', 'repas'], // not "repassage"
      ['froids', 'repas'], // the theme wins over the sentiment on the same word
      ['pas', 'negatif'],
      ['L’équipe', 'relations'], // typographic apostrophe in the text
      ['gentille', 'relations'],
      ['merci', 'positif'],
      ['l’équipe', 'relations'],
    ]);
    for (const [a, b] of highlights.slice(1).map((h, i) => [highlights[i]!, h]))
      expect(a!.end).toBeLessThanOrEqual(b!.start);
  });

  it('keeps only the filtered theme (and the sentiment), and themes the comment still carries', () => {
    const filtered = highlightsOf(TEXT, SEGMENTS, {
      themes: ['repas', 'relations'],
      theme: 'repas',
    });
    expect(words(filtered)).toEqual([
      ['Repas', 'repas'],
      ['froids', 'repas'],
      ['pas', 'negatif'],
      ['gentille', 'positif'],
      ['merci', 'positif'],
    ]);
    // "personnel" was removed by a reviewer: its evidence is not shown.
    expect(
      highlightsOf(TEXT, SEGMENTS, { themes: ['repas'] }).some((h) => h.theme === 'personnel'),
    ).toBe(false);
  });

  it('names a merged theme by the theme that absorbed it', () => {
    const highlights = highlightsOf(TEXT, SEGMENTS, {
      themes: ['restauration'],
      theme: 'restauration',
      currentCode: (code) => (code === 'repas' ? 'restauration' : code),
    });
    expect(highlights[0]).toEqual({ start: 0, end: 5, theme: 'restauration', sentiment: null });
  });

  it('ignores segments that run past a shortened text', () => {
    expect(highlightsOf('Repas', SEGMENTS, { themes: ['repas', 'relations'] })).toEqual([
      { start: 0, end: 5, theme: 'repas', sentiment: null },
    ]);
  });
});
