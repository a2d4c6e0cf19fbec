import { Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../../../shared/schemas/auth';
import { ConfirmModal } from '../../../components/confirm-modal';
import { problemMessage } from '../../../lib/api-error';
import { useEnumLabel } from '../../../lib/enum-options';
import { useRevokeInvitation } from '../api/revoke-invitation';

type Status = 'accepted' | 'revoked' | 'expired' | 'pending';
const STATUS_COLOR: Record<Status, string> = {
  accepted: 'green',
  revoked: 'gray',
  expired: 'orange',
  pending: 'binome',
};

function statusOf(invitation: Invitation): Status {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (new Date(invitation.expiresAt) < new Date()) return 'expired';
  return 'pending';
}

export function InvitationsTable({ items, busy }: { items: Invitation[]; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const revoke = useRevokeInvitation();
  const [target, setTarget] = useState<Invitation | null>(null);
  const date = (value: string) =>
    new Date(value).toLocaleDateString(i18n.language, { dateStyle: 'medium' });
  const close = () => {
    revoke.reset();
    setTarget(null);
  };
  return (
    <>
      <Table.ScrollContainer minWidth={820}>
        <Table aria-busy={busy} striped withTableBorder bg="white">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fields.email')}</Table.Th>
              <Table.Th scope="col">{t('fields.platformRole')}</Table.Th>
              <Table.Th scope="col">{t('fields.establishment')}</Table.Th>
              <Table.Th scope="col">{t('fields.sentAt')}</Table.Th>
              <Table.Th scope="col">{t('fields.status')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((invitation) => {
              const status = statusOf(invitation);
              return (
                <Table.Tr key={invitation.id}>
                  <Table.Th scope="row" fw={500}>
                    {invitation.email}
                  </Table.Th>
                  <Table.Td>{label('platformRole', invitation.platformRole)}</Table.Td>
                  <Table.Td>
                    {invitation.establishmentName ? (
                      <Text size="sm">
                        {invitation.establishmentName} (
                        {label('establishmentRole', invitation.establishmentRole)})
                      </Text>
                    ) : (
                      t('common.none')
                    )}
                  </Table.Td>
                  <Table.Td>{date(invitation.createdAt)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[status]} variant="light" radius="sm">
                      {t(`pages.invitations.status.${status}`, {
                        date: date(invitation.expiresAt),
                      })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {status === 'pending' && (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        onClick={() => setTarget(invitation)}
                      >
                        {t('pages.invitations.revoke')}
                        <span className="visually-hidden">{` ${invitation.email}`}</span>
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={target !== null}
        onClose={close}
        title={t('pages.invitations.revokeTitle')}
        confirmLabel={t('pages.invitations.revoke')}
        loading={revoke.isPending}
        error={problemMessage(revoke.error, t)}
        onConfirm={() => target && revoke.mutate(target.id, { onSuccess: close })}
      >
        {t('pages.invitations.revokeBody', { email: target?.email ?? '' })}
      </ConfirmModal>
    </>
  );
}
