import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PLATFORM_ROLES, type PlatformRole } from '../../../../shared/enums';
import type { UserSummary } from '../../../../shared/schemas/users';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { QueryError } from '../../../components/query-error';
import { useEnumOptions } from '../../../lib/enum-options';
import { useUsers } from '../api/list-users';
import { EditUserModal } from './edit-user-modal';
import { UsersTable } from './users-table';

const PAGE_SIZE = 20;

export function UsersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const role = PLATFORM_ROLES.find((r) => r === params.get('role'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(q);
  const [editing, setEditing] = useState<UserSummary | null>(null);
  const roles = useEnumOptions('platformRole', PLATFORM_ROLES);
  const list = useUsers({ q: q || undefined, role, page, pageSize: PAGE_SIZE });

  const update = (next: { q?: string; role?: PlatformRole | ''; page?: number }) => {
    const merged = { q, role: role ?? '', page: 1, ...next };
    const search = new URLSearchParams();
    if (merged.q) search.set('q', merged.q);
    if (merged.role) search.set('role', merged.role);
    if (merged.page > 1) search.set('page', String(merged.page));
    setParams(search);
  };

  return (
    <>
      <PageHeader title={t('pages.users.title')} description={t('pages.users.description')} />
      <form
        role="search"
        aria-label={t('pages.users.searchLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: text.trim() });
        }}
      >
        <Group align="flex-end" gap="sm" mb="lg">
          <TextInput
            id="recherche-utilisateurs"
            type="search"
            label={t('pages.users.search')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
          />
          <Button type="submit" variant="outline">
            {t('common.search')}
          </Button>
          <NativeSelect
            id="filtre-role"
            label={t('fields.platformRole')}
            value={role ?? ''}
            onChange={(event) => update({ role: event.currentTarget.value as PlatformRole | '' })}
            data={[{ value: '', label: t('pages.users.allRoles') }, ...roles]}
          />
        </Group>
      </form>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('pages.users.empty')} />
      ) : (
        <>
          <UsersTable items={list.data.items} busy={list.isFetching} onEdit={setEditing} />
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onChange={(p) => update({ page: p })}
          />
        </>
      )}
      {editing && <EditUserModal user={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
