import { LoadingState } from '../../components/loading-state';
import { useSession } from '../../lib/auth';
import { AppLayout } from '../layout/app-layout';
import { PublicLayout } from '../layout/public-layout';

/** Pages open to everybody (404): inside the app shell when signed in, the public one otherwise. */
export function SessionLayout() {
  const session = useSession();
  if (session.isPending) return <LoadingState />;
  return session.data?.user ? <AppLayout /> : <PublicLayout />;
}
