import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  MIN_GROUP_SIZE,
  MIN_REGION_ESTABLISHMENTS,
  type Dashboard,
} from '../../../../../shared/schemas/experience';
import { EmptyState } from '../../../../components/empty-state';
import { experiencePaths } from '../../lib/paths';
import type { Drill } from '../lib/comment-params';
import { useFormatters } from '../lib/use-formatters';
import { KeyFigures } from './key-figures';
import { MonthsSection } from './months-section';
import { ScoresSection } from './scores-section';
import { SentimentsSection } from './sentiments-section';
import { ServicesSection } from './services-section';
import { ThemesSection } from './themes-section';
import { TopThemes } from './top-themes';

interface DashboardViewProps {
  data: Dashboard;
  drill: Drill | null;
  canManage: boolean;
  /** The `?etablissement=` part kept by links to the module's other pages. */
  keep: string;
  /** True when the address chose the months (else the API's default period is shown). */
  periodChosen: boolean;
  serviceHref: (service: string) => string;
  busy: boolean;
}

export function DashboardView(props: DashboardViewProps) {
  const { data, drill } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  const scope = [
    data.scope.establishmentName ??
      (data.scope.region
        ? t('experience.dashboard.regionNamed', { name: f.region(data.scope.region) })
        : t('experience.region')),
    data.scope.service,
    f.period(data.period.from, data.period.to),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Stack gap="lg" aria-busy={props.busy}>
      <Text fw={600} role="status">
        {scope}
      </Text>
      {data.pending > 0 && (
        <Alert color="blue" variant="outline" role="status">
          {t('experience.dashboard.pending', {
            count: data.pending,
            formatted: f.count(data.pending),
          })}
        </Alert>
      )}
      {data.comments === 0 ? (
        <NoComments {...props} />
      ) : data.suppressed ? (
        <>
          <Alert color="gray" variant="outline" title={t('experience.dashboard.suppressed.title')}>
            <Text size="sm">
              {t('experience.dashboard.suppressed.text', { min: MIN_GROUP_SIZE })}
            </Text>
            {drill && (
              <Anchor component={Link} to={drill({})} size="sm">
                {t('experience.dashboard.suppressed.comments')}
              </Anchor>
            )}
          </Alert>
          {/* Services apply their own minimum, so they stay. */}
          <ServicesSection data={data} serviceHref={props.serviceHref} />
        </>
      ) : (
        <>
          <KeyFigures data={data} />
          <RegionNote data={data} />
          <SentimentsSection data={data} drill={drill} />
          <ThemesSection data={data} drill={drill} />
          <MonthsSection data={data} drill={drill} />
          <TopThemes data={data} drill={drill} />
          <ServicesSection data={data} serviceHref={props.serviceHref} />
          <ScoresSection data={data} />
        </>
      )}
    </Stack>
  );
}

/** Where the region's figures come from, or why they are not shown. */
function RegionNote({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const f = useFormatters();
  if (!data.scope.establishmentId) return null;
  return (
    <Text size="sm" c="dimmed">
      {data.region
        ? t('experience.dashboard.region.shown', {
            name: f.region(data.region.name),
            establishments: f.count(data.region.establishments),
            comments: f.count(data.region.comments),
          })
        : t('experience.dashboard.region.hidden', {
            min: MIN_GROUP_SIZE,
            establishments: MIN_REGION_ESTABLISHMENTS,
          })}
    </Text>
  );
}

/** No analysed comment: none at all yet, still in analysis, or none in the chosen months. */
function NoComments({ data, canManage, keep, periodChosen }: DashboardViewProps) {
  const { t } = useTranslation();
  if (data.pending > 0)
    return (
      <EmptyState title={t('experience.dashboard.empty.pendingTitle')}>
        {t('experience.dashboard.empty.pending')}
      </EmptyState>
    );
  if (periodChosen || data.previousComments > 0)
    return (
      <EmptyState title={t('experience.dashboard.empty.periodTitle')}>
        {t('experience.dashboard.empty.period')}
      </EmptyState>
    );
  return (
    <EmptyState
      title={t('experience.dashboard.empty.title')}
      action={
        canManage && (
          <Group gap="sm" justify="center">
            <Button component={Link} to={experiencePaths.imports + keep}>
              {t('experience.dashboard.empty.import')}
            </Button>
            <Button component={Link} to={experiencePaths.kiosks + keep} variant="default">
              {t('experience.dashboard.empty.kiosks')}
            </Button>
          </Group>
        )
      }
    >
      {canManage ? t('experience.dashboard.empty.manager') : t('experience.dashboard.empty.reader')}
    </EmptyState>
  );
}
