import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Paginated } from '../../shared/schemas/common';
import type { Establishment } from '../../shared/schemas/establishments';
import { api } from '../lib/api-client';

interface Option {
  id: string;
  name: string;
}

interface EstablishmentSelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Restricts the choice (e.g. a quality manager's own establishments); otherwise all. */
  options?: Option[];
  required?: boolean;
  description?: string;
}

/** The establishments a form may point to; fetched once (first 100 by name) when not given. */
export function EstablishmentSelect(props: EstablishmentSelectProps) {
  const { t } = useTranslation();
  const all = useQuery({
    queryKey: ['establishments', 'options'],
    queryFn: () =>
      api<Paginated<Establishment>>('/api/establishments', { query: { pageSize: 100 } }),
    enabled: !props.options,
    staleTime: 60_000,
  });
  const options = props.options ?? all.data?.items ?? [];
  return (
    <NativeSelect
      id={props.id}
      label={props.label}
      description={props.description}
      value={props.value}
      required={props.required}
      error={props.error}
      disabled={!props.options && all.isPending}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      data={[
        { value: '', label: props.required ? t('common.choose') : t('common.noEstablishment') },
        ...options.map((e) => ({ value: e.id, label: e.name })),
      ]}
    />
  );
}
