import { Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { useNotificationSettings, useUpdateNotificationSettings } from '../api/notifications';

/** The profile's switch for the daily e-mail digest of unread notifications. */
export function DigestSetting() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  const update = useUpdateNotificationSettings();
  if (settings.isPending) return <LoadingState />;
  if (settings.isError)
    return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  const enabled = settings.data.digestEnabled;
  return (
    <Stack gap="xs">
      <Switch
        id="profil-resume-quotidien"
        checked={enabled}
        disabled={update.isPending}
        onChange={(event) => update.mutate({ digestEnabled: event.currentTarget.checked })}
        label={t('notifications.digest.label')}
        description={t('notifications.digest.description')}
      />
      <Text role="status" size="sm" c="dimmed">
        {update.isSuccess
          ? t(enabled ? 'notifications.digest.on' : 'notifications.digest.off')
          : ''}
      </Text>
    </Stack>
  );
}
