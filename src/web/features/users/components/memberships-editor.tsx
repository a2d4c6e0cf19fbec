import { Button, Fieldset, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ESTABLISHMENT_ROLES, type EstablishmentRole } from '../../../../shared/enums';
import { EstablishmentSelect } from '../../../components/establishment-select';
import { useEnumOptions } from '../../../lib/enum-options';

export interface MembershipRow {
  establishmentId: string;
  role: EstablishmentRole | '';
}

interface MembershipsEditorProps {
  rows: MembershipRow[];
  onChange: (rows: MembershipRow[]) => void;
}

/** Editable list of (establishment, role) pairs. */
export function MembershipsEditor({ rows, onChange }: MembershipsEditorProps) {
  const { t } = useTranslation();
  const roles = useEnumOptions('establishmentRole', ESTABLISHMENT_ROLES);
  const set = (index: number, patch: Partial<MembershipRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Fieldset legend={t('pages.users.memberships')} radius="md">
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('pages.users.noMemberships')}
          </Text>
        )}
        {rows.map((row, index) => (
          <Group key={index} align="flex-end" gap="sm" wrap="wrap">
            <div style={{ flex: '1 1 14rem' }}>
              <EstablishmentSelect
                id={`rattachement-${index}-etablissement`}
                label={t('pages.users.membershipEstablishment', { number: index + 1 })}
                value={row.establishmentId}
                required
                onChange={(value) => set(index, { establishmentId: value })}
              />
            </div>
            <NativeSelect
              id={`rattachement-${index}-role`}
              label={t('pages.users.membershipRole', { number: index + 1 })}
              value={row.role}
              onChange={(event) =>
                set(index, { role: event.currentTarget.value as EstablishmentRole })
              }
              data={[{ value: '', label: t('common.choose') }, ...roles]}
              style={{ flex: '1 1 12rem' }}
            />
            <Button
              variant="subtle"
              color="red"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
              aria-label={t('pages.users.removeMembership', { number: index + 1 })}
            >
              {t('common.remove')}
            </Button>
          </Group>
        ))}
        <div>
          <Button
            variant="outline"
            size="xs"
            onClick={() => onChange([...rows, { establishmentId: '', role: '' }])}
          >
            {t('pages.users.addMembership')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
