import { Anchor, Badge, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useCommunityResource } from '../api/get-community';
import { Markdown } from './markdown';

export function ResourcePage() {
  const { t } = useTranslation();
  const { slug = '', resource: resourceSlug = '' } = useParams();
  const resource = useCommunityResource(slug, resourceSlug);
  if (resource.isPending) return <LoadingState />;
  if (resource.isError)
    return <QueryError error={resource.error} onRetry={() => void resource.refetch()} />;
  const r = resource.data;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/communautes/${r.community.slug}`} size="sm">
        {t('pages.community.backTo', { title: r.community.title })}
      </Anchor>
      <PageHeader title={r.title} description={r.subtitle} />
      <Group>
        <Badge variant="light" color="teal" c="dark.8">
          {t(`enums.resourceType.${r.type}`)}
        </Badge>
      </Group>
      <Markdown>{r.body}</Markdown>
      {r.url && <Anchor href={r.url}>{t('pages.community.openResource')}</Anchor>}
    </Stack>
  );
}
