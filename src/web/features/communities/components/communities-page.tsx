import {
  Anchor,
  Badge,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Button,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  COMMUNITY_STATUSES,
  ROLE_CATEGORIES,
  SECTORS,
  type CommunityStatus,
  type RoleCategory,
  type Sector,
} from '../../../../shared/enums';
import type { CommunitySummary } from '../../../../shared/schemas/communities';
import { PageHeader } from '../../../components/page-header';
import { PagedResults } from '../../../components/paged-results';
import { useEnumOptions } from '../../../lib/enum-options';
import { useCommunities } from '../api/list-communities';

const PAGE_SIZE = 12;
type Filters = { q: string; sector: string; role: string; status: string; page: number };

/** The directory of communities of practice, open to visitors (public ones only). */
export function CommunitiesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const pick = <T extends string>(name: string, codes: readonly T[]) =>
    codes.find((c) => c === params.get(name));
  const filters = {
    q: params.get('q') ?? '',
    sector: pick<Sector>('sector', SECTORS),
    role: pick<RoleCategory>('role', ROLE_CATEGORIES),
    status: pick<CommunityStatus>('status', COMMUNITY_STATUSES),
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  const list = useCommunities({ ...filters, q: filters.q || undefined, pageSize: PAGE_SIZE });
  const filtered = Boolean(filters.q || filters.sector || filters.role || filters.status);

  const update = (next: Partial<Filters>) => {
    const merged: Filters = {
      q: filters.q,
      sector: filters.sector ?? '',
      role: filters.role ?? '',
      status: filters.status ?? '',
      page: 1,
      ...next,
    };
    const search = new URLSearchParams();
    for (const key of ['q', 'sector', 'role', 'status'] as const)
      if (merged[key]) search.set(key, merged[key]);
    if (merged.page > 1) search.set('page', String(merged.page));
    setParams(search);
  };

  return (
    <>
      <PageHeader
        title={t('pages.communities.title')}
        description={t('pages.communities.description')}
        actions={
          <Button component={Link} to="/recherche" variant="outline">
            {t('pages.search.title')}
          </Button>
        }
      />
      <DirectoryFilters
        key={params.toString()}
        initial={{
          ...filters,
          sector: filters.sector ?? '',
          role: filters.role ?? '',
          status: filters.status ?? '',
        }}
        onChange={update}
      />
      <PagedResults
        query={list}
        emptyTitle={t('pages.communities.emptyTitle')}
        empty={filtered ? t('pages.communities.emptyFiltered') : t('pages.communities.empty')}
        count={(count) => t('pages.communities.count', { count })}
        onPage={(page) => update({ page })}
      >
        {(items) => (
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {items.map((c) => (
              <li key={c.id}>
                <CommunityCard community={c} />
              </li>
            ))}
          </SimpleGrid>
        )}
      </PagedResults>
    </>
  );
}

function DirectoryFilters({
  initial,
  onChange,
}: {
  initial: Omit<Filters, 'page'>;
  onChange: (next: Partial<Filters>) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial.q);
  const sectors = useEnumOptions('sector', SECTORS);
  const roles = useEnumOptions('roleCategory', ROLE_CATEGORIES);
  const statuses = COMMUNITY_STATUSES.map((s) => ({
    value: s,
    label: t(`enums.communityStatus.${s}`),
  }));
  const all = (label: string) => ({ value: '', label });
  return (
    <form
      role="search"
      aria-label={t('pages.communities.searchLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q: text.trim() });
      }}
    >
      <Group align="flex-end" gap="sm" mb="lg" wrap="wrap">
        <TextInput
          id="recherche-communautes"
          type="search"
          label={t('pages.communities.search')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
        />
        <Button type="submit" variant="outline">
          {t('common.search')}
        </Button>
        <NativeSelect
          id="filtre-secteur"
          label={t('fields.sector')}
          value={initial.sector}
          onChange={(event) => onChange({ sector: event.currentTarget.value })}
          data={[all(t('pages.communities.allSectors')), ...sectors]}
          style={{ flex: '0 1 13rem' }}
        />
        <NativeSelect
          id="filtre-public"
          label={t('pages.communities.audienceRole')}
          value={initial.role}
          onChange={(event) => onChange({ role: event.currentTarget.value })}
          data={[all(t('pages.communities.allRoles')), ...roles]}
          style={{ flex: '0 1 13rem' }}
        />
        <NativeSelect
          id="filtre-statut"
          label={t('pages.communities.status')}
          value={initial.status}
          onChange={(event) => onChange({ status: event.currentTarget.value })}
          data={[all(t('pages.communities.allStatuses')), ...statuses]}
          style={{ flex: '0 1 11rem' }}
        />
      </Group>
    </form>
  );
}

function CommunityCard({ community }: { community: CommunitySummary }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" h="100%">
      <Stack gap="xs">
        <Title order={2} size="h4">
          <Anchor component={Link} to={`/communautes/${community.slug}`}>
            {community.title}
          </Anchor>
        </Title>
        {community.tagline && <Text size="sm">{community.tagline}</Text>}
        <Group gap={6}>
          {community.status === 'archived' && (
            <Badge color="gray" variant="light" c="dark.8">
              {t('enums.communityStatus.archived')}
            </Badge>
          )}
          {!community.isPublic && (
            <Badge color="grape" variant="light" c="dark.8">
              {t('pages.communities.private')}
            </Badge>
          )}
          {community.audienceSectors.map((s) => (
            <Badge key={s} variant="outline" color="blue.9" c="blue.9">
              {t(`enums.sector.${s}`)}
            </Badge>
          ))}
        </Group>
        <Text size="sm" c="dimmed">
          {t('pages.communities.members', { count: community.memberCount })}
          {community.nextMeetingAt &&
            ` · ${t('pages.communities.nextMeeting', {
              date: new Date(community.nextMeetingAt).toLocaleDateString(i18n.language, {
                dateStyle: 'long',
                timeZone: 'Europe/Paris',
              }),
            })}`}
        </Text>
      </Stack>
    </Card>
  );
}
