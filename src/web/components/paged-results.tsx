import { Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Paginated } from '../../shared/schemas/common';
import { EmptyState } from './empty-state';
import { LoadingState } from './loading-state';
import { Pagination } from './pagination';
import { QueryError } from './query-error';

interface PagedResultsProps<T> {
  query: UseQueryResult<Paginated<T>>;
  emptyTitle: string;
  empty: ReactNode;
  /** The announced "N results" line. */
  count: (total: number) => string;
  onPage: (page: number) => void;
  /** The items of the page (the caller chooses the list markup). */
  children: (items: T[]) => ReactNode;
}

/** One page of a paginated list with its loading, error and empty states, count and pager. */
export function PagedResults<T>({
  query,
  emptyTitle,
  empty,
  count,
  onPage,
  children,
}: PagedResultsProps<T>) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { items, total, page, pageSize } = query.data;
  if (items.length === 0) return <EmptyState title={emptyTitle}>{empty}</EmptyState>;
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm" role="status">
        {count(total)}
      </Text>
      {children(items)}
      <Pagination page={page} pageSize={pageSize} total={total} onChange={onPage} />
    </>
  );
}
