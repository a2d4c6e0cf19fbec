import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { canInvite, isAdmin, useCurrentUser } from '../../lib/auth';

/** Administration pages: the server enforces the rights; this only explains a refusal. */
export function RequireRole({ audience }: { audience: 'admin' | 'inviter' }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const allowed = audience === 'admin' ? isAdmin(user) : canInvite(user);
  if (allowed) return <Outlet />;
  return (
    <>
      <PageHeader title={t('pages.forbidden.title')} />
      <EmptyState title={t('pages.forbidden.heading')}>{t('pages.forbidden.body')}</EmptyState>
    </>
  );
}
