import { describe, expect, it } from 'vitest';
import { KIOSK_QUESTIONS, KIOSK_SCALE } from '../../../../../shared/schemas/experience/kiosk';
import { translations } from '../../../../i18n/translations';
import { answerOf, flowReducer, initialFlow, type FlowAction, type FlowState } from './kiosk-flow';

// One person's visit: the steps, what is sent, and that nothing stays for the next person.

const reduce = flowReducer(['global', 'repas', 'chambre']);
const play = (...actions: FlowAction[]) => actions.reduce(reduce, initialFlow);
const ids = { id: '00000000-0000-4000-8000-000000000001', answeredAt: '2025-03-04T10:00:00Z' };

describe('the kiosk flow', () => {
  it('goes welcome → one screen per question → comment → thanks', () => {
    const steps: FlowState['step'][] = [];
    let state = initialFlow;
    for (const action of [
      { type: 'start' },
      { type: 'next' },
      { type: 'next' },
      { type: 'next' },
      { type: 'sent' },
    ] as FlowAction[]) {
      state = reduce(state, action);
      steps.push(state.step);
    }
    expect(steps).toEqual([
      { kind: 'question', index: 0 },
      { kind: 'question', index: 1 },
      { kind: 'question', index: 2 },
      { kind: 'comment' },
      { kind: 'thanks' },
    ]);
  });

  it('keeps the faces chosen, forgets a skipped question, and goes back', () => {
    const state = play(
      { type: 'start' },
      { type: 'choose', question: 'global', value: 4 },
      { type: 'next' },
      { type: 'choose', question: 'repas', value: 1 },
      { type: 'back' },
      { type: 'next' },
      { type: 'skip' },
      { type: 'choose', question: 'chambre', value: 2 },
      { type: 'next' },
      { type: 'comment', comment: '  La chambre est froide.  ' },
      { type: 'helped', helped: true },
    );
    expect(state.step).toEqual({ kind: 'comment' });
    expect(answerOf(state, ids)).toEqual({
      ...ids,
      scores: { global: 4, chambre: 2 },
      comment: 'La chambre est froide.',
      helped: true,
    });
    expect(play({ type: 'start' }, { type: 'back' })).toEqual(initialFlow);
  });

  it('sends nothing for a person who answered nothing, and no "helped" without a comment', () => {
    const empty = play({ type: 'start' }, { type: 'skip' }, { type: 'skip' }, { type: 'skip' });
    expect(answerOf({ ...empty, comment: '   ', helped: true }, ids)).toBeNull();
    const facesOnly = play({ type: 'start' }, { type: 'choose', question: 'global', value: 3 });
    expect(answerOf({ ...facesOnly, helped: true }, ids)?.helped).toBe(false);
  });

  it('forgets everything once sent or reset (the next person starts blank)', () => {
    const answered = play(
      { type: 'start' },
      { type: 'choose', question: 'global', value: 1 },
      { type: 'comment', comment: 'Personnel débordé.' },
    );
    expect(reduce(answered, { type: 'sent' })).toEqual({
      ...initialFlow,
      step: { kind: 'thanks' },
    });
    expect(reduce(answered, { type: 'reset' })).toEqual(initialFlow);
  });
});

describe('kiosk wording', () => {
  // Keys built at run time, which the locales test cannot see.
  const keys = [
    ...KIOSK_QUESTIONS.map((q) => `questions.${q}`),
    ...KIOSK_SCALE.map((v) => `scale.${v}`),
  ];
  const lookup = (tree: unknown, key: string) =>
    key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);

  it.each(['fr', 'en'] as const)('names every question and face in %s', (language) => {
    const kiosk = translations[language].experience.kiosk.app;
    const missing = keys.filter((key) => typeof lookup(kiosk, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
