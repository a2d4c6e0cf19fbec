import { NativeSelect, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paginated } from '../../../../../shared/schemas/common';
import type { Establishment } from '../../../../../shared/schemas/establishments';
import type { Dashboard } from '../../../../../shared/schemas/experience';
import { api } from '../../../../lib/api-client';
import { useCurrentUser } from '../../../../lib/auth';
import { useEstablishmentParam } from '../../lib/use-establishment-param';
import type { useDashboardFilters } from '../lib/use-dashboard-filters';
import { MAX_PERIOD_MONTHS, periodProblem } from '../lib/period';
import { PeriodField } from './period-field';

/**
 * The establishments a person may look at: their own; administrators all of them (the same
 * query as the shared EstablishmentSelect, so the list is fetched once) plus the whole region.
 */
function useScopeOptions() {
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
  const options = list.map((e) => ({ value: e.id, label: e.name }));
  return {
    choice: isAdmin || options.length > 1,
    options: isAdmin ? [{ value: '', label: t('experience.region') }, ...options] : options,
  };
}

interface ScopeFiltersProps {
  filters: ReturnType<typeof useDashboardFilters>['filters'];
  update: ReturnType<typeof useDashboardFilters>['update'];
  changeEstablishment: (id: string | null) => void;
  /** The figures shown: their services and their period (the default one of the API). */
  data: Dashboard | undefined;
}

/** Establishment (or region), service and months of the dashboard, kept in the address. */
export function ScopeFilters({ filters, update, changeEstablishment, data }: ScopeFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const { establishmentId } = useEstablishmentParam();
  const scopes = useScopeOptions();
  const from = filters.from ?? data?.period.from ?? '';
  const to = filters.to ?? data?.period.to ?? '';
  const services = (data?.services ?? []).map((s) => s.service).filter(Boolean);
  if (filters.service && !services.includes(filters.service)) services.unshift(filters.service);
  const problem = (start: string, end: string) => {
    const why = start && end ? periodProblem(start, end) : null;
    if (why === 'order') return t('experience.dashboard.filters.periodOrder');
    if (why === 'tooLong')
      return t('experience.dashboard.filters.periodTooLong', { max: MAX_PERIOD_MONTHS });
    return null;
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {t('experience.dashboard.filters.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        {scopes.choice ? (
          <NativeSelect
            id="tableau-etablissement"
            label={t('experience.establishment')}
            value={establishmentId ?? ''}
            onChange={(event) => changeEstablishment(event.currentTarget.value || null)}
            data={scopes.options}
          />
        ) : (
          <div>
            <Text size="sm" fw={500}>
              {t('experience.establishment')}
            </Text>
            <Text mt={6}>{scopes.options[0]?.label ?? t('experience.region')}</Text>
          </div>
        )}
        <NativeSelect
          id="tableau-service"
          label={t('experience.dashboard.filters.service')}
          value={filters.service ?? ''}
          onChange={(event) => update({ service: event.currentTarget.value })}
          data={[
            { value: '', label: t('experience.dashboard.filters.allServices') },
            ...services.map((service) => ({ value: service, label: service })),
          ]}
        />
        <PeriodField
          id="tableau-de"
          kind="month"
          label={t('experience.dashboard.filters.fromMonth')}
          value={from}
          validate={(value) => problem(value, to)}
          onApply={(value) => update({ from: value, to: value ? to : '' })}
        />
        <PeriodField
          id="tableau-a"
          kind="month"
          label={t('experience.dashboard.filters.toMonth')}
          value={to}
          validate={(value) => problem(from, value)}
          onApply={(value) => update({ to: value, from: value ? from : '' })}
        />
      </SimpleGrid>
    </Paper>
  );
}
