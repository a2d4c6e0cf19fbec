import type { KioskQuestion } from '../../../../../shared/schemas/experience/kiosk';
import type { KioskAnswerPayload } from './answer-queue';

// The steps of one person's visit to the kiosk: welcome, one screen per question, the free
// comment, thanks. `reset` starts from nothing, so the next person never sees these answers.

export type FaceValue = 1 | 2 | 3 | 4;

export type Step =
  | { kind: 'welcome' }
  | { kind: 'question'; index: number }
  | { kind: 'comment' }
  | { kind: 'thanks' };

export interface FlowState {
  step: Step;
  scores: Partial<Record<KioskQuestion, FaceValue>>;
  comment: string;
  helped: boolean;
}

export type FlowAction =
  | { type: 'start' }
  | { type: 'choose'; question: KioskQuestion; value: FaceValue }
  /** Next screen, keeping the face chosen on this one (if any). */
  | { type: 'next' }
  /** "Je ne sais pas / passer": next screen, without an answer to this question. */
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'comment'; comment: string }
  | { type: 'helped'; helped: boolean }
  | { type: 'sent' }
  | { type: 'reset' };

export const initialFlow: FlowState = {
  step: { kind: 'welcome' },
  scores: {},
  comment: '',
  helped: false,
};

/** The screen after the question at `index` (the comment after the last question). */
const after = (index: number, count: number): Step =>
  index + 1 < count ? { kind: 'question', index: index + 1 } : { kind: 'comment' };

export function flowReducer(questions: readonly KioskQuestion[]) {
  return (state: FlowState, action: FlowAction): FlowState => {
    const { step } = state;
    switch (action.type) {
      case 'start':
        return {
          ...initialFlow,
          step: questions.length ? { kind: 'question', index: 0 } : { kind: 'comment' },
        };
      case 'choose':
        return { ...state, scores: { ...state.scores, [action.question]: action.value } };
      case 'next':
      case 'skip': {
        if (step.kind !== 'question') return state;
        const scores = { ...state.scores };
        const question = questions[step.index];
        if (action.type === 'skip' && question) delete scores[question];
        return { ...state, scores, step: after(step.index, questions.length) };
      }
      case 'back':
        if (step.kind === 'comment' && questions.length)
          return { ...state, step: { kind: 'question', index: questions.length - 1 } };
        if (step.kind === 'question' && step.index > 0)
          return { ...state, step: { kind: 'question', index: step.index - 1 } };
        return { ...initialFlow };
      case 'comment':
        return { ...state, comment: action.comment };
      case 'helped':
        return { ...state, helped: action.helped };
      case 'sent':
        // Nothing of the answers stays on screen after sending.
        return { ...initialFlow, step: { kind: 'thanks' } };
      case 'reset':
        return { ...initialFlow };
    }
  };
}

/** The answer to queue, or null when the person answered nothing at all. */
export function answerOf(
  state: FlowState,
  { id, answeredAt }: { id: string; answeredAt: string },
): KioskAnswerPayload | null {
  const comment = state.comment.trim();
  if (comment === '' && Object.keys(state.scores).length === 0) return null;
  return {
    id,
    answeredAt,
    scores: { ...state.scores },
    comment,
    helped: comment !== '' && state.helped,
  };
}
