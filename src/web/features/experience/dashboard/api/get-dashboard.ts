import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dashboard, DashboardQuery } from '../../../../../shared/schemas/experience';
import { api } from '../../../../lib/api-client';

export const dashboardKey = ['experience', 'dashboard'] as const;

/** Monthly figures of an establishment (or of the region without one); small groups withheld. */
export function useDashboard(query: DashboardQuery, enabled = true) {
  return useQuery({
    queryKey: [...dashboardKey, query],
    queryFn: ({ signal }) =>
      api<Dashboard>('/api/experience/dashboard', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
