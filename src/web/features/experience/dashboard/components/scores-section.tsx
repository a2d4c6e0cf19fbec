import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MIN_GROUP_SIZE, type Dashboard } from '../../../../../shared/schemas/experience';
import { useScoreLabel } from '../../lib/themes';
import { useFormatters } from '../lib/use-formatters';
import { Section } from './section';

/** Means of the closed questions imported with the comments (e.g. e-Satis scores). */
export function ScoresSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const scoreLabel = useScoreLabel();
  const f = useFormatters();
  if (data.scores.length === 0) return null;
  const title = t('experience.dashboard.scores.title');
  return (
    <Section
      title={title}
      description={t('experience.dashboard.scores.description', { min: MIN_GROUP_SIZE })}
    >
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder striped>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }} mb="xs">
            {title}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('experience.dashboard.columns.question')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('experience.dashboard.columns.mean')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('experience.dashboard.columns.answers')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('experience.dashboard.columns.previousMean')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.scores.map((score) => (
              <Table.Tr key={score.question}>
                <Table.Th scope="row" fw={500}>
                  {scoreLabel(score.question)}
                </Table.Th>
                <Table.Td ta="right" fw={600}>
                  {f.decimal(score.mean)}
                </Table.Td>
                <Table.Td ta="right">{f.count(score.answers)}</Table.Td>
                <Table.Td ta="right">
                  {score.previousMean === null
                    ? t('common.none')
                    : t('experience.dashboard.scores.previous', {
                        mean: f.decimal(score.previousMean),
                        change: f.signedDecimal(score.mean - score.previousMean),
                      })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
