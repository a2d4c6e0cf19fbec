import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLATFORM_ROLES, type PlatformRole } from '../../../../shared/enums';
import type { UserSummary } from '../../../../shared/schemas/users';
import { isApiError } from '../../../lib/api-error';
import { useEnumOptions } from '../../../lib/enum-options';
import { useChangeUserRole } from '../api/change-user-role';
import { useUpdateUserMemberships, type Membership } from '../api/update-user-memberships';
import { MembershipsEditor, type MembershipRow } from './memberships-editor';

/** Platform role and establishment links of one account. */
export function EditUserModal({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const roles = useEnumOptions('platformRole', PLATFORM_ROLES);
  const changeRole = useChangeUserRole();
  const updateMemberships = useUpdateUserMemberships();
  const [role, setRole] = useState<PlatformRole>(user.platformRole);
  const [rows, setRows] = useState<MembershipRow[]>(
    user.establishments.map((e) => ({ establishmentId: e.id, role: e.role })),
  );
  const [error, setError] = useState<string | null>(null);
  const pending = changeRole.isPending || updateMemberships.isPending;

  const save = async () => {
    const incomplete = rows.some((r) => !r.establishmentId || !r.role);
    const ids = rows.map((r) => r.establishmentId);
    if (incomplete) return setError(t('pages.users.membershipIncomplete'));
    if (new Set(ids).size !== ids.length) return setError(t('pages.users.membershipDuplicate'));
    setError(null);
    try {
      if (role !== user.platformRole)
        await changeRole.mutateAsync({ id: user.id, platformRole: role });
      await updateMemberships.mutateAsync({ id: user.id, memberships: rows as Membership[] });
      onClose();
    } catch (err) {
      setError(isApiError(err) ? err.title : t('problems.unexpected', { status: '' }));
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('pages.users.editTitle', { name: user.name })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="md">
        {error && (
          <Alert color="red" variant="outline" role="alert">
            {error}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {user.email}
        </Text>
        <NativeSelect
          id="utilisateur-role"
          label={t('fields.platformRole')}
          value={role}
          onChange={(event) => setRole(event.currentTarget.value as PlatformRole)}
          data={roles}
        />
        <MembershipsEditor rows={rows} onChange={setRows} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={pending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
