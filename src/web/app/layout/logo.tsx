import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Two linked rings (the professional and the user representative) and the product name. */
export function Logo() {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <svg width="32" height="32" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="#0b5c76" />
        <circle cx="12" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.5" />
        <circle cx="20" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.5" />
      </svg>
      <Text fw={800} size="xl" c="binome.8" style={{ letterSpacing: '-0.01em' }}>
        {t('app.name')}
      </Text>
    </Group>
  );
}
