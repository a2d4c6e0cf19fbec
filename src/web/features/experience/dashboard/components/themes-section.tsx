import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../../../shared/schemas/experience';
import { useSentimentLabel, useThemeLabel } from '../../lib/themes';
import { pointsChange } from '../lib/chart-scale';
import { SENTIMENT_ORDER } from '../lib/sentiments';
import { useFormatters } from '../lib/use-formatters';
import type { Drill } from '../lib/comment-params';
import { DataDisclosure } from './data-disclosure';
import { Section } from './section';
import { SentimentLegend } from './sentiment-legend';
import { StackedBars } from './stacked-bars';

type Theme = Dashboard['themes'][number];

/** Comments per theme, split by sentiment, against the previous period and the region. */
export function ThemesSection({ data, drill }: { data: Dashboard; drill: Drill | null }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const themeLabel = useThemeLabel();
  const sentimentLabel = useSentimentLabel();
  const themes = data.themes
    .filter((theme) => theme.comments > 0)
    .sort((a, b) => b.comments - a.comments);
  const title = t('experience.dashboard.themes.title');
  const hasPrevious = themes.some((theme) => theme.previousShare !== null);
  const hasRegion = themes.some((theme) => theme.regionShare !== null);
  const note = (theme: Theme) => {
    const points = pointsChange(theme.share, theme.previousShare);
    return [
      points === null
        ? null
        : t('experience.dashboard.themes.vsPrevious', { change: f.points(points) }),
      theme.regionShare === null
        ? null
        : t('experience.dashboard.themes.region', { share: f.share(theme.regionShare) }),
    ]
      .filter(Boolean)
      .join(' · ');
  };
  const countCell = (value: number, to: string | undefined) =>
    to && value > 0 ? (
      <Anchor component={Link} to={to}>
        {f.count(value)}
      </Anchor>
    ) : (
      f.count(value)
    );
  if (themes.length === 0) return null;
  return (
    <Section title={title} description={t('experience.dashboard.themes.description')}>
      <SentimentLegend />
      <StackedBars
        title={title}
        summary={themes
          .slice(0, 5)
          .map((theme) => `${themeLabel(theme.code)} ${f.share(theme.share)}`)
          .join(', ')}
        rows={themes.map((theme) => ({
          key: theme.code,
          label: themeLabel(theme.code),
          note: note(theme),
          end: t('experience.dashboard.themes.end', {
            count: f.count(theme.comments),
            share: f.share(theme.share),
          }),
          values: theme.bySentiment,
        }))}
        max={Math.max(...themes.map((theme) => theme.comments))}
        segment={(row, key, value) => ({
          label: t('experience.dashboard.themes.segment', {
            theme: row.label,
            sentiment: sentimentLabel(key),
            count: value,
            formatted: f.count(value),
          }),
          href: drill?.({ theme: row.key, sentiment: key }),
        })}
      />
      <DataDisclosure>
        <Table.ScrollContainer minWidth={900}>
          <Table withTableBorder striped>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }} mb="xs">
              {title}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('experience.dashboard.columns.theme')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('experience.dashboard.columns.comments')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('experience.dashboard.columns.share')}
                </Table.Th>
                {SENTIMENT_ORDER.map((key) => (
                  <Table.Th key={key} scope="col" ta="right">
                    {sentimentLabel(key)}
                  </Table.Th>
                ))}
                {hasPrevious && (
                  <Table.Th scope="col" ta="right">
                    {t('experience.dashboard.columns.previousShare')}
                  </Table.Th>
                )}
                {hasRegion && (
                  <Table.Th scope="col" ta="right">
                    {t('experience.dashboard.columns.regionShare')}
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {themes.map((theme) => {
                const points = pointsChange(theme.share, theme.previousShare);
                return (
                  <Table.Tr key={theme.code}>
                    <Table.Th scope="row" fw={500}>
                      {themeLabel(theme.code)}
                    </Table.Th>
                    <Table.Td ta="right">
                      {countCell(theme.comments, drill?.({ theme: theme.code }))}
                    </Table.Td>
                    <Table.Td ta="right">{f.share(theme.share)}</Table.Td>
                    {SENTIMENT_ORDER.map((key) => (
                      <Table.Td key={key} ta="right">
                        {countCell(
                          theme.bySentiment[key] ?? 0,
                          drill?.({ theme: theme.code, sentiment: key }),
                        )}
                      </Table.Td>
                    ))}
                    {hasPrevious && (
                      <Table.Td ta="right">
                        {theme.previousShare === null || points === null
                          ? t('common.none')
                          : `${f.share(theme.previousShare)} (${f.points(points)})`}
                      </Table.Td>
                    )}
                    {hasRegion && (
                      <Table.Td ta="right">
                        {theme.regionShare === null ? t('common.none') : f.share(theme.regionShare)}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </DataDisclosure>
    </Section>
  );
}
