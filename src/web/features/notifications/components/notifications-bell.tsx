import { ActionIcon, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../components/icons';
import { useUnreadCount } from '../api/notifications';

/** Header link to the notifications page; its accessible name says how many are unread. */
export function NotificationsBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount(true).data ?? 0;
  return (
    <ActionIcon
      component={Link}
      to="/notifications"
      variant="subtle"
      size="lg"
      aria-label={
        unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')
      }
      style={{ position: 'relative', overflow: 'visible' }}
    >
      <Icon name="bell" size={22} />
      {unread > 0 && (
        <Badge
          aria-hidden="true"
          size="xs"
          color="red.8"
          circle={unread < 10}
          style={{ position: 'absolute', top: -4, right: -6, pointerEvents: 'none' }}
        >
          {unread > 99 ? '99+' : unread}
        </Badge>
      )}
    </ActionIcon>
  );
}
