import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../../../shared/schemas/experience';
import { useSentimentLabel } from '../../lib/themes';
import { pointsChange } from '../lib/chart-scale';
import { SENTIMENT_ORDER, type SentimentKey } from '../lib/sentiments';
import { useFormatters } from '../lib/use-formatters';
import type { Drill } from '../lib/comment-params';
import { DataDisclosure } from './data-disclosure';
import { Section } from './section';
import { SentimentLegend } from './sentiment-legend';
import { StackedBars, type StackedRow } from './stacked-bars';

type Row = Dashboard['sentiments'][number];

/** Share of each sentiment in the period, the previous period and the region. */
export function SentimentsSection({ data, drill }: { data: Dashboard; drill: Drill | null }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const sentimentLabel = useSentimentLabel();
  const rows = SENTIMENT_ORDER.map((key) =>
    data.sentiments.find((s) => s.sentiment === key),
  ).filter((row): row is Row => row !== undefined);
  const shares = (pick: (row: Row) => number | null) =>
    Object.fromEntries(rows.map((row) => [row.sentiment, pick(row) ?? 0]));
  const hasPrevious = rows.some((row) => row.previousShare !== null);
  const hasRegion = rows.some((row) => row.regionShare !== null);
  const title = t('experience.dashboard.sentiments.title');
  const bars: StackedRow[] = [
    {
      key: 'current',
      label: f.period(data.period.from, data.period.to),
      end: '',
      values: shares((row) => row.share),
    },
  ];
  if (hasPrevious)
    bars.push({
      key: 'previous',
      label: t('experience.dashboard.previousPeriod', {
        period: f.period(data.previousPeriod.from, data.previousPeriod.to),
      }),
      end: '',
      values: shares((row) => row.previousShare),
    });
  if (hasRegion)
    bars.push({
      key: 'region',
      label: t('experience.dashboard.regionNamed', { name: f.region(data.region?.name ?? '') }),
      end: '',
      values: shares((row) => row.regionShare),
    });
  const countOf = (key: SentimentKey) => rows.find((row) => row.sentiment === key)?.comments ?? 0;
  const summary = rows
    .map((row) => `${sentimentLabel(row.sentiment)} ${f.share(row.share)}`)
    .join(', ');
  return (
    <Section title={title} description={t('experience.dashboard.sentiments.description')}>
      <SentimentLegend />
      <StackedBars
        title={title}
        summary={summary}
        rows={bars}
        max={1}
        segment={(bar, key, value) => {
          const label =
            bar.key === 'current'
              ? t('experience.dashboard.sentiments.segment', {
                  sentiment: sentimentLabel(key),
                  share: f.share(value),
                  count: countOf(key),
                  formatted: f.count(countOf(key)),
                })
              : t('experience.dashboard.sentiments.otherSegment', {
                  row: bar.label,
                  sentiment: sentimentLabel(key),
                  share: f.share(value),
                });
          return {
            label,
            caption: f.share(value),
            href: bar.key === 'current' && drill ? drill({ sentiment: key }) : undefined,
          };
        }}
      />
      <DataDisclosure>
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder striped>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }} mb="xs">
              {title}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('experience.dashboard.columns.sentiment')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('experience.dashboard.columns.comments')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('experience.dashboard.columns.share')}
                </Table.Th>
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
              {rows.map((row) => {
                const points = pointsChange(row.share, row.previousShare);
                return (
                  <Table.Tr key={row.sentiment}>
                    <Table.Th scope="row" fw={500}>
                      {sentimentLabel(row.sentiment)}
                    </Table.Th>
                    <Table.Td ta="right">
                      {drill && row.comments > 0 ? (
                        <Anchor component={Link} to={drill({ sentiment: row.sentiment })}>
                          {f.count(row.comments)}
                        </Anchor>
                      ) : (
                        f.count(row.comments)
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{f.share(row.share)}</Table.Td>
                    {hasPrevious && (
                      <Table.Td ta="right">
                        {row.previousShare === null || points === null
                          ? t('common.none')
                          : `${f.share(row.previousShare)} (${f.points(points)})`}
                      </Table.Td>
                    )}
                    {hasRegion && (
                      <Table.Td ta="right">
                        {row.regionShare === null ? t('common.none') : f.share(row.regionShare)}
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
