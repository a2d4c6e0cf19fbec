import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The file's first rows as a table; under each column name, the role the mapping gives it. */
export function PreviewTable({
  columns,
  rows,
  roleOf,
}: {
  columns: string[];
  rows: string[][];
  roleOf: (column: string) => string | null;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={Math.max(560, columns.length * 140)} type="native">
      <Table withTableBorder withColumnBorders striped bg="white" verticalSpacing="xs" fz="sm">
        <Table.Caption>
          {t('experience.imports.mapping.previewCaption', { count: rows.length })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => {
              const role = roleOf(column);
              return (
                <Table.Th scope="col" key={column}>
                  {column}
                  <Text size="xs" fw={400} c={role ? 'blue.9' : 'dimmed'}>
                    {role ?? t('experience.imports.mapping.unused')}
                  </Text>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, r) => (
            // Lines of a file have no identity beyond their position.
            <Table.Tr key={r}>
              {columns.map((column, c) => (
                <Table.Td key={column} style={{ maxWidth: '24rem' }}>
                  <Text size="sm" lineClamp={4}>
                    {row[c] ?? ''}
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
