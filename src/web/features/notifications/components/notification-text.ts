import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../../shared/schemas/notifications';

/** The sentence that tells what a notification is about, in the reader's language. */
export function useNotificationText() {
  const { t, i18n } = useTranslation();
  return (n: Notification): string => {
    const actor = n.actor?.name ?? t('notifications.someone');
    switch (n.kind) {
      case 'join_decision':
        return n.data.accepted === 'true'
          ? t('notifications.messages.join_accepted')
          : t('notifications.messages.join_declined');
      case 'meeting_invitation':
      case 'meeting_changed':
      case 'meeting_cancelled':
      case 'workshop_registration':
        return t(`notifications.messages.${n.kind}`, {
          meeting: n.data.meetingTitle ?? '',
          workshop: n.data.workshopTitle ?? '',
          date: n.data.startsAt
            ? new Date(n.data.startsAt).toLocaleString(i18n.language, {
                dateStyle: 'long',
                timeStyle: 'short',
                timeZone: 'Europe/Paris',
              })
            : '',
        });
      default:
        return t(`notifications.messages.${n.kind}`, {
          actor,
          thread: n.data.threadTitle ?? '',
          report: n.data.reportTitle ?? '',
          workshop: n.data.workshopTitle ?? '',
        });
    }
  };
}
