import { useTranslation } from 'react-i18next';
import { COMMENT_MAX_LENGTH } from '../../../../../shared/schemas/experience/imports';
import { KioskScreen } from './kiosk-screen';

interface CommentScreenProps {
  comment: string;
  helped: boolean;
  sending: boolean;
  onComment: (comment: string) => void;
  onHelped: (helped: boolean) => void;
  onBack: () => void;
  onSend: () => void;
}

/** The free comment, typed or dictated, possibly by a helper; then "Envoyer". */
export function CommentScreen(props: CommentScreenProps) {
  const { t } = useTranslation();
  return (
    <KioskScreen title={t('experience.kiosk.app.comment.title')} pictogram="comment">
      <p>{t('experience.kiosk.app.comment.intro')}</p>
      <div className="kiosk-field">
        <label htmlFor="borne-commentaire">{t('experience.kiosk.app.comment.label')}</label>
        <p id="borne-commentaire-aide">{t('experience.kiosk.app.comment.noNames')}</p>
        <textarea
          id="borne-commentaire"
          aria-describedby="borne-commentaire-aide"
          rows={5}
          maxLength={COMMENT_MAX_LENGTH}
          value={props.comment}
          onChange={(event) => props.onComment(event.currentTarget.value)}
        />
      </div>
      <label className="kiosk-check">
        <input
          type="checkbox"
          checked={props.helped}
          onChange={(event) => props.onHelped(event.currentTarget.checked)}
        />
        <span>{t('experience.kiosk.app.comment.helped')}</span>
      </label>
      <div className="kiosk-actions">
        <button type="button" className="kiosk-button" onClick={props.onBack}>
          {t('experience.kiosk.app.back')}
        </button>
        <button
          type="button"
          className="kiosk-button kiosk-button--primary"
          onClick={props.onSend}
          disabled={props.sending}
        >
          {t('experience.kiosk.app.comment.send')}
        </button>
      </div>
    </KioskScreen>
  );
}
