import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { KioskPublic } from '../../../../../shared/schemas/experience/kiosk';
import type { KioskAnswerPayload, QueueState } from '../lib/answer-queue';
import { answerOf, flowReducer, initialFlow } from '../lib/kiosk-flow';
import { newAnswerId } from '../lib/answer-id';
import { CommentScreen } from './comment-screen';
import { QuestionScreen } from './question-screen';
import { QueueStatus } from './queue-status';
import { ThanksScreen } from './thanks-screen';
import { WelcomeScreen } from './welcome-screen';

/** A person who walks away mid-way: their answers are dropped after this long without a touch. */
const IDLE_MS = 5 * 60_000;

interface KioskFlowProps {
  kiosk: KioskPublic;
  queue: QueueState;
  offlineReady: boolean;
  /** Resolves once the answer is stored on the tablet (sending happens later). */
  onAnswer: (answer: KioskAnswerPayload) => Promise<void>;
}

/** One person's visit, then the next person's: welcome, questions, comment, thanks. */
export function KioskFlow({ kiosk, queue, offlineReady, onAnswer }: KioskFlowProps) {
  const reducer = useMemo(() => flowReducer(kiosk.questions), [kiosk.questions]);
  const [state, dispatch] = useReducer(reducer, initialFlow);
  const [sending, setSending] = useState(false);
  const { step } = state;
  const reset = useCallback(() => dispatch({ type: 'reset' }), []);
  const answering = step.kind === 'question' || step.kind === 'comment';

  useEffect(() => {
    if (!answering) return;
    let timer = window.setTimeout(reset, IDLE_MS);
    const touched = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(reset, IDLE_MS);
    };
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const name of events) window.addEventListener(name, touched);
    return () => {
      window.clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, touched);
    };
  }, [answering, reset]);

  const send = () => {
    const answer = answerOf(state, { id: newAnswerId(), answeredAt: new Date().toISOString() });
    setSending(true);
    (answer ? onAnswer(answer) : Promise.resolve())
      // Storage refused (very rare): the person is thanked all the same, nothing else to do.
      .catch(() => undefined)
      .finally(() => {
        setSending(false);
        dispatch({ type: 'sent' });
      });
  };

  if (step.kind === 'question') {
    const question = kiosk.questions[step.index]!;
    return (
      <QuestionScreen
        key={question}
        question={question}
        index={step.index}
        total={kiosk.questions.length}
        value={state.scores[question]}
        onChoose={(value) => dispatch({ type: 'choose', question, value })}
        onNext={() => dispatch({ type: 'next' })}
        onSkip={() => dispatch({ type: 'skip' })}
        onBack={() => dispatch({ type: 'back' })}
      />
    );
  }
  if (step.kind === 'comment')
    return (
      <CommentScreen
        comment={state.comment}
        helped={state.helped}
        sending={sending}
        onComment={(comment) => dispatch({ type: 'comment', comment })}
        onHelped={(helped) => dispatch({ type: 'helped', helped })}
        onBack={() => dispatch({ type: 'back' })}
        onSend={send}
      />
    );
  return (
    <>
      {step.kind === 'thanks' ? (
        <ThanksScreen onDone={reset} />
      ) : (
        <WelcomeScreen kiosk={kiosk} onStart={() => dispatch({ type: 'start' })} />
      )}
      <QueueStatus state={queue} offlineReady={offlineReady} />
    </>
  );
}
