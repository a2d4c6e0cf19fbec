import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BinomeDetail } from '../../../../shared/schemas/partnership';
import { EmptyState } from '../../../components/empty-state';
import { levelScore } from '../../../../shared/partnership-levels';
import { ActionsSection, type ActionDraft } from './actions-section';
import { BarChart } from './bar-chart';
import { HistoryTable } from './history-table';
import { PositionsTable } from './positions-table';
import { RadarChart } from './radar-chart';
import { StoriesSection } from './stories-section';

/** Step 3: the agreed positions (chart and table), their history, plus-values and actions. */
export function ResultsStep({ binome: b }: { binome: BinomeDetail }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ActionDraft | null>(null);
  const agreed = b.domains.flatMap((d) => {
    const position = b.positions.find((p) => p.domainId === d.id);
    return position ? [{ domain: d, position }] : [];
  });
  const chart = agreed.map(({ domain, position }) => ({
    label: domain.name,
    current: levelScore(position.current),
    target: levelScore(position.target),
  }));
  const chartTitle = t('partnership.results.binomeChart', { establishment: b.establishment.name });
  return (
    <Stack gap="xl">
      <section aria-labelledby="position-commune">
        <Title order={2} size="h3" id="position-commune" mb="sm">
          {t('partnership.results.positionsTitle')}
        </Title>
        {agreed.length === 0 ? (
          <EmptyState title={t('partnership.results.noPosition')} order={3}>
            {t('partnership.results.noPositionHint')}
          </EmptyState>
        ) : (
          <Stack gap="md">
            {chart.length >= 3 ? (
              <RadarChart data={chart} title={chartTitle} />
            ) : (
              <BarChart data={chart} title={chartTitle} />
            )}
            <PositionsTable
              agreed={agreed}
              onAction={b.readOnly ? undefined : (next) => setDraft({ ...next, key: Date.now() })}
            />
          </Stack>
        )}
      </section>
      <section aria-labelledby="historique">
        <Title order={2} size="h3" id="historique" mb="xs">
          {t('partnership.history.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('partnership.history.intro')}
        </Text>
        <HistoryTable binomeId={b.id} />
      </section>
      <StoriesSection binome={b} />
      <ActionsSection binome={b} draft={draft} onDraftDone={() => setDraft(null)} />
    </Stack>
  );
}
