import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../../../shared/schemas/experience';
import { useSentimentLabel } from '../../lib/themes';
import { SENTIMENT_ORDER } from '../lib/sentiments';
import { useFormatters } from '../lib/use-formatters';
import type { Drill } from '../lib/comment-params';
import { DataDisclosure } from './data-disclosure';
import { MonthColumns } from './month-columns';
import { Section } from './section';
import { SentimentLegend } from './sentiment-legend';

type Month = Dashboard['months'][number];

/** Comments per month, stacked by sentiment; a month leads to its comments. */
export function MonthsSection({ data, drill }: { data: Dashboard; drill: Drill | null }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const sentimentLabel = useSentimentLabel();
  const shortMonth = new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' });
  const title = t('experience.dashboard.months.title');
  const describe = (m: Month) =>
    t('experience.dashboard.months.column', {
      month: f.month(m.month),
      count: m.comments,
      formatted: f.count(m.comments),
      details: SENTIMENT_ORDER.filter((key) => (m.bySentiment[key] ?? 0) > 0)
        .map((key) => `${sentimentLabel(key)} ${f.count(m.bySentiment[key] ?? 0)}`)
        .join(', '),
    });
  const busiest = data.months.reduce<Month | null>(
    (best, m) => (best === null || m.comments > best.comments ? m : best),
    null,
  );
  const monthDrill = drill
    ? (m: Month) => (m.comments > 0 ? drill({ month: m.month }) : undefined)
    : undefined;
  if (data.months.length === 0) return null;
  return (
    <Section title={title} description={t('experience.dashboard.months.description')}>
      <SentimentLegend />
      <MonthColumns
        title={title}
        summary={
          busiest
            ? t('experience.dashboard.months.summary', {
                count: data.months.length,
                month: f.month(busiest.month),
                formatted: f.count(busiest.comments),
              })
            : ''
        }
        months={data.months}
        monthName={(month) => shortMonth.format(new Date(`${month}-01T00:00:00Z`))}
        formatCount={f.count}
        describe={describe}
        href={monthDrill}
      />
      <DataDisclosure>
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }} mb="xs">
              {title}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('experience.dashboard.columns.month')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('experience.dashboard.columns.comments')}
                </Table.Th>
                {SENTIMENT_ORDER.map((key) => (
                  <Table.Th key={key} scope="col" ta="right">
                    {sentimentLabel(key)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.months.map((m) => {
                const to = monthDrill?.(m);
                return (
                  <Table.Tr key={m.month}>
                    <Table.Th scope="row" fw={500}>
                      {to ? (
                        <Anchor component={Link} to={to}>
                          {f.month(m.month)}
                        </Anchor>
                      ) : (
                        f.month(m.month)
                      )}
                    </Table.Th>
                    <Table.Td ta="right">{f.count(m.comments)}</Table.Td>
                    {SENTIMENT_ORDER.map((key) => (
                      <Table.Td key={key} ta="right">
                        {f.count(m.bySentiment[key] ?? 0)}
                      </Table.Td>
                    ))}
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
