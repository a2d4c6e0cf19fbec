import { Badge, Table, Text } from '@mantine/core';
import { useMemberName } from '../lib/use-member-name';
import { useTranslation } from 'react-i18next';
import type { Facilitation } from '../../../../shared/schemas/partnership';
import { EmptyState } from '../../../components/empty-state';

/** "remis" / "pas encore", in words (a tinted badge for a quick glance, never colour alone). */
function Handed({ done }: { done: boolean }) {
  const { t } = useTranslation();
  return done ? (
    <Badge variant="light" color="green" c="dark.8" radius="sm" miw="max-content">
      {t('partnership.progress.done')}
    </Badge>
  ) : (
    <Badge variant="outline" color="gray" c="dark.8" radius="sm" miw="max-content">
      {t('partnership.progress.notYet')}
    </Badge>
  );
}

/** Each binôme's progress: expectations and levels handed in by each side, positions agreed. */
export function ProgressTable({ facilitation: f }: { facilitation: Facilitation }) {
  const { t } = useTranslation();
  const memberName = useMemberName();
  if (f.progress.length === 0)
    return (
      <EmptyState title={t('partnership.binomes.emptyTitle')} order={3}>
        {t('partnership.binomes.emptyFacilitator')}
      </EmptyState>
    );
  const pro = t('partnership.side.professionalShort');
  const ru = t('partnership.side.representativeShort');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder withColumnBorders bg="white">
        <Table.Caption>{t('partnership.progress.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" rowSpan={2}>
              {t('partnership.progress.binome')}
            </Table.Th>
            <Table.Th scope="colgroup" colSpan={2}>
              {t('partnership.progress.expectations')}
            </Table.Th>
            <Table.Th scope="colgroup" colSpan={2}>
              {t('partnership.progress.ratings')}
            </Table.Th>
            <Table.Th scope="col" rowSpan={2}>
              {t('partnership.progress.positions')}
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="col">{pro}</Table.Th>
            <Table.Th scope="col">{ru}</Table.Th>
            <Table.Th scope="col">{pro}</Table.Th>
            <Table.Th scope="col">{ru}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {f.progress.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row" fw={500}>
                <Text size="sm" fw={700}>
                  {p.establishment.name}
                </Text>
                <Text size="sm">
                  {t('partnership.progress.members', {
                    professional: memberName(p.professional),
                    representative: memberName(p.representative),
                  })}
                </Text>
              </Table.Th>
              <Table.Td>
                <Handed done={p.professionalExpectationsSubmitted} />
              </Table.Td>
              <Table.Td>
                <Handed done={p.representativeExpectationsSubmitted} />
              </Table.Td>
              <Table.Td>
                <Handed done={p.professionalRatingsSubmitted} />
              </Table.Td>
              <Table.Td>
                <Handed done={p.representativeRatingsSubmitted} />
              </Table.Td>
              <Table.Td>
                {t('partnership.progress.agreed', {
                  agreed: p.agreedDomains,
                  total: f.activeDomains,
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
