import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkshopSummary } from '../../../../shared/schemas/partnership';
import { useMeetingFormat } from '../../communities/components/meeting-list';
import { binomePath, workshopPath } from '../lib/paths';
import { WorkshopStateBadge } from './workshop-state-badge';

/** One workshop of the list: when and how, its state, and the reader's binôme if any. */
export function WorkshopCard({ workshop: w }: { workshop: WorkshopSummary }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 20rem' }}>
          <Title order={3} size="h4">
            <Anchor component={Link} to={workshopPath(w.id)}>
              {w.title}
            </Anchor>
          </Title>
          <Text size="sm">{format.line(w)}</Text>
          {w.place && (
            <Text size="sm" c="dimmed">
              {t('partnership.workshop.placeLine', { place: w.place })}
            </Text>
          )}
          <Group gap="xs">
            <WorkshopStateBadge workshop={w} />
            <Text size="sm" c="dimmed">
              {t('partnership.workshop.binomeCount', { count: w.binomeCount })}
            </Text>
          </Group>
        </Stack>
        {w.myBinomeId && (
          <Button component={Link} to={binomePath(w.myBinomeId)} variant="light">
            {t('partnership.myBinome.open')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
