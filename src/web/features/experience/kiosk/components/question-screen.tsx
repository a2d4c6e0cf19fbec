import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskQuestion } from '../../../../../shared/schemas/experience/kiosk';
import type { FaceValue } from '../lib/kiosk-flow';
import { FaceScale } from './face-scale';
import { KioskScreen } from './kiosk-screen';

interface QuestionScreenProps {
  question: KioskQuestion;
  index: number;
  total: number;
  value: FaceValue | undefined;
  onChoose: (value: FaceValue) => void;
  onNext: () => void;
  onSkip: () => void;
  onBack: () => void;
}

/** One question, its four faces, and the ways on: back, skip, next. */
export function QuestionScreen(props: QuestionScreenProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <KioskScreen
      title={t(`experience.kiosk.app.questions.${props.question}`)}
      kicker={t('experience.kiosk.app.progress', { current: props.index + 1, total: props.total })}
      titleId={titleId}
      pictogram={props.question}
    >
      <FaceScale
        name={`borne-${props.question}`}
        labelledBy={titleId}
        value={props.value}
        onChange={props.onChoose}
      />
      <div className="kiosk-actions">
        <button type="button" className="kiosk-button" onClick={props.onBack}>
          {t('experience.kiosk.app.back')}
        </button>
        <button type="button" className="kiosk-button" onClick={props.onSkip}>
          {t('experience.kiosk.app.skip')}
        </button>
        <button type="button" className="kiosk-button kiosk-button--primary" onClick={props.onNext}>
          {t('experience.kiosk.app.next')}
        </button>
      </div>
    </KioskScreen>
  );
}
