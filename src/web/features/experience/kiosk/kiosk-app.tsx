import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { KioskFlow } from './components/kiosk-flow';
import { KioskScreen } from './components/kiosk-screen';
import { isGone, useKioskPublic } from './lib/kiosk-public';
import { useKioskManifest, useOfflineReady } from './lib/offline-shell';
import { useAnswerQueue } from './lib/use-answer-queue';
import './kiosk.css';

/**
 * /borne/:token — the kiosk on a tablet, outside the app's layout and without an account. It
 * works offline once opened with network: answers wait on the tablet until they can be sent.
 */
export function KioskApp() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  useDocumentTitle(t('experience.kiosk.app.documentTitle'));
  const kiosk = useKioskPublic(token);
  useKioskManifest(token, kiosk.isSuccess);
  const offlineReady = useOfflineReady(token, kiosk.isSuccess);
  const queue = useAnswerQueue();

  return (
    <div className="kiosk">
      <main className="kiosk-main">
        {kiosk.isPending ? (
          <p className="kiosk-status" role="status">
            {t('experience.kiosk.app.loading')}
          </p>
        ) : kiosk.isError ? (
          isGone(kiosk.error) ? (
            <KioskScreen title={t('experience.kiosk.app.unavailableTitle')} pictogram="welcome">
              <p>{t('experience.kiosk.app.unavailableText')}</p>
            </KioskScreen>
          ) : (
            <KioskScreen title={t('experience.kiosk.app.loadFailedTitle')} pictogram="welcome">
              <p>{t('experience.kiosk.app.loadFailedText')}</p>
              <div className="kiosk-actions">
                <button
                  type="button"
                  className="kiosk-button kiosk-button--primary"
                  onClick={() => void kiosk.refetch()}
                >
                  {t('experience.kiosk.app.retry')}
                </button>
              </div>
            </KioskScreen>
          )
        ) : (
          <KioskFlow
            kiosk={kiosk.data}
            queue={queue.state}
            offlineReady={offlineReady}
            onAnswer={(answer) => queue.enqueue(token, answer)}
          />
        )}
      </main>
    </div>
  );
}
