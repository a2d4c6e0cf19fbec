import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { CommunityPage } from '../../../../shared/schemas/communities';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { useCommunity } from '../api/get-community';

/** Loads the community of the route's `:slug`, with loading and error states, then renders. */
export function CommunityRoute({
  children,
}: {
  children: (community: CommunityPage) => ReactNode;
}) {
  const { slug = '' } = useParams();
  const community = useCommunity(slug);
  if (community.isPending) return <LoadingState />;
  if (community.isError)
    return <QueryError error={community.error} onRetry={() => void community.refetch()} />;
  return children(community.data);
}
