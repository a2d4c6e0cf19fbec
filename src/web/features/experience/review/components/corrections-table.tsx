import { Paper, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Correction } from '../../../../../shared/schemas/experience';
import { useSentimentLabel, useThemeLabel } from '../../lib/themes';
import { useDates } from '../lib/format';

/** Who corrected the analysis, when, and what it said before and after (newest first). */
export function CorrectionsTable({ corrections }: { corrections: Correction[] }) {
  const { t } = useTranslation();
  const id = useId();
  const dates = useDates();
  const themeLabel = useThemeLabel();
  const sentimentLabel = useSentimentLabel();
  const values = (themes: string[], sentiment: string | null) =>
    `${themes.length > 0 ? themes.map(themeLabel).join(', ') : t('experience.review.comment.noTheme')} · ${sentimentLabel(sentiment)}`;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {t('experience.review.history.title')}
      </Title>
      {corrections.length === 0 ? (
        <Text c="dimmed">{t('experience.review.history.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder>
            <Table.Caption>{t('experience.review.history.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('experience.review.history.date')}</Table.Th>
                <Table.Th scope="col">{t('experience.review.history.person')}</Table.Th>
                <Table.Th scope="col">{t('experience.review.history.before')}</Table.Th>
                <Table.Th scope="col">{t('experience.review.history.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {corrections.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={400}>
                    {dates.instant(c.correctedAt)}
                  </Table.Th>
                  <Table.Td>
                    {c.correctedBy ?? t('experience.review.history.deletedAccount')}
                  </Table.Td>
                  <Table.Td>{values(c.themesBefore, c.sentimentBefore)}</Table.Td>
                  <Table.Td>
                    <span aria-hidden="true">→ </span>
                    {values(c.themesAfter, c.sentimentAfter)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
