import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CommunityPage } from '../../../../shared/schemas/communities';
import { ConfirmModal } from '../../../components/confirm-modal';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { problemMessage } from '../../../lib/api-error';
import { useEnumLabel } from '../../../lib/enum-options';
import {
  useCommunityMembers,
  useDecideJoinRequest,
  useJoinRequests,
  useLeaveCommunity,
} from '../api/membership';
import { CommunityRoute } from './community-route';

/** Members of a community; its pilots also answer the pending requests here. */
export function MembersPage() {
  return <CommunityRoute>{(community) => <Members community={community} />}</CommunityRoute>;
}

function Members({ community }: { community: CommunityPage }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const members = useCommunityMembers(community.slug);
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('pages.communityMembers.title', { title: community.title })}
        documentTitle={t('pages.communityMembers.documentTitle')}
        actions={
          <Button variant="default" component={Link} to={`/communautes/${community.slug}`}>
            {t('pages.communityMembers.back')}
          </Button>
        }
      />
      {community.viewer.canEdit && <PendingRequests slug={community.slug} />}
      <section aria-labelledby="membres-liste">
        <Title order={2} size="h3" id="membres-liste" mb="sm">
          {t('pages.communityMembers.list')}
        </Title>
        {members.isPending ? (
          <LoadingState />
        ) : members.isError ? (
          <QueryError error={members.error} onRetry={() => void members.refetch()} />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('fields.roleCategory')}</Table.Th>
                  <Table.Th scope="col">{t('fields.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('pages.communityMembers.role')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data.map((m) => (
                  <Table.Tr key={m.person.id}>
                    <Table.Td>{m.person.name}</Table.Td>
                    <Table.Td>{label('roleCategory', m.person.roleCategory)}</Table.Td>
                    <Table.Td>{m.person.organisation ?? t('common.none')}</Table.Td>
                    <Table.Td>{t(`enums.communityRole.${m.role}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
      {community.viewer.role !== null && <LeaveButton community={community} />}
    </Stack>
  );
}

function PendingRequests({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const requests = useJoinRequests(slug, true);
  const decide = useDecideJoinRequest(slug);
  const error = problemMessage(decide.error, t);
  return (
    <section aria-labelledby="demandes-adhesion">
      <Title order={2} size="h3" id="demandes-adhesion" mb="sm">
        {t('pages.communityMembers.requests')}
      </Title>
      {error && (
        <Alert color="red" variant="outline" role="alert" mb="sm">
          {error}
        </Alert>
      )}
      {requests.isPending ? (
        <LoadingState />
      ) : requests.isError ? (
        <QueryError error={requests.error} onRetry={() => void requests.refetch()} />
      ) : requests.data.length === 0 ? (
        <EmptyState title={t('pages.communityMembers.noRequest')} order={3} />
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {requests.data.map((r) => (
            <li key={r.id}>
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                <div>
                  <Text fw={600}>{r.person.name}</Text>
                  <Text size="sm" c="dimmed">
                    {[
                      r.person.organisation,
                      new Date(r.createdAt).toLocaleDateString(i18n.language),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  {r.message && <Text size="sm">« {r.message} »</Text>}
                </div>
                <Group gap="xs">
                  <Button
                    size="sm"
                    loading={
                      decide.isPending && decide.variables.id === r.id && decide.variables.accept
                    }
                    onClick={() => decide.mutate({ id: r.id, accept: true })}
                  >
                    {t('pages.communityMembers.accept')}
                    <span className="visually-hidden">{` – ${r.person.name}`}</span>
                  </Button>
                  <Button
                    size="sm"
                    variant="default"
                    onClick={() => decide.mutate({ id: r.id, accept: false })}
                  >
                    {t('pages.communityMembers.decline')}
                    <span className="visually-hidden">{` – ${r.person.name}`}</span>
                  </Button>
                </Group>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}

function LeaveButton({ community }: { community: CommunityPage }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const leave = useLeaveCommunity(community.slug);
  const error = problemMessage(leave.error, t);
  return (
    <>
      <Button variant="outline" color="red.9" onClick={open} style={{ alignSelf: 'flex-start' }}>
        {t('pages.communityMembers.leave')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={() => {
          leave.reset();
          close();
        }}
        title={t('pages.communityMembers.leaveTitle')}
        confirmLabel={t('pages.communityMembers.leaveConfirm')}
        loading={leave.isPending}
        error={error}
        onConfirm={() =>
          leave.mutate(undefined, {
            onSuccess: () => void navigate(`/communautes/${community.slug}`),
          })
        }
      >
        {t('pages.communityMembers.leaveText', { title: community.title })}
      </ConfirmModal>
    </>
  );
}
