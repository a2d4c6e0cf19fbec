import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Notification } from '../../../../shared/schemas/notifications';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { QueryError } from '../../../components/query-error';
import { useMarkAllRead, useMarkRead, useNotifications } from '../api/notifications';
import { useNotificationText } from './notification-text';

const PAGE_SIZE = 20;

/** The signed-in person's notifications, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useNotifications(page, PAGE_SIZE);
  const markAll = useMarkAllRead();
  const unread = list.data?.unread ?? 0;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.description')}
        actions={
          <Button
            variant="outline"
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('notifications.emptyTitle')}>{t('notifications.empty')}</EmptyState>
      ) : (
        <>
          <Text role="status" size="sm" fw={600}>
            {t('notifications.unreadSummary', { count: unread })}
          </Text>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.data.items.map((n) => (
              <li key={n.id}>
                <NotificationItem notification={n} />
              </li>
            ))}
          </Stack>
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onChange={(p) => setParams(p > 1 ? { page: String(p) } : {})}
          />
        </>
      )}
    </Stack>
  );
}

function NotificationItem({ notification: n }: { notification: Notification }) {
  const { t, i18n } = useTranslation();
  const text = useNotificationText();
  const markRead = useMarkRead();
  const unread = n.readAt === null;
  const when = new Date(n.createdAt).toLocaleString(i18n.language, {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      style={unread ? { borderLeft: '4px solid var(--mantine-color-binome-7)' } : undefined}
    >
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <Stack gap={4} style={{ flex: '1 1 20rem' }}>
          <Group gap="xs" wrap="wrap">
            {unread && (
              <Badge variant="light" color="binome" c="dark.8" size="sm">
                {t('notifications.unread')}
              </Badge>
            )}
            <Text size="sm" c="dimmed">
              {t(`notifications.kinds.${n.kind}`)}
            </Text>
          </Group>
          <Anchor
            component={Link}
            to={n.link}
            fw={unread ? 700 : 400}
            onClick={() => unread && markRead.mutate(n.id)}
          >
            {text(n)}
          </Anchor>
          <Text size="sm" c="dimmed">
            {[n.community?.title, when].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        {unread && (
          <Button
            variant="subtle"
            size="compact-sm"
            loading={markRead.isPending}
            onClick={() => markRead.mutate(n.id)}
          >
            {t('notifications.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
