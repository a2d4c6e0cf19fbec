import { Button, Table } from '@mantine/core';
import { useMemberName } from '../lib/use-member-name';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BinomeSummary, WorkshopDetail } from '../../../../shared/schemas/partnership';
import { ConfirmModal } from '../../../components/confirm-modal';
import { EmptyState } from '../../../components/empty-state';
import { problemMessage } from '../../../lib/api-error';
import { useRemoveBinome } from '../api/workshops';

/** Who forms which binôme (names only); facilitators may remove a binôme. */
export function BinomeList({ workshop: w }: { workshop: WorkshopDetail }) {
  const { t } = useTranslation();
  const memberName = useMemberName();
  const remove = useRemoveBinome(w.id);
  const [removing, setRemoving] = useState<BinomeSummary | null>(null);
  const canRemove = w.canFacilitate && !w.closedAt;
  if (w.binomes.length === 0)
    return (
      <EmptyState title={t('partnership.binomes.emptyTitle')} order={3}>
        {w.canFacilitate
          ? t('partnership.binomes.emptyFacilitator')
          : t('partnership.binomes.empty')}
      </EmptyState>
    );
  const pair = (b: BinomeSummary) =>
    t('partnership.binomes.pair', {
      professional: memberName(b.professional),
      representative: memberName(b.representative),
      establishment: b.establishment.name,
    });
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder striped bg="white">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('partnership.binomes.establishment')}</Table.Th>
              <Table.Th scope="col">{t('partnership.side.professional')}</Table.Th>
              <Table.Th scope="col">{t('partnership.side.representative')}</Table.Th>
              {canRemove && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {w.binomes.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Th scope="row" fw={500}>
                  {b.establishment.name}
                  {` (${t(`enums.sector.${b.establishment.sector}`)})`}
                </Table.Th>
                <Table.Td>{memberName(b.professional)}</Table.Td>
                <Table.Td>{memberName(b.representative)}</Table.Td>
                {canRemove && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('partnership.binomes.removeLabel', { pair: pair(b) })}
                      onClick={() => {
                        remove.reset();
                        setRemoving(b);
                      }}
                    >
                      {t('common.remove')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={removing !== null}
        title={t('partnership.binomes.removeTitle')}
        confirmLabel={t('common.remove')}
        loading={remove.isPending}
        error={problemMessage(remove.error, t)}
        onClose={() => setRemoving(null)}
        onConfirm={() =>
          removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })
        }
      >
        {removing ? t('partnership.binomes.removeConfirm', { pair: pair(removing) }) : ''}
      </ConfirmModal>
    </>
  );
}
