import { Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner announced to screen readers ("Chargement…"). */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="md" aria-hidden="true" />
      <Text ml="sm" c="dimmed">
        {label ?? t('common.loading')}
      </Text>
    </Center>
  );
}
