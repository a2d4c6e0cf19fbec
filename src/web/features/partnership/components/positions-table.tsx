import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BinomeDetail, Position } from '../../../../shared/schemas/partnership';
import { levelGap } from '../../../../shared/partnership-levels';
import { useLevelName } from '../lib/use-level-name';

interface Agreed {
  domain: BinomeDetail['domains'][number];
  position: Position;
}

/** The chart's figures as a table; a gap between current and target can become an action. */
export function PositionsTable({
  agreed,
  onAction,
}: {
  agreed: Agreed[];
  /** Absent when the workshop is closed. */
  onAction?: (draft: { title: string; domainId: string }) => void;
}) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder striped bg="white">
        <Table.Caption>{t('partnership.results.positionsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('partnership.domain')}</Table.Th>
            <Table.Th scope="col">{t('partnership.ratings.current')}</Table.Th>
            <Table.Th scope="col">{t('partnership.ratings.target')}</Table.Th>
            <Table.Th scope="col">{t('partnership.results.gap')}</Table.Th>
            {onAction && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agreed.map(({ domain, position: p }) => {
            const gap = levelGap(p.current, p.target);
            return (
              <Table.Tr key={domain.id}>
                <Table.Th scope="row" fw={500}>
                  {domain.name}
                </Table.Th>
                <Table.Td>{levelName(p.current)}</Table.Td>
                <Table.Td>{levelName(p.target)}</Table.Td>
                <Table.Td>
                  {gap > 0
                    ? t('partnership.results.gapSteps', { count: gap })
                    : t('partnership.results.noGap')}
                </Table.Td>
                {onAction && (
                  <Table.Td>
                    {gap > 0 && (
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={t('partnership.actions.fromGapLabel', { domain: domain.name })}
                        onClick={() =>
                          onAction({
                            domainId: domain.id,
                            title: t('partnership.actions.fromGapTitle', {
                              domain: domain.name,
                              from: levelName(p.current),
                              to: levelName(p.target),
                            }),
                          })
                        }
                      >
                        {t('partnership.actions.fromGap')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
