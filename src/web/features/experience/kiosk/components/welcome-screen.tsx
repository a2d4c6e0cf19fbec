import { useTranslation } from 'react-i18next';
import type { KioskPublic } from '../../../../../shared/schemas/experience/kiosk';
import { KioskScreen } from './kiosk-screen';

export function WelcomeScreen({ kiosk, onStart }: { kiosk: KioskPublic; onStart: () => void }) {
  const { t } = useTranslation();
  return (
    <KioskScreen title={t('experience.kiosk.app.welcome.title')} pictogram="welcome">
      <p className="kiosk-lead">
        {kiosk.establishmentName}
        {kiosk.service && ` – ${kiosk.service}`}
      </p>
      <p>{t('experience.kiosk.app.welcome.intro')}</p>
      <p>{t('experience.kiosk.app.welcome.anonymous')}</p>
      <div className="kiosk-actions">
        <button type="button" className="kiosk-button kiosk-button--primary" onClick={onStart}>
          {t('experience.kiosk.app.welcome.start')}
        </button>
      </div>
    </KioskScreen>
  );
}
