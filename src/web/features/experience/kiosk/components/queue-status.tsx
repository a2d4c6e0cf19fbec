import { useTranslation } from 'react-i18next';
import type { QueueState } from '../lib/answer-queue';

/** For the staff, discreetly: are the answers on their way, can the kiosk work offline. */
export function QueueStatus({ state, offlineReady }: { state: QueueState; offlineReady: boolean }) {
  const { t } = useTranslation();
  const count = state.pending;
  const message = !state.loaded
    ? ''
    : count === 0
      ? t('experience.kiosk.app.status.allSent')
      : state.offline
        ? t('experience.kiosk.app.status.offline', { count })
        : t('experience.kiosk.app.status.waiting', { count });
  return (
    <div className="kiosk-status" role="status">
      {message && <p>{message}</p>}
      {offlineReady && <p>{t('experience.kiosk.app.status.offlineReady')}</p>}
    </div>
  );
}
