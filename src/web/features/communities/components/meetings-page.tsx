import { Anchor, Badge, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CommunityPage } from '../../../../shared/schemas/communities';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { QueryError } from '../../../components/query-error';
import { useMeetingList, type MeetingPeriod } from '../api/meetings';
import { useSubgroups } from '../api/subgroups';
import { useMeetingFormat } from './meeting-list';
import { CommunityRoute } from './community-route';

const PAGE_SIZE = 10;
const PERIODS: MeetingPeriod[] = ['upcoming', 'past'];
/** French words in the address: `?periode=passees` (coming meetings need no parameter). */
const PARAM = 'periode';
const PAST = 'passees';

/** All the meetings of a community, coming or past, a page at a time. */
export function MeetingsPage() {
  return <CommunityRoute>{(community) => <Meetings community={community} />}</CommunityRoute>;
}

function Meetings({ community: c }: { community: CommunityPage }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const when: MeetingPeriod = params.get(PARAM) === PAST ? 'past' : 'upcoming';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const go = (period: MeetingPeriod, p = 1) => {
    const next: Record<string, string> = {};
    if (period === 'past') next[PARAM] = PAST;
    if (p > 1) next.page = String(p);
    setParams(next);
  };
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/communautes/${c.slug}`} size="sm">
        {t('pages.community.backTo', { title: c.title })}
      </Anchor>
      <PageHeader
        title={t('pages.meetings.title', { title: c.title })}
        documentTitle={t('pages.meetings.documentTitle')}
        actions={
          c.viewer.canEdit && (
            <Button component={Link} to={`/communautes/${c.slug}/rencontres/nouvelle`}>
              {t('pages.community.newMeeting')}
            </Button>
          )
        }
      />
      {/* Only the chosen period is mounted (and fetched); the page number belongs to it. */}
      <Tabs
        value={when}
        onChange={(value) => go(value === 'past' ? 'past' : 'upcoming')}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('pages.meetings.periods')}>
          {PERIODS.map((p) => (
            <Tabs.Tab key={p} value={p}>
              {t(`pages.meetings.period.${p}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {PERIODS.map((p) => (
          <Tabs.Panel key={p} value={p} pt="md">
            <MeetingResults slug={c.slug} when={p} page={page} onPage={(n) => go(p, n)} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function MeetingResults({
  slug,
  when,
  page,
  onPage,
}: {
  slug: string;
  when: MeetingPeriod;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const meetings = useMeetingList(slug, when, page, PAGE_SIZE);
  // Names of sub-groups; a meeting whose sub-group is unknown still says it is for one.
  const subgroups = useSubgroups(slug);
  const subgroupName = (id: string) => subgroups.data?.find((s) => s.id === id)?.name;

  if (meetings.isPending) return <LoadingState />;
  if (meetings.isError)
    return <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />;
  const { items, total } = meetings.data;
  if (items.length === 0)
    return (
      <EmptyState title={t(`pages.meetings.empty.${when}`)}>
        {when === 'upcoming' ? t('pages.meetings.emptyUpcomingHint') : undefined}
      </EmptyState>
    );
  return (
    <>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((m) => {
          const name = m.subgroupId ? subgroupName(m.subgroupId) : undefined;
          return (
            <li key={m.id}>
              <Paper withBorder p="md" radius="md">
                <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
                  <Title order={2} size="h5">
                    <Anchor component={Link} to={`/communautes/${slug}/rencontres/${m.id}`}>
                      {m.title}
                    </Anchor>
                  </Title>
                  {m.subgroupId && (
                    <Badge variant="outline" color="blue.9" c="blue.9">
                      {name
                        ? t('pages.meetings.subgroup', { name })
                        : t('pages.meetings.subgroupUnknown')}
                    </Badge>
                  )}
                </Group>
                <Text size="sm">{format.line(m)}</Text>
                {m.place && (
                  <Text size="sm" c="dimmed">
                    {`${t('pages.meetingForm.fields.place')} : ${m.place}`}
                  </Text>
                )}
              </Paper>
            </li>
          );
        })}
      </Stack>
      <Pagination page={meetings.data.page} pageSize={PAGE_SIZE} total={total} onChange={onPage} />
    </>
  );
}
