import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../../shared/schemas/admin';

export function AuditTable({ items, busy }: { items: AuditEvent[]; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const when = (value: string) =>
    new Date(value).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-busy={busy} striped withTableBorder bg="white">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('pages.audit.when')}</Table.Th>
            <Table.Th scope="col">{t('pages.audit.action')}</Table.Th>
            <Table.Th scope="col">{t('pages.audit.actor')}</Table.Th>
            <Table.Th scope="col">{t('pages.audit.target')}</Table.Th>
            <Table.Th scope="col">{t('pages.audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(event.at)}</Table.Td>
              <Table.Td>{t(`audit.${event.action}`)}</Table.Td>
              <Table.Td>{event.actorName ?? t('pages.audit.system')}</Table.Td>
              <Table.Td>
                {event.targetType ? (
                  <Text size="sm">
                    {t(`pages.audit.targetTypes.${event.targetType}`, {
                      defaultValue: event.targetType,
                    })}
                    {event.targetId && (
                      <Text
                        span
                        c="dimmed"
                        size="xs"
                        ff="monospace"
                      >{` ${event.targetId.slice(0, 8)}`}</Text>
                    )}
                  </Text>
                ) : (
                  t('common.none')
                )}
              </Table.Td>
              <Table.Td>
                {Object.keys(event.details).length > 0 ? (
                  <Code block style={{ whiteSpace: 'pre-wrap', maxWidth: '24rem' }}>
                    {Object.entries(event.details)
                      .map(
                        ([key, value]) =>
                          `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
                      )
                      .join('\n')}
                  </Code>
                ) : (
                  t('common.none')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
