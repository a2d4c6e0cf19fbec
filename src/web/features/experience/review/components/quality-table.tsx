import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RetrainReport } from '../../../../../shared/schemas/experience';

type Head = RetrainReport['heads'][number];
const METRICS = ['microF1', 'macroF1', 'accuracy'] as const;

/** Before/after quality of one head (themes or sentiment) on the held-out comments. */
export function QualityTable({ head, heldOut }: { head: Head; heldOut: number }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const points = new Intl.NumberFormat(i18n.language, {
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const change = (before: number, after: number) => {
    const value = Math.round((after - before) * 100);
    return value === 0
      ? t('experience.review.model.same')
      : t('experience.review.model.points', {
          value: points.format(value),
          count: Math.abs(value),
        });
  };
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table withTableBorder striped captionSide="top">
        <Table.Caption>
          {t(`experience.review.model.caption.${head.head}`, { count: heldOut })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('experience.review.model.metric')}</Table.Th>
            <Table.Th scope="col">{t('experience.review.model.before')}</Table.Th>
            <Table.Th scope="col">{t('experience.review.model.after')}</Table.Th>
            <Table.Th scope="col">{t('experience.review.model.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {METRICS.map((metric) => {
            const before = head.before[metric];
            const after = head.after[metric];
            return (
              <Table.Tr key={metric}>
                <Table.Th scope="row" fw={500}>
                  {t(`experience.review.model.metrics.${metric}`)}
                  <Text size="xs" c="dimmed" fw={400}>
                    {t(`experience.review.model.metricHints.${metric}`)}
                  </Text>
                </Table.Th>
                <Table.Td>{before === null ? t('common.none') : percent.format(before)}</Table.Td>
                <Table.Td>{after === null ? t('common.none') : percent.format(after)}</Table.Td>
                <Table.Td>
                  {before === null || after === null ? t('common.none') : change(before, after)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
