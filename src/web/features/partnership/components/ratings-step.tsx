import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BinomeDetail } from '../../../../shared/schemas/partnership';
import { useLevelName } from '../lib/use-level-name';
import { LevelGuide } from './level-guide';
import { domainsToRate, RatingForm } from './rating-form';
import { RatingsComparison } from './ratings-comparison';

/**
 * Step 2: each member rates alone and hands in; once both have, the two views side by side and
 * the agreed position per domain.
 */
export function RatingsStep({ binome: b }: { binome: BinomeDetail }) {
  const { t, i18n } = useTranslation();
  const submitted = b.myRatingsSubmittedAt !== null;
  if (b.partnerRatings !== null) return <RatingsComparison binome={b} partner={b.partnerRatings} />;
  return (
    <Stack gap="lg">
      <Text maw="48rem">{t('partnership.ratings.intro')}</Text>
      <Alert variant="outline" color="gray" role="status">
        {submitted
          ? t('partnership.ratings.submittedOn', {
              date: new Date(b.myRatingsSubmittedAt ?? '').toLocaleString(i18n.language, {
                dateStyle: 'long',
                timeStyle: 'short',
              }),
            })
          : t('partnership.ratings.notSubmitted')}{' '}
        {b.partnerRatingsSubmitted
          ? t('partnership.ratings.partnerSubmitted')
          : t('partnership.ratings.partnerNotYet')}
      </Alert>
      {submitted || b.readOnly ? (
        <MyRatings binome={b} />
      ) : (
        <>
          <LevelGuide />
          <Title order={2} size="h3">
            {t('partnership.ratings.formTitle')}
          </Title>
          <RatingForm binome={b} />
        </>
      )}
    </Stack>
  );
}

/** My levels, read-only (handed in, or the workshop is closed). */
function MyRatings({ binome: b }: { binome: BinomeDetail }) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder striped bg="white">
        <Table.Caption>{t('partnership.ratings.mineCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('partnership.domain')}</Table.Th>
            <Table.Th scope="col">{t('partnership.ratings.current')}</Table.Th>
            <Table.Th scope="col">{t('partnership.ratings.target')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {domainsToRate(b).map((d) => {
            const mine = b.myRatings.find((r) => r.domainId === d.id);
            return (
              <Table.Tr key={d.id}>
                <Table.Th scope="row" fw={500}>
                  {d.name}
                </Table.Th>
                <Table.Td>
                  {mine ? levelName(mine.current) : t('partnership.ratings.notRated')}
                </Table.Td>
                <Table.Td>
                  {mine ? levelName(mine.target) : t('partnership.ratings.notRated')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
