import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { useBinomeHistory } from '../api/binomes';
import { useLevelName } from '../lib/use-level-name';

/** The establishment's agreed positions over successive workshops, domains down, workshops across. */
export function HistoryTable({ binomeId }: { binomeId: string }) {
  const { t, i18n } = useTranslation();
  const levelName = useLevelName();
  const history = useBinomeHistory(binomeId);
  if (history.isPending) return <LoadingState />;
  if (history.isError)
    return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  const { workshops, domains } = history.data;
  if (workshops.length === 0) return <Text c="dimmed">{t('partnership.history.empty')}</Text>;
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language, {
      dateStyle: 'medium',
      timeZone: 'Europe/Paris',
    });
  return (
    <Table.ScrollContainer minWidth={Math.max(480, 200 + workshops.length * 180)}>
      <Table withTableBorder withColumnBorders bg="white">
        <Table.Caption>{t('partnership.history.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('partnership.domain')}</Table.Th>
            {workshops.map((w) => (
              <Table.Th scope="col" key={w.workshopId}>
                {w.title}
                <Text span display="block" size="xs" fw={400}>
                  {date(w.startsAt)}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {domains.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Th scope="row" fw={500}>
                {d.name}
              </Table.Th>
              {workshops.map((w) => {
                const p = w.positions.find((position) => position.domainId === d.id);
                return (
                  <Table.Td key={w.workshopId}>
                    {p
                      ? t('partnership.history.cell', {
                          current: levelName(p.current),
                          target: levelName(p.target),
                        })
                      : t('partnership.history.none')}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
