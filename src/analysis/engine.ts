import { countBuckets, vectorise } from './features/vocabulary';
import { decideLabels, headProbabilities } from './model/predict';
import type { AnalysisModel, Head } from './model/types';
import { explainHead, type Evidence } from './explain';
import { redact } from './redaction/redact';
import { prepareText, type PreparedText } from './text/prepare';

export interface ThemeResult {
  code: string;
  probability: number;
  /** Words of the segment that pushed most towards this theme. */
  evidence: string[];
}

export interface SegmentResult {
  text: string;
  start: number;
  end: number;
  themes: ThemeResult[];
  sentiment: string | null;
  sentimentEvidence: string[];
}

export interface CommentAnalysis {
  /** The comment with personal data replaced by [EMAIL], [TELEPHONE], [NIR], [NOM]. */
  redactedText: string;
  /** Segments of the redacted text (offsets refer to `redactedText`). */
  segments: SegmentResult[];
  themes: string[];
  sentiment: string | null;
  sentimentScores: Record<string, number>;
}

export interface Prediction {
  themes: string[];
  themeProbabilities: Record<string, number>;
  sentiment: string | null;
  sentimentScores: Record<string, number>;
}

function scoresOf(head: Head, probabilities: Float64Array): Record<string, number> {
  return Object.fromEntries(
    head.labels.map((label, l) => [label, Math.round(probabilities[l]! * 1e4) / 1e4]),
  );
}

function vectorOf(model: AnalysisModel, doc: PreparedText, from?: number, to?: number) {
  return vectorise(model.vocabulary, countBuckets(doc, model.vocabulary.config, from, to));
}

/** Whole-comment prediction (no segmentation, no redaction): the fast path used by evaluation. */
export function predictText(model: AnalysisModel, text: string): Prediction {
  const x = vectorOf(model, prepareText(text, model.language));
  const { themes, sentiment } = model.heads;
  const themeProbabilities = themes ? headProbabilities(themes, x) : undefined;
  const sentimentProbabilities = sentiment ? headProbabilities(sentiment, x) : undefined;
  return {
    themes:
      themes && themeProbabilities
        ? decideLabels(themes, themeProbabilities).map((l) => themes.labels[l]!)
        : [],
    themeProbabilities: themes && themeProbabilities ? scoresOf(themes, themeProbabilities) : {},
    sentiment:
      sentiment && sentimentProbabilities
        ? sentiment.labels[decideLabels(sentiment, sentimentProbabilities)[0]!]!
        : null,
    sentimentScores:
      sentiment && sentimentProbabilities ? scoresOf(sentiment, sentimentProbabilities) : {},
  };
}

const evidenceWords = (evidence: Evidence[]): string[] =>
  evidence.filter((e) => e.weight > 0).map((e) => e.text);

/**
 * Full analysis of one comment: redaction, clause segmentation, themes and sentiment per segment
 * with evidence words, the union of segment themes and whole-comment themes, and an overall sentiment
 * (`mixte` when clearly positive and clearly negative segments coexist, if the model knows `mixte`).
 */
export function analyseComment(model: AnalysisModel, text: string): CommentAnalysis {
  const redactedText = redact(text).text;
  const doc = prepareText(redactedText, model.language);
  const { themes: themeHead, sentiment: sentimentHead } = model.heads;
  const whole = vectorOf(model, doc);
  const comment = new Set<string>();
  if (themeHead) {
    for (const l of decideLabels(themeHead, headProbabilities(themeHead, whole)))
      comment.add(themeHead.labels[l]!);
  }
  const segmentSentiments: string[] = [];
  const segments = doc.segments.map((seg): SegmentResult => {
    const x = vectorOf(model, doc, seg.tokenStart, seg.tokenEnd);
    const themes: ThemeResult[] = [];
    if (themeHead) {
      const probabilities = headProbabilities(themeHead, x);
      // A segment keeps only labels that pass their threshold: no fallback for short clauses.
      for (const l of decideLabels(themeHead, probabilities, doc.segments.length === 1)) {
        const code = themeHead.labels[l]!;
        comment.add(code);
        themes.push({
          code,
          probability: Math.round(probabilities[l]! * 1e4) / 1e4,
          evidence: evidenceWords(
            explainHead(model, themeHead, l, doc, seg.tokenStart, seg.tokenEnd, 3),
          ),
        });
      }
    }
    let sentiment: string | null = null;
    let sentimentEvidence: string[] = [];
    if (sentimentHead) {
      const best = decideLabels(sentimentHead, headProbabilities(sentimentHead, x))[0]!;
      sentiment = sentimentHead.labels[best]!;
      segmentSentiments.push(sentiment);
      sentimentEvidence = evidenceWords(
        explainHead(model, sentimentHead, best, doc, seg.tokenStart, seg.tokenEnd, 3),
      );
    }
    return { text: seg.text, start: seg.start, end: seg.end, themes, sentiment, sentimentEvidence };
  });
  let sentiment: string | null = null;
  let sentimentScores: Record<string, number> = {};
  if (sentimentHead) {
    const probabilities = headProbabilities(sentimentHead, whole);
    sentimentScores = scoresOf(sentimentHead, probabilities);
    sentiment = sentimentHead.labels[decideLabels(sentimentHead, probabilities)[0]!]!;
    const positive = segmentSentiments.some((s) => POSITIVE.has(s));
    const negative = segmentSentiments.some((s) => NEGATIVE.has(s));
    const mixed = sentimentHead.labels.find((l) => MIXED.has(l));
    if (positive && negative && mixed) sentiment = mixed;
  }
  return {
    redactedText,
    segments,
    themes: themeHead ? themeHead.labels.filter((l) => comment.has(l)) : [],
    sentiment,
    sentimentScores,
  };
}

const POSITIVE = new Set(['positif', 'positive']);
const NEGATIVE = new Set(['negatif', 'negative']);
const MIXED = new Set(['mixte', 'mixed', 'neutral/mixed']);

export function analyseBatch(model: AnalysisModel, texts: readonly string[]): CommentAnalysis[] {
  return texts.map((text) => analyseComment(model, text));
}

/** Labels of one head for many texts (whole comments), the fast path for evaluation. */
export function predictHead(
  model: AnalysisModel,
  headName: 'themes' | 'sentiment',
  texts: readonly string[],
): string[][] {
  const head = model.heads[headName];
  if (!head) throw new Error(`The model has no ${headName} classifier`);
  return texts.map((text) => {
    const x = vectorOf(model, prepareText(text, model.language));
    return decideLabels(head, headProbabilities(head, x)).map((l) => head.labels[l]!);
  });
}
