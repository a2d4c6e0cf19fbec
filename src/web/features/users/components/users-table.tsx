import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/schemas/users';
import { useEnumLabel } from '../../../lib/enum-options';

interface UsersTableProps {
  items: UserSummary[];
  busy: boolean;
  onEdit: (user: UserSummary) => void;
}

export function UsersTable({ items, busy, onEdit }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const date = (value: string | null) =>
    value
      ? new Date(value).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' })
      : t('common.never');
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-busy={busy} striped withTableBorder bg="white">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            <Table.Th scope="col">{t('fields.platformRole')}</Table.Th>
            <Table.Th scope="col">{t('fields.establishments')}</Table.Th>
            <Table.Th scope="col">{t('fields.lastLogin')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={500}>
                <Text fw={600} size="sm">
                  {user.name}
                </Text>
                <Text size="sm" c="dimmed">
                  {user.email}
                </Text>
                {user.lockedUntil && new Date(user.lockedUntil) > new Date() && (
                  <Badge color="red" variant="light" radius="sm" mt={4}>
                    {t('pages.users.locked')}
                  </Badge>
                )}
              </Table.Th>
              <Table.Td>{label('platformRole', user.platformRole)}</Table.Td>
              <Table.Td>
                {user.establishments.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('common.none')}
                  </Text>
                ) : (
                  <Stack gap={2}>
                    {user.establishments.map((e) => (
                      <Text size="sm" key={e.id}>
                        {e.name} ({label('establishmentRole', e.role)})
                      </Text>
                    ))}
                  </Stack>
                )}
              </Table.Td>
              <Table.Td>{date(user.lastLoginAt)}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="outline" onClick={() => onEdit(user)}>
                  {t('common.edit')}
                  <span className="visually-hidden">{` ${user.name}`}</span>
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
