import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Establishment } from '../../../../shared/schemas/establishments';
import { useEnumLabel } from '../../../lib/enum-options';

export function EstablishmentsTable({ items, busy }: { items: Establishment[]; busy: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-busy={busy} striped withTableBorder bg="white">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }} mb="xs">
          {t('pages.establishments.caption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            <Table.Th scope="col">{t('fields.finess')}</Table.Th>
            <Table.Th scope="col">{t('fields.sector')}</Table.Th>
            <Table.Th scope="col">{t('fields.department')}</Table.Th>
            <Table.Th scope="col">{t('fields.region')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('fields.memberCount')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/etablissements/${e.id}`}>
                  {e.name}
                </Anchor>
              </Table.Th>
              <Table.Td ff="monospace">{e.finess}</Table.Td>
              <Table.Td>{label('sector', e.sector)}</Table.Td>
              <Table.Td>{e.department}</Table.Td>
              <Table.Td>{label('region', e.region)}</Table.Td>
              <Table.Td ta="right">{e.memberCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
