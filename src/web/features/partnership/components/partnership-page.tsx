import { Button, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PagedResults } from '../../../components/paged-results';
import { useCurrentUser } from '../../../lib/auth';
import { useWorkshops } from '../api/workshops';
import { newWorkshopPath, resultsPath } from '../lib/paths';
import { canReadResults, canRunWorkshops } from '../lib/roles';
import { LevelGuide } from './level-guide';
import { MyBinomesShortcut } from './my-binomes-shortcut';
import { WorkshopCard } from './workshop-card';

const PAGE_SIZE = 10;
type Period = 'upcoming' | 'past';
const PERIODS: Period[] = ['upcoming', 'past'];
/** French words in the address: `?periode=passes` (coming workshops need no parameter). */
const PARAM = 'periode';
const PAST = 'passes';

/** The module's home: the reader's binôme, the workshops and what the levels mean. */
export function PartnershipPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const period: Period = params.get(PARAM) === PAST ? 'past' : 'upcoming';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const go = (next: Period, p = 1) => {
    const search: Record<string, string> = {};
    if (next === 'past') search[PARAM] = PAST;
    if (p > 1) search.page = String(p);
    setParams(search);
  };
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('partnership.home.title')}
        description={t('partnership.home.description')}
        actions={
          <>
            {canReadResults(user) && (
              <Button component={Link} to={resultsPath} variant="default">
                {t('partnership.home.results')}
              </Button>
            )}
            {canRunWorkshops(user) && (
              <Button component={Link} to={newWorkshopPath}>
                {t('partnership.home.newWorkshop')}
              </Button>
            )}
          </>
        }
      />
      <MyBinomesShortcut />
      <section aria-labelledby="ateliers">
        <Title order={2} size="h3" id="ateliers" mb="sm">
          {t('partnership.home.workshops')}
        </Title>
        {/* Only the chosen period is mounted (and fetched); the page number belongs to it. */}
        <Tabs
          value={period}
          onChange={(value) => go(value === 'past' ? 'past' : 'upcoming')}
          keepMounted={false}
        >
          <Tabs.List aria-label={t('partnership.home.periods')}>
            {PERIODS.map((p) => (
              <Tabs.Tab key={p} value={p}>
                {t(`partnership.home.period.${p}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {PERIODS.map((p) => (
            <Tabs.Panel key={p} value={p} pt="md">
              <WorkshopResults period={p} page={page} onPage={(n) => go(p, n)} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </section>
      <LevelGuide />
    </Stack>
  );
}

function WorkshopResults(props: { period: Period; page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const list = useWorkshops(props.period, props.page, PAGE_SIZE);
  return (
    <PagedResults
      query={list}
      emptyTitle={t(`partnership.home.empty.${props.period}`)}
      empty={t('partnership.home.emptyHint')}
      count={(count) => t('partnership.home.count', { count })}
      onPage={props.onPage}
    >
      {(items) => (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((w) => (
            <li key={w.id}>
              <WorkshopCard workshop={w} />
            </li>
          ))}
        </Stack>
      )}
    </PagedResults>
  );
}
