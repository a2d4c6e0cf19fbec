import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Paginated } from '../../../../../shared/schemas/common';
import type { Establishment } from '../../../../../shared/schemas/establishments';
import { api } from '../../../../lib/api-client';
import { useCurrentUser } from '../../../../lib/auth';

/**
 * Narrows the list to one establishment, for people who have several (administrators: all of
 * them, with the query of the shared EstablishmentSelect so that the list is fetched once).
 */
export function EstablishmentFilter({
  value,
  onChange,
}: {
  value: string;
  onChange: (establishmentId: string | null) => void;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const isAdmin = user?.platformRole === 'admin';
  const all = useQuery({
    queryKey: ['establishments', 'options'],
    queryFn: () =>
      api<Paginated<Establishment>>('/api/establishments', { query: { pageSize: 100 } }),
    enabled: isAdmin,
    staleTime: 60_000,
  });
  const list = isAdmin ? (all.data?.items ?? []) : (user?.establishments ?? []);
  if (!isAdmin && list.length < 2) return null;
  return (
    <NativeSelect
      id="groupes-etablissement"
      label={t('experience.establishment')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value || null)}
      maw="28rem"
      data={[
        {
          value: '',
          label: isAdmin
            ? t('experience.focusGroups.list.allEstablishments')
            : t('experience.focusGroups.list.myEstablishments'),
        },
        ...list.map((e) => ({ value: e.id, label: e.name })),
      ]}
    />
  );
}
