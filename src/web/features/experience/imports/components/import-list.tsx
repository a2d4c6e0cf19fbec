import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Import } from '../../../../../shared/schemas/experience';
import { PagedResults } from '../../../../components/paged-results';
import { ESTABLISHMENT_PARAM, experiencePaths } from '../../lib/paths';
import { useImports } from '../api/imports';
import { useImportFormat } from '../lib/format';
import { ImportStatusBadge } from './import-status-badge';

/** The establishment's past imports, newest first. */
export function ImportList(props: {
  establishmentId: string;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const imports = useImports(props.establishmentId, props.page);
  return (
    <PagedResults
      query={imports}
      emptyTitle={t('experience.imports.list.emptyTitle')}
      empty={t('experience.imports.list.empty')}
      count={(count) => t('experience.imports.list.count', { count })}
      onPage={props.onPage}
    >
      {(items) => <ImportTable items={items} establishmentId={props.establishmentId} />}
    </PagedResults>
  );
}

function ImportTable({ items, establishmentId }: { items: Import[]; establishmentId: string }) {
  const { t } = useTranslation();
  const format = useImportFormat();
  const column = (key: string) => t(`experience.imports.list.columns.${key}`);
  const counted = (item: Import, value: number) =>
    item.status === 'uploaded' || item.status === 'queued'
      ? t('common.none')
      : format.number(value);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder striped bg="white" verticalSpacing="sm">
        <Table.Caption>{t('experience.imports.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{column('file')}</Table.Th>
            <Table.Th scope="col">{column('source')}</Table.Th>
            <Table.Th scope="col">{column('date')}</Table.Th>
            <Table.Th scope="col">{column('status')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {column('inserted')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {column('duplicates')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {column('rejected')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor
                  component={Link}
                  to={`${experiencePaths.import(item.id)}?${ESTABLISHMENT_PARAM}=${establishmentId}`}
                >
                  {item.fileName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {format.bytes(item.fileBytes)}
                </Text>
              </Table.Th>
              <Table.Td>{item.source.name}</Table.Td>
              <Table.Td>
                {format.dateTime(item.createdAt)}
                {item.createdBy && (
                  <Text size="xs" c="dimmed">
                    {t('experience.imports.list.by', { name: item.createdBy })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ImportStatusBadge status={item.status} />
              </Table.Td>
              <Table.Td ta="right">{counted(item, item.rowsInserted)}</Table.Td>
              <Table.Td ta="right">{counted(item, item.rowsDuplicate)}</Table.Td>
              <Table.Td ta="right">{counted(item, item.rowsRejected)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
