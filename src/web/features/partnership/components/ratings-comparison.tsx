import { Stack, Table, Text, Title } from '@mantine/core';
import { useMemberName } from '../lib/use-member-name';
import { useTranslation } from 'react-i18next';
import type { BinomeDetail, Rating } from '../../../../shared/schemas/partnership';
import { useLevelName } from '../lib/use-level-name';
import { PositionForm } from './position-form';

type Domain = BinomeDetail['domains'][number];

/** Both views side by side (differences said in words), then the agreement per domain. */
export function RatingsComparison({
  binome: b,
  partner,
}: {
  binome: BinomeDetail;
  partner: Rating[];
}) {
  const { t } = useTranslation();
  const memberName = useMemberName();
  const rated = b.domains.filter(
    (d) => b.myRatings.some((r) => r.domainId === d.id) || partner.some((r) => r.domainId === d.id),
  );
  const rows = rated.map((d) => ({
    domain: d,
    mine: b.myRatings.find((r) => r.domainId === d.id),
    theirs: partner.find((r) => r.domainId === d.id),
    position: b.positions.find((p) => p.domainId === d.id),
  }));
  return (
    <Stack gap="xl">
      <section aria-labelledby="comparaison">
        <Title order={2} size="h3" id="comparaison" mb="xs">
          {t('partnership.comparison.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm" maw="48rem">
          {t('partnership.comparison.intro')}
        </Text>
        <ComparisonTable rows={rows} partnerName={memberName(b.partner)} />
      </section>
      <section aria-labelledby="accords">
        <Title order={2} size="h3" id="accords" mb="xs">
          {t('partnership.agreement.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm" maw="48rem">
          {b.readOnly ? t('partnership.agreement.readOnly') : t('partnership.agreement.intro')}
        </Text>
        <Stack gap="md">
          {rows.map((row) => (
            <PositionForm key={row.domain.id} binome={b} {...row} />
          ))}
        </Stack>
      </section>
    </Stack>
  );
}

interface Row {
  domain: Domain;
  mine: Rating | undefined;
  theirs: Rating | undefined;
  position: BinomeDetail['positions'][number] | undefined;
}

function ComparisonTable({ rows, partnerName }: { rows: Row[]; partnerName: string }) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  const level = (rating: Rating | undefined, which: 'current' | 'target') =>
    rating ? levelName(rating[which]) : t('partnership.ratings.notRated');
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table withTableBorder withColumnBorders bg="white">
        <Table.Caption>
          {t('partnership.comparison.caption', { partner: partnerName })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" rowSpan={2}>
              {t('partnership.domain')}
            </Table.Th>
            <Table.Th scope="colgroup" colSpan={2}>
              {t('partnership.comparison.me')}
            </Table.Th>
            <Table.Th scope="colgroup" colSpan={2}>
              {t('partnership.comparison.partner')}
            </Table.Th>
            <Table.Th scope="col" rowSpan={2}>
              {t('partnership.comparison.difference')}
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="col">{t('partnership.ratings.current')}</Table.Th>
            <Table.Th scope="col">{t('partnership.ratings.target')}</Table.Th>
            <Table.Th scope="col">{t('partnership.ratings.current')}</Table.Th>
            <Table.Th scope="col">{t('partnership.ratings.target')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ domain, mine, theirs }) => {
            const currentDiffers = mine?.current !== theirs?.current;
            const targetDiffers = mine?.target !== theirs?.target;
            const differs = currentDiffers || targetDiffers;
            return (
              <Table.Tr key={domain.id} bg={differs ? 'yellow.0' : undefined}>
                <Table.Th scope="row" fw={500}>
                  {domain.name}
                </Table.Th>
                <Table.Td fw={currentDiffers ? 700 : undefined}>{level(mine, 'current')}</Table.Td>
                <Table.Td fw={targetDiffers ? 700 : undefined}>{level(mine, 'target')}</Table.Td>
                <Table.Td fw={currentDiffers ? 700 : undefined}>
                  {level(theirs, 'current')}
                </Table.Td>
                <Table.Td fw={targetDiffers ? 700 : undefined}>{level(theirs, 'target')}</Table.Td>
                <Table.Td>
                  {differs ? (
                    <Text size="sm" fw={700}>
                      {currentDiffers && targetDiffers
                        ? t('partnership.comparison.gapBoth')
                        : currentDiffers
                          ? t('partnership.comparison.gapCurrent')
                          : t('partnership.comparison.gapTarget')}
                    </Text>
                  ) : (
                    <Text size="sm">{t('partnership.comparison.same')}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
