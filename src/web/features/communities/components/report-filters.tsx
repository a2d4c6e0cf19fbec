import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PARTNERSHIP_DOMAINS, PARTNERSHIP_LEVELS, SECTORS } from '../../../../shared/enums';
import { useEnumOptions } from '../../../lib/enum-options';
import type { ReportListParams } from '../api/reports';

const CHOICES = {
  sector: SECTORS,
  theme: PARTNERSHIP_DOMAINS,
  partnershipLevel: PARTNERSHIP_LEVELS,
};
type Choice = keyof typeof CHOICES;
type Filters = Record<'q' | 'establishment' | Choice, string>;

/** The list's filters and page, kept in the address so that a search can be shared. */
export function useReportFilters() {
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    q: params.get('q') ?? '',
    establishment: params.get('establishment') ?? '',
    sector: '',
    theme: '',
    partnershipLevel: '',
  };
  for (const [name, codes] of Object.entries(CHOICES) as [Choice, readonly string[]][])
    filters[name] = codes.find((c) => c === params.get(name)) ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);

  const update = (next: Partial<Filters> & { page?: number }) => {
    const merged = { ...filters, page: 1, ...next };
    const search = new URLSearchParams();
    for (const name of Object.keys(filters) as (keyof Filters)[])
      if (merged[name]) search.set(name, merged[name]);
    if (merged.page > 1) search.set('page', String(merged.page));
    setParams(search);
  };

  const query: Omit<ReportListParams, 'pageSize'> = { page };
  for (const [name, value] of Object.entries(filters))
    if (value) Object.assign(query, { [name]: value });
  return {
    filters,
    query,
    filtered: Object.values(filters).some(Boolean),
    update,
    key: params.toString(),
  };
}

/** Text search, establishment and the three lists; the selects apply at once. */
export function ReportFilters({
  initial,
  onChange,
}: {
  initial: Filters;
  onChange: (next: Partial<Filters>) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState({ q: initial.q, establishment: initial.establishment });
  const sectors = useEnumOptions('sector', SECTORS);
  const options = (kind: 'theme' | 'level', codes: readonly string[]) =>
    codes.map((c) => ({ value: c, label: t(`reports.${kind}.${c}`) }));
  const all = { value: '', label: t('reports.filters.all') };
  const select = (name: Choice, label: string, data: { value: string; label: string }[]) => (
    <NativeSelect
      id={`filtre-rex-${name}`}
      label={label}
      value={initial[name]}
      onChange={(event) => onChange({ [name]: event.currentTarget.value })}
      data={[all, ...data]}
      style={{ flex: '0 1 13rem' }}
    />
  );
  return (
    <form
      role="search"
      aria-label={t('reports.filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q: text.q.trim(), establishment: text.establishment.trim() });
      }}
    >
      <Group align="flex-end" gap="sm" mb="lg" wrap="wrap">
        <TextInput
          id="filtre-rex-q"
          type="search"
          label={t('reports.filters.q')}
          value={text.q}
          onChange={(event) => setText({ ...text, q: event.currentTarget.value })}
          maxLength={200}
          style={{ flex: '1 1 14rem' }}
        />
        <TextInput
          id="filtre-rex-establishment"
          label={t('reports.filters.establishment')}
          value={text.establishment}
          onChange={(event) => setText({ ...text, establishment: event.currentTarget.value })}
          maxLength={200}
          style={{ flex: '1 1 12rem' }}
        />
        <Button type="submit" variant="outline">
          {t('common.search')}
        </Button>
        {select('sector', t('fields.sector'), sectors)}
        {select('theme', t('reports.fields.theme'), options('theme', PARTNERSHIP_DOMAINS))}
        {select(
          'partnershipLevel',
          t('reports.fields.partnershipLevel'),
          options('level', PARTNERSHIP_LEVELS),
        )}
      </Group>
    </form>
  );
}
