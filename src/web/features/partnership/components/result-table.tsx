import { List, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PARTNERSHIP_LEVELS } from '../../../../shared/enums';
import type { ResultRow } from '../../../../shared/schemas/partnership';
import { useLevelName } from '../lib/use-level-name';

/** Aggregated rows: binômes, mean levels and how many chose each level; small groups hidden. */
export function ResultTable({
  rows,
  minGroup,
  caption,
}: {
  rows: ResultRow[];
  minGroup: number;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const levelName = useLevelName();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const mean = (value: number | null) => (value === null ? t('common.none') : number.format(value));
  const counts = (c: ResultRow['current']) =>
    c ? (
      <List size="sm" listStyleType="none" p={0} m={0}>
        {PARTNERSHIP_LEVELS.map((l) => (
          <List.Item key={l}>
            {t('partnership.results.levelCount', { level: levelName(l), count: c[l] })}
          </List.Item>
        ))}
      </List>
    ) : (
      t('common.none')
    );
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table withTableBorder striped bg="white">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('partnership.domain')}</Table.Th>
            <Table.Th scope="col">{t('partnership.results.binomes')}</Table.Th>
            <Table.Th scope="col">{t('partnership.results.meanCurrent')}</Table.Th>
            <Table.Th scope="col">{t('partnership.results.meanTarget')}</Table.Th>
            <Table.Th scope="col">{t('partnership.results.countsCurrent')}</Table.Th>
            <Table.Th scope="col">{t('partnership.results.countsTarget')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.domainId}>
              <Table.Th scope="row" fw={500}>
                {row.domainName}
              </Table.Th>
              <Table.Td>
                {row.shown ? row.binomes : t('partnership.results.fewer', { count: minGroup })}
              </Table.Td>
              {row.shown ? (
                <>
                  <Table.Td>{mean(row.meanCurrent)}</Table.Td>
                  <Table.Td>{mean(row.meanTarget)}</Table.Td>
                  <Table.Td>{counts(row.current)}</Table.Td>
                  <Table.Td>{counts(row.target)}</Table.Td>
                </>
              ) : (
                <Table.Td colSpan={4}>
                  {t('partnership.results.hidden', { count: minGroup })}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
