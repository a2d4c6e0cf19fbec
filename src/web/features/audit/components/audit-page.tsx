import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AUDIT_ACTIONS, type AuditAction } from '../../../../shared/schemas/admin';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { QueryError } from '../../../components/query-error';
import { useAuditEvents } from '../api/list-audit-events';
import { AuditTable } from './audit-table';

const PAGE_SIZE = 25;

export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const action = AUDIT_ACTIONS.find((a) => a === params.get('action'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const events = useAuditEvents({ action, page, pageSize: PAGE_SIZE });

  const update = (next: { action?: AuditAction | ''; page?: number }) => {
    const merged = { action: action ?? '', page: 1, ...next };
    const search = new URLSearchParams();
    if (merged.action) search.set('action', merged.action);
    if (merged.page > 1) search.set('page', String(merged.page));
    setParams(search);
  };

  return (
    <>
      <PageHeader title={t('pages.audit.title')} description={t('pages.audit.description')} />
      <NativeSelect
        id="filtre-action"
        label={t('pages.audit.filter')}
        value={action ?? ''}
        onChange={(event) => update({ action: event.currentTarget.value as AuditAction | '' })}
        data={[
          { value: '', label: t('pages.audit.allActions') },
          ...AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.${a}`) })),
        ]}
        maw="24rem"
        mb="lg"
      />
      {events.isPending ? (
        <LoadingState />
      ) : events.isError ? (
        <QueryError error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data.items.length === 0 ? (
        <EmptyState title={t('pages.audit.empty')} />
      ) : (
        <>
          <AuditTable items={events.data.items} busy={events.isFetching} />
          <Pagination
            page={events.data.page}
            pageSize={events.data.pageSize}
            total={events.data.total}
            onChange={(p) => update({ page: p })}
          />
        </>
      )}
    </>
  );
}
