import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { isApiError } from '../../../lib/api-error';
import { useEnumLabel } from '../../../lib/enum-options';
import { useEstablishmentMembers } from '../api/list-establishment-members';

/** Members of the establishment; only its members and admins may see them (403 otherwise). */
export function EstablishmentMembers({ id }: { id: string }) {
  const { t } = useTranslation();
  const members = useEstablishmentMembers(id);
  const label = useEnumLabel();
  let content: React.ReactNode;
  if (members.isPending) content = <LoadingState />;
  else if (members.isError && isApiError(members.error) && members.error.status === 403) {
    content = <Text c="dimmed">{t('pages.establishment.membersRestricted')}</Text>;
  } else if (members.isError) {
    content = <QueryError error={members.error} onRetry={() => void members.refetch()} />;
  } else if (members.data.length === 0) {
    content = <Text c="dimmed">{t('pages.establishment.noMembers')}</Text>;
  } else {
    content = (
      <Table.ScrollContainer minWidth={520}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fields.name')}</Table.Th>
              <Table.Th scope="col">{t('fields.email')}</Table.Th>
              <Table.Th scope="col">{t('fields.establishmentRole')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.map((m) => (
              <Table.Tr key={m.userId}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{m.email}</Table.Td>
                <Table.Td>{label('establishmentRole', m.role)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }
  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby="membres-titre">
      <Title order={2} size="h3" mb="md" id="membres-titre">
        {t('pages.establishment.members')}
      </Title>
      {content}
    </Paper>
  );
}
