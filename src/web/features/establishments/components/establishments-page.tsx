import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { SECTORS, type Sector } from '../../../../shared/enums';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { QueryError } from '../../../components/query-error';
import { isAdmin, useCurrentUser } from '../../../lib/auth';
import { useEstablishments } from '../api/list-establishments';
import { EstablishmentFilters } from './establishment-filters';
import { EstablishmentsTable } from './establishments-table';

const PAGE_SIZE = 20;

export function EstablishmentsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const sectorParam = params.get('sector');
  const sector = SECTORS.find((s) => s === sectorParam);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useEstablishments({ q: q || undefined, sector, page, pageSize: PAGE_SIZE });

  const update = (next: { q?: string; sector?: Sector | ''; page?: number }) => {
    const merged = { q, sector: sector ?? '', page: 1, ...next };
    const search = new URLSearchParams();
    if (merged.q) search.set('q', merged.q);
    if (merged.sector) search.set('sector', merged.sector);
    if (merged.page > 1) search.set('page', String(merged.page));
    setParams(search);
  };

  return (
    <>
      <PageHeader
        title={t('pages.establishments.title')}
        description={t('pages.establishments.description')}
        actions={
          isAdmin(user) && (
            <Button component={Link} to="/etablissements/nouveau">
              {t('pages.establishments.add')}
            </Button>
          )
        }
      />
      {notice && (
        <Alert color="green" variant="outline" role="status" mb="lg">
          {notice}
        </Alert>
      )}
      <EstablishmentFilters
        key={`${q}|${sector ?? ''}`}
        q={q}
        sector={sector ?? ''}
        onSearch={(value) => update({ q: value })}
        onSector={(value) => update({ sector: value })}
      />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('pages.establishments.emptyTitle')}>
          {q || sector ? t('pages.establishments.emptyFiltered') : t('pages.establishments.empty')}
        </EmptyState>
      ) : (
        <>
          <EstablishmentsTable items={list.data.items} busy={list.isFetching} />
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onChange={(p) => update({ page: p })}
          />
        </>
      )}
    </>
  );
}
