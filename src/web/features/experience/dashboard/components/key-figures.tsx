import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../../shared/schemas/experience';
import { pointsChange, relativeChange } from '../lib/chart-scale';
import { useFormatters } from '../lib/use-formatters';

/** Volume of the period against the previous one, and the shares of positive and negative. */
export function KeyFigures({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const previous = f.period(data.previousPeriod.from, data.previousPeriod.to);
  const change = relativeChange(data.comments, data.previousComments);
  const shareOf = (sentiment: 'positif' | 'negatif') => {
    const row = data.sentiments.find((s) => s.sentiment === sentiment);
    const points = row ? pointsChange(row.share, row.previousShare) : null;
    return {
      value: row ? f.share(row.share) : t('common.none'),
      details: [
        points === null
          ? null
          : t('experience.dashboard.figures.vsPrevious', { change: f.points(points) }),
        row?.regionShare == null
          ? null
          : t('experience.dashboard.figures.region', { share: f.share(row.regionShare) }),
      ].filter((line): line is string => line !== null),
    };
  };
  const figures = [
    {
      key: 'comments',
      label: t('experience.dashboard.figures.comments'),
      value: f.count(data.comments),
      details: [
        data.previousComments === 0
          ? t('experience.dashboard.figures.noPrevious', { period: previous })
          : t('experience.dashboard.figures.previousComments', {
              count: data.previousComments,
              formatted: f.count(data.previousComments),
              period: previous,
            }) + (change === null ? '' : ` (${f.change(change)})`),
      ],
    },
    { key: 'positive', label: t('experience.dashboard.figures.positive'), ...shareOf('positif') },
    { key: 'negative', label: t('experience.dashboard.figures.negative'), ...shareOf('negatif') },
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" component="dl" m={0}>
      {figures.map((figure) => (
        <Paper key={figure.key} withBorder radius="md" p="md">
          <Text component="dt" size="sm" c="dimmed" fw={500}>
            {figure.label}
          </Text>
          <Text component="dd" m={0} fz={28} fw={700} lh={1.3}>
            {figure.value}
          </Text>
          {figure.details.map((line) => (
            <Text key={line} component="dd" m={0} size="sm" c="dimmed">
              {line}
            </Text>
          ))}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
