import {
  SUMMARY_MAX_COMMENTS,
  type CommentsSummary,
  type LlmStatus,
} from '../../../../shared/schemas/experience';
import type { SessionUser } from '../../../../shared/schemas/auth';
import { AppError, forbidden } from '../../../lib/errors';
import { canReadEstablishment } from '../experience-access';
import { LlmError, type ChatMessage, type LlmClient } from './llm-client';
import type { SummaryFilters, SummaryRepository } from './summary.repository';

// The optional summary of a selection of comments by a language model (off unless LLM_URL is
// set). Only redacted texts are sent; the answer is shown as a draft to check, never stored.

export const SUMMARY_SYSTEM_PROMPT = [
  'Tu aides l’équipe qualité d’un établissement de santé ou médico-social à lire les commentaires de patients, de résidents et de leurs proches.',
  'Résume en 5 puces ce que disent les patients dans les commentaires fournis, du sujet le plus fréquent au moins fréquent.',
  'Règles :',
  '- ne cite aucun nom et aucune information qui permettrait de reconnaître une personne ;',
  '- n’invente rien : appuie-toi seulement sur les commentaires fournis, sans conseil ni interprétation ;',
  '- indique pour chaque puce combien de commentaires l’évoquent (par exemple « 7 commentaires sur 40 ») ;',
  '- les marqueurs entre crochets ([NOM], [EMAIL], [TELEPHONE]…) remplacent des données retirées : ne cherche pas à les deviner ;',
  '- réponds en français, en phrases courtes, sans introduction ni conclusion.',
].join('\n');

/** Longest comment sent as it is; longer ones are cut (the prompt stays bounded). */
const MAX_COMMENT_CHARS = 1_000;

const SENTIMENT_WORDS: Record<string, string> = {
  positif: 'positifs',
  negatif: 'négatifs',
  mixte: 'mitigés',
  neutre: 'neutres',
};

function userMessage(comments: string[], filters: SummaryFilters, themeLabel: string | null) {
  const scope = [
    themeLabel ? `thème « ${themeLabel} »` : null,
    filters.sentiment ? `commentaires ${SENTIMENT_WORDS[filters.sentiment]}` : null,
    filters.from ? `depuis le ${filters.from}` : null,
    filters.to ? `jusqu’au ${filters.to}` : null,
  ].filter(Boolean);
  const lines = comments.map((text, i) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    const cut = flat.length > MAX_COMMENT_CHARS ? `${flat.slice(0, MAX_COMMENT_CHARS)}…` : flat;
    return `${i + 1}. ${cut}`;
  });
  return [
    `${comments.length} commentaires${scope.length > 0 ? ` (${scope.join(', ')})` : ''} :`,
    '',
    ...lines,
  ].join('\n');
}

export function createSummaryService({
  repo,
  llm,
  onLlmError = () => {},
}: {
  repo: SummaryRepository;
  /** Null when no language model is configured: the feature is off. */
  llm: LlmClient | null;
  /** Told why a request failed (a reason, never a text), for the operators' log. */
  onLlmError?: (reason: string) => void;
}) {
  return {
    status(): LlmStatus {
      return { enabled: llm !== null };
    },

    async summarise(actor: SessionUser, filters: SummaryFilters): Promise<CommentsSummary> {
      if (!llm) throw new AppError(404, 'llmDisabled');
      if (!canReadEstablishment(actor, filters.establishmentId)) throw forbidden();
      const comments = await repo.recentComments(filters, SUMMARY_MAX_COMMENTS);
      // Nothing to summarise: the model is not called for nothing.
      if (comments.length === 0) return { summary: '', comments: 0, model: llm.model };
      const themeLabel = filters.theme ? await repo.themeLabel(filters.theme) : null;
      const messages: ChatMessage[] = [
        { role: 'system', content: SUMMARY_SYSTEM_PROMPT },
        { role: 'user', content: userMessage(comments, filters, themeLabel) },
      ];
      try {
        const answer = await llm.complete(messages, 0.2);
        return { summary: answer.text, comments: comments.length, model: answer.model };
      } catch (error) {
        if (!(error instanceof LlmError)) throw error;
        onLlmError(error.reason);
        throw new AppError(502, 'llmFailed');
      }
    },
  };
}
export type SummaryService = ReturnType<typeof createSummaryService>;
