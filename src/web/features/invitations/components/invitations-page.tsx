import { Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { QueryError } from '../../../components/query-error';
import { useInvitations } from '../api/list-invitations';
import { InvitationForm } from './invitation-form';
import { InvitationsTable } from './invitations-table';

const PAGE_SIZE = 20;

export function InvitationsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useInvitations(page, PAGE_SIZE);
  return (
    <>
      <PageHeader
        title={t('pages.invitations.title')}
        description={t('pages.invitations.description')}
      />
      <Stack gap="xl">
        <Paper withBorder radius="md" p="xl" component="section" aria-labelledby="inviter-titre">
          <Title order={2} size="h3" mb="md" id="inviter-titre">
            {t('pages.invitations.formTitle')}
          </Title>
          <InvitationForm />
        </Paper>
        <section aria-labelledby="invitations-liste">
          <Title order={2} size="h3" mb="md" id="invitations-liste">
            {t('pages.invitations.listTitle')}
          </Title>
          {list.isPending ? (
            <LoadingState />
          ) : list.isError ? (
            <QueryError error={list.error} onRetry={() => void list.refetch()} />
          ) : list.data.items.length === 0 ? (
            <EmptyState order={3} title={t('pages.invitations.empty')}>
              {t('pages.invitations.emptyHint')}
            </EmptyState>
          ) : (
            <>
              <InvitationsTable items={list.data.items} busy={list.isFetching} />
              <Pagination
                page={list.data.page}
                pageSize={list.data.pageSize}
                total={list.data.total}
                onChange={setPage}
              />
            </>
          )}
        </section>
      </Stack>
    </>
  );
}
