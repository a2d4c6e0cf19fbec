import { LoadingState } from '../../components/loading-state';
import { useSession } from '../../lib/auth';
import { AppLayout } from '../layout/app-layout';
import { PublicLayout } from '../layout/public-layout';

/**
 * Pages open to everybody (404, public community pages): inside the app shell when signed in,
 * the public layout otherwise.
 */
export function SessionLayout({ wide = false }: { wide?: boolean }) {
  const session = useSession();
  if (session.isPending) return <LoadingState />;
  return session.data?.user ? <AppLayout /> : <PublicLayout wide={wide} />;
}
