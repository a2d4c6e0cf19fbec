import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../../../shared/schemas/experience';
import { countAxis, niceStep, pointsChange, relativeChange, stack } from './chart-scale';
import { commentSearch, drillDownHref, parseCommentParams } from './comment-params';
import { splitHighlights } from './highlights';
import {
  formatMonth,
  isIsoDate,
  isMonth,
  lastDay,
  monthSpan,
  monthsToDates,
  periodProblem,
} from './period';

const mark = (start: number, end: number, theme: string | null = 'accueil'): Highlight => ({
  start,
  end,
  theme,
  sentiment: null,
});
const shown = (text: string, highlights: Highlight[]) =>
  splitHighlights(text, highlights).map((run) => (run.highlight ? `[${run.text}]` : run.text));

describe('period', () => {
  it('turns months into the dates of whole months, leap years included', () => {
    expect(monthsToDates('2025-01', '2025-12')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2025-02')).toBe('2025-02-28');
    expect(lastDay('2025-04')).toBe('2025-04-30');
  });

  it('recognises months and real dates only', () => {
    expect(isMonth('2025-03')).toBe(true);
    expect(isMonth('2025-13')).toBe(false);
    expect(isMonth('2025-3')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-04-3')).toBe(false);
  });

  it('counts the months of a period and refuses what the API would', () => {
    expect(monthSpan('2025-01', '2025-12')).toBe(12);
    expect(monthSpan('2024-11', '2025-02')).toBe(4);
    expect(periodProblem('2025-03', '2025-03')).toBeNull();
    expect(periodProblem('2025-04', '2025-03')).toBe('order');
    expect(periodProblem('2020-01', '2024-12')).toBeNull();
    expect(periodProblem('2020-01', '2025-01')).toBe('tooLong');
  });

  it('names a month without shifting it through the time zone', () => {
    expect(formatMonth('2025-03', 'fr')).toBe('mars 2025');
    expect(formatMonth('2025-01', 'en')).toBe('January 2025');
  });
});

describe('splitHighlights', () => {
  it('cuts the text into plain and highlighted runs, in order', () => {
    expect(shown('Accueil glacial mais soins parfaits', [mark(27, 35), mark(0, 15)])).toEqual([
      '[Accueil glacial]',
      ' mais soins ',
      '[parfaits]',
    ]);
    expect(shown('abc', [])).toEqual(['abc']);
    expect(shown('', [mark(0, 1)])).toEqual([]);
  });

  it('ignores ranges out of the text, empty or overlapping a kept one', () => {
    expect(
      shown('0123456789', [
        mark(-1, 2),
        mark(8, 11),
        mark(4, 4),
        mark(5, 3),
        mark(1, 4),
        mark(2, 6),
      ]),
    ).toEqual(['0', '[123]', '456789']);
    // Same start: the longer range wins; touching ranges are both kept.
    expect(shown('0123456789', [mark(2, 4), mark(2, 6), mark(6, 8)])).toEqual([
      '01',
      '[2345]',
      '[67]',
      '89',
    ]);
  });

  it('keeps the highlight data and never splits an emoji in two', () => {
    const text = 'Top 👍 merci';
    // 👍 is two UTF-16 units (4 and 5): ranges ending or starting inside it take it whole.
    expect(shown(text, [mark(4, 5)])).toEqual(['Top ', '[👍]', ' merci']);
    expect(shown(text, [mark(5, 12)])).toEqual(['Top ', '[👍 merci]']);
    const [, run] = splitHighlights(text, [
      { start: 4, end: 6, theme: null, sentiment: 'positif' },
    ]);
    expect(run?.highlight).toMatchObject({ sentiment: 'positif', theme: null });
  });
});

describe('chart scales', () => {
  it('rounds axes to 1, 2 or 5 × 10^k', () => {
    expect([0, 1, 3, 7, 12, 30.75, 260].map(niceStep)).toEqual([1, 1, 5, 10, 20, 50, 500]);
    expect(countAxis(123)).toEqual({ max: 150, ticks: [0, 50, 100, 150] });
    expect(countAxis(8)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(countAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it('stacks the non-empty parts in the given order', () => {
    expect(stack({ negatif: 3, positif: 5, neutre: 0 }, ['positif', 'neutre', 'negatif'])).toEqual([
      { key: 'positif', value: 5, start: 0 },
      { key: 'negatif', value: 3, start: 5 },
    ]);
  });

  it('compares shares in points and counts in per cent', () => {
    expect(pointsChange(0.32, 0.28)).toBe(4);
    expect(pointsChange(0.2, 0.225)).toBe(-2);
    expect(pointsChange(0.5, null)).toBeNull();
    expect(relativeChange(125, 100)).toBe(0.25);
    expect(relativeChange(10, 0)).toBeNull();
  });
});

describe('drill-down addresses', () => {
  const establishmentId = '0b4f3c2e-1d2a-4b5c-8d9e-0f1a2b3c4d5e';

  it('links a figure to its comments over whole months', () => {
    const href = drillDownHref({
      establishmentId,
      from: '2024-03',
      to: '2025-02',
      service: 'Urgences',
      theme: 'attente',
      sentiment: 'negatif',
    });
    const [path, query] = href.split('?');
    expect(path).toBe('/experience-patient/commentaires');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      etablissement: establishmentId,
      de: '2024-03-01',
      a: '2025-02-28',
      service: 'Urgences',
      theme: 'attente',
      sentiment: 'negatif',
    });
  });

  it('reads back what it writes, and drops what the API would refuse', () => {
    const filters = {
      from: '2025-01-01',
      to: '2025-01-31',
      service: 'Pédiatrie',
      theme: 'repas',
      sentiment: 'aucun' as const,
      sourceKind: 'kiosk' as const,
      q: 'plateau froid',
      reviewed: 'false' as const,
      page: 3,
    };
    const search = commentSearch(establishmentId, filters);
    expect(search.get('relu')).toBe('non');
    expect(parseCommentParams(search)).toEqual(filters);
    expect(
      parseCommentParams(
        new URLSearchParams(
          'de=2025-02-30&a=hier&theme=Pas+un+code&sentiment=furieux&source=mail&relu=peut-etre&page=-2&q=++',
        ),
      ),
    ).toEqual({
      from: undefined,
      to: undefined,
      service: undefined,
      theme: undefined,
      sentiment: undefined,
      sourceKind: undefined,
      q: undefined,
      reviewed: undefined,
      page: 1,
    });
  });
});
