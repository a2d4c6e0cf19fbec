import { Center } from '@mantine/core';
import { Navigate, useLocation } from 'react-router';
import { LoadingState } from '../../components/loading-state';
import { QueryError } from '../../components/query-error';
import { safeNext, useSession } from '../../lib/auth';
import { AppLayout } from '../layout/app-layout';

/** Signed-in area: anonymous visitors go to /connexion?next=<where they wanted to go>. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingState />;
  if (session.isError && !session.data) {
    return (
      <Center p="xl">
        <QueryError error={session.error} onRetry={() => void session.refetch()} />
      </Center>
    );
  }
  if (!session.data?.user) {
    const next = `${location.pathname}${location.search}`;
    const target = next === '/' ? '/connexion' : `/connexion?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return <AppLayout />;
}

/** Pages for signed-out visitors; a signed-in person is sent on (to `next` or home). */
export function AnonymousOnly({ children }: { children: React.ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.data?.user) {
    const next = new URLSearchParams(location.search).get('next');
    return <Navigate to={safeNext(next)} replace />;
  }
  return <>{children}</>;
}
