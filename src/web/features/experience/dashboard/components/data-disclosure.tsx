import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The figures of a chart as a table, behind a native disclosure (keyboard and screen readers). */
export function DataDisclosure({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box component="details" mt="xs">
      <Text component="summary" size="sm" c="binome.8" fw={500} style={{ cursor: 'pointer' }}>
        {t('experience.dashboard.showData')}
      </Text>
      <Box mt="xs">{children}</Box>
    </Box>
  );
}
