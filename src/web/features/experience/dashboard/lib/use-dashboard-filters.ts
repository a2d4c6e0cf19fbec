import { useSearchParams } from 'react-router';
import { ESTABLISHMENT_PARAM } from '../../lib/paths';
import { isMonth } from './period';

/** The dashboard's service and months in the address: `?service=…&de=2025-01&a=2025-12`. */
const PARAMS = { service: 'service', from: 'de', to: 'a' } as const;
export type DashboardFilterName = keyof typeof PARAMS;
export type DashboardFilterValues = Partial<Record<DashboardFilterName, string>>;

export function readDashboardParams(params: URLSearchParams) {
  const service = params.get(PARAMS.service)?.trim().slice(0, 120) || undefined;
  const from = params.get(PARAMS.from);
  const to = params.get(PARAMS.to);
  return {
    service,
    from: isMonth(from) ? from : undefined,
    to: isMonth(to) ? to : undefined,
  };
}

/** The address's query with some filters set (or cleared, with ''), the others kept. */
export function withDashboardFilters(params: URLSearchParams, values: DashboardFilterValues) {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(values) as [DashboardFilterName, string][]) {
    if (value) next.set(PARAMS[name], value);
    else next.delete(PARAMS[name]);
  }
  return next;
}

export function useDashboardFilters() {
  const [params, setParams] = useSearchParams();
  return {
    filters: readDashboardParams(params),
    update: (values: DashboardFilterValues) => setParams(withDashboardFilters(params, values)),
    /** Another establishment (null: the region); its services differ, so the service is reset. */
    changeEstablishment: (id: string | null) => {
      const next = withDashboardFilters(params, { service: '' });
      if (id) next.set(ESTABLISHMENT_PARAM, id);
      else next.delete(ESTABLISHMENT_PARAM);
      setParams(next);
    },
    /** A link to the dashboard with these filters changed. */
    href: (values: DashboardFilterValues) => `?${withDashboardFilters(params, values).toString()}`,
  };
}
