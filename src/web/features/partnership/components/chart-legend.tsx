import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHART_COLORS } from '../lib/chart';

/** What the two series look like: solid and filled for current, dashed for target. */
export function ChartLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="lg" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      <Group gap={6} component="li" wrap="nowrap">
        <svg width="28" height="14" aria-hidden="true">
          <rect x="1" y="2" width="26" height="10" fill={CHART_COLORS.current} />
        </svg>
        <Text size="sm">{t('partnership.chart.current')}</Text>
      </Group>
      <Group gap={6} component="li" wrap="nowrap">
        <svg width="28" height="14" aria-hidden="true">
          <rect
            x="1.5"
            y="2.5"
            width="25"
            height="9"
            fill="white"
            stroke={CHART_COLORS.target}
            strokeWidth="2"
            strokeDasharray="4 2"
          />
        </svg>
        <Text size="sm">{t('partnership.chart.target')}</Text>
      </Group>
      <Text component="li" size="sm" c="dimmed">
        {t('partnership.chart.scale')}
      </Text>
    </Group>
  );
}
