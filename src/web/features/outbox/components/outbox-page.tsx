import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { QueryError } from '../../../components/query-error';
import { useOutbox } from '../api/list-outbox';
import { OutboxMessage } from './outbox-message';

const PAGE_SIZE = 20;

/** Every e-mail the platform sent or queued: a demo works without a mail server. */
export function OutboxPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const outbox = useOutbox(page, PAGE_SIZE);
  return (
    <>
      <PageHeader title={t('pages.outbox.title')} description={t('pages.outbox.description')} />
      {outbox.isPending ? (
        <LoadingState />
      ) : outbox.isError ? (
        <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : outbox.data.items.length === 0 ? (
        <EmptyState title={t('pages.outbox.empty')}>{t('pages.outbox.emptyHint')}</EmptyState>
      ) : (
        <>
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {outbox.data.items.map((mail) => (
              <li key={mail.id}>
                <OutboxMessage mail={mail} />
              </li>
            ))}
          </Stack>
          <Pagination
            page={outbox.data.page}
            pageSize={outbox.data.pageSize}
            total={outbox.data.total}
            onChange={setPage}
          />
        </>
      )}
    </>
  );
}
