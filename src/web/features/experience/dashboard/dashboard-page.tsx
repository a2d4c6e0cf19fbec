import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useCurrentUser } from '../../../lib/auth';
import { ExperienceNav } from '../components/experience-nav';
import { useEstablishmentParam } from '../lib/use-establishment-param';
import { useDashboard } from './api/get-dashboard';
import { DashboardView } from './components/dashboard-view';
import { ScopeFilters } from './components/scope-filters';
import { drillDownHref, type Drill } from './lib/comment-params';
import { useDashboardFilters } from './lib/use-dashboard-filters';

/** Who may look at the whole region's aggregate (no comment in it, only figures). */
const REGION_ROLES = ['admin', 'pilot', 'observer'];

/** /experience-patient: the figures of an establishment (or of the region) over some months. */
export function DashboardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { establishmentId, canRead, canManage, keep } = useEstablishmentParam();
  const { filters, update, changeEstablishment, href } = useDashboardFilters();
  const allowed = establishmentId !== null || REGION_ROLES.includes(user?.platformRole ?? '');
  const dashboard = useDashboard(
    { establishmentId: establishmentId ?? undefined, ...filters },
    allowed && user !== null,
  );
  const data = dashboard.data;
  const drill: Drill | null =
    establishmentId && canRead && data
      ? ({ theme, sentiment, month }) =>
          drillDownHref({
            establishmentId,
            from: month ?? data.period.from,
            to: month ?? data.period.to,
            service: data.scope.service,
            theme,
            sentiment,
          })
      : null;
  return (
    <Stack gap="lg">
      <div>
        <PageHeader
          title={t('experience.title')}
          description={t('experience.dashboard.description')}
        />
        <ExperienceNav />
      </div>
      {!allowed ? (
        <Alert color="gray" variant="outline">
          {t('experience.noEstablishment')}
        </Alert>
      ) : (
        <>
          <ScopeFilters
            filters={filters}
            update={update}
            changeEstablishment={changeEstablishment}
            data={data}
          />
          {dashboard.isPending ? (
            <LoadingState />
          ) : dashboard.isError ? (
            <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
          ) : (
            <DashboardView
              data={dashboard.data}
              drill={drill}
              canManage={canManage}
              keep={keep}
              periodChosen={Boolean(filters.from || filters.to)}
              serviceHref={(service) => href({ service })}
              busy={dashboard.isPlaceholderData}
            />
          )}
        </>
      )}
    </Stack>
  );
}
