import { analyseComment, type CommentAnalysis } from '../../../../analysis/engine';
import { redact } from '../../../../analysis/redaction/redact';
import type { AnalysedSegment } from '../../../../shared/schemas/experience';
import type { ExperienceDeps } from '../experience-part';
import type { JobStep } from '../jobs';
import type { ModelChoice } from '../model-store';
import type { AnalysisRepository, PendingComment, StoredAnalysis } from './analysis.repository';

// The analysis job: redacts and analyses pending comments (oldest first), keeps only the
// redacted text, adds them to the monthly figures, and closes the imports whose comments are
// all analysed. State lives in the comments (`analysed_at`), so a restart resumes where it
// stopped. Each call handles one batch; the runner calls again while there is work.

/** Comments per batch (one transaction). ~0.1 s of analysis at ~2,000 comments/s. */
export const ANALYSIS_BATCH = 200;
/** Comments analysed between two yields to pending I/O (requests keep being served). */
const YIELD_EVERY = 25;

type ThemeMap = (codes: readonly string[]) => string[];

const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Segments as stored: theme codes through the taxonomy (merges), evidence words merged. */
function storedSegments(analysis: CommentAnalysis, themeMap: ThemeMap): AnalysedSegment[] {
  return analysis.segments.map((segment) => {
    const evidence = new Map<string, Set<string>>();
    for (const theme of segment.themes) {
      for (const code of themeMap([theme.code])) {
        const words = evidence.get(code) ?? new Set<string>();
        for (const word of theme.evidence) words.add(word);
        evidence.set(code, words);
      }
    }
    return {
      start: segment.start,
      end: segment.end,
      themes: [...evidence].map(([code, words]) => ({ code, evidence: [...words] })),
      sentiment: segment.sentiment,
      sentimentEvidence: segment.sentimentEvidence,
    };
  });
}

/** One comment's analysis as stored. An empty comment (a score-only answer) has none. */
export function analyseForStorage(
  comment: PendingComment,
  choice: ModelChoice,
  themeMap: ThemeMap,
): StoredAnalysis {
  const empty = { id: comment.id, themes: [], sentiment: null, segments: [], modelId: choice.id };
  if (comment.input.trim() === '') return { ...empty, text: '' };
  try {
    const analysis = analyseComment(choice.model, comment.input);
    return {
      id: comment.id,
      text: analysis.redactedText,
      themes: themeMap(analysis.themes),
      sentiment: analysis.sentiment,
      segments: storedSegments(analysis, themeMap),
      modelId: choice.id,
    };
  } catch {
    // A text the engine cannot read must not block the queue, nor keep its personal data.
    let text = '';
    try {
      text = redact(comment.input).text;
    } catch {
      // nothing safe to keep
    }
    return { ...empty, text };
  }
}

export function createAnalysisJob(deps: ExperienceDeps, repo: AnalysisRepository): JobStep {
  return async () => {
    const pending = await repo.pending(ANALYSIS_BATCH);
    if (pending.length === 0) {
      // Imports whose comments were all analysed before they finished reading (or duplicates).
      await repo.finishImports(deps.clock.now());
      return false;
    }
    const themeMap = await deps.models.themeMap();
    const models = new Map<string, ModelChoice>();
    const analyses: StoredAnalysis[] = [];
    for (const [i, comment] of pending.entries()) {
      let choice = models.get(comment.establishmentId);
      if (!choice) {
        choice = await deps.models.modelFor(comment.establishmentId);
        models.set(comment.establishmentId, choice);
      }
      analyses.push(analyseForStorage(comment, choice, themeMap));
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToIo();
    }
    const now = deps.clock.now();
    await deps.db.transaction(async (tx) => {
      const analysed = await repo.save(analyses, now, tx);
      await deps.stats.addAnalysed(analysed, tx);
    });
    await repo.finishImports(now);
    return true;
  };
}
