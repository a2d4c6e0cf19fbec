import {
  EXPERIENCE_SENTIMENTS,
  MIN_GROUP_SIZE,
  type Dashboard,
} from '../../../../shared/schemas/experience';
import type { FigureRow, ScoreRow } from './dashboard.repository';

// Arithmetic of the dashboards over the grouped rows of the monthly figures, with the minimum
// group size applied to comparisons and scores.

export const SENTIMENTS = [...EXPERIENCE_SENTIMENTS, 'aucun'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];
const TOP_THEMES = 3;

/** Comments per theme ('*' = all) and sentiment over some months. */
export class Tally {
  private counts = new Map<string, Map<string, number>>();

  constructor(rows: Iterable<Omit<FigureRow, 'month'>>) {
    for (const row of rows) {
      const bySentiment = this.counts.get(row.theme) ?? new Map<string, number>();
      bySentiment.set(row.sentiment, (bySentiment.get(row.sentiment) ?? 0) + row.comments);
      this.counts.set(row.theme, bySentiment);
    }
  }

  count(theme: string, sentiment?: string): number {
    const bySentiment = this.counts.get(theme);
    if (!bySentiment) return 0;
    if (sentiment !== undefined) return bySentiment.get(sentiment) ?? 0;
    let total = 0;
    for (const n of bySentiment.values()) total += n;
    return total;
  }

  bySentiment(theme: string): Record<Sentiment, number> {
    return Object.fromEntries(SENTIMENTS.map((s) => [s, this.count(theme, s)])) as Record<
      Sentiment,
      number
    >;
  }

  get total() {
    return this.count('*');
  }

  themes(): string[] {
    return [...this.counts.keys()].filter((theme) => theme !== '*');
  }
}

/** A share when the group is large enough to be shown, else null. */
export const shareOf = (count: number, total: number) =>
  total >= MIN_GROUP_SIZE ? count / total : null;

export function scoresOf(rows: ScoreRow[]): Dashboard['scores'] {
  const sums = (question: string, current: boolean) =>
    rows.find((r) => r.question === question && r.current === current) ?? { total: 0, answers: 0 };
  const questions = [...new Set(rows.map((r) => r.question))].sort((a, b) =>
    a.localeCompare(b, 'fr'),
  );
  return questions.flatMap((question) => {
    const now = sums(question, true);
    if (now.answers < MIN_GROUP_SIZE) return [];
    const before = sums(question, false);
    return [
      {
        question,
        mean: now.total / now.answers,
        answers: now.answers,
        previousMean: before.answers >= MIN_GROUP_SIZE ? before.total / before.answers : null,
      },
    ];
  });
}

export function topThemes(tally: Tally, sentiment: Sentiment): string[] {
  return tally
    .themes()
    .map((code) => ({ code, n: tally.count(code, sentiment) }))
    .filter((t) => t.n > 0)
    .sort((a, b) => b.n - a.n || a.code.localeCompare(b.code))
    .slice(0, TOP_THEMES)
    .map((t) => t.code);
}
