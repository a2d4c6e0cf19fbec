import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Fields marked with an asterisk (*) are required." shown above forms. */
export function RequiredHint() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed" mb="md">
      {t('form.requiredHint')}
    </Text>
  );
}
