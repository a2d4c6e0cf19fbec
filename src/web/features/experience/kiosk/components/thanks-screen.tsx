import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { KioskScreen } from './kiosk-screen';

/** Back to the welcome screen after this long, ready for the next person. */
const NEXT_PERSON_MS = 10_000;

export function ThanksScreen({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = window.setTimeout(onDone, NEXT_PERSON_MS);
    return () => window.clearTimeout(timer);
  }, [onDone]);
  return (
    <KioskScreen title={t('experience.kiosk.app.thanks.title')} pictogram="thanks">
      <p className="kiosk-lead">{t('experience.kiosk.app.thanks.saved')}</p>
      <p>{t('experience.kiosk.app.thanks.next')}</p>
      <div className="kiosk-actions">
        <button type="button" className="kiosk-button kiosk-button--primary" onClick={onDone}>
          {t('experience.kiosk.app.thanks.done')}
        </button>
      </div>
    </KioskScreen>
  );
}
