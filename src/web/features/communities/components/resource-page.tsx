import { Anchor, Badge, Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Resource } from '../../../../shared/schemas/communities';
import { ConfirmModal } from '../../../components/confirm-modal';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { problemMessage } from '../../../lib/api-error';
import { useCommunity, useCommunityResource } from '../api/get-community';
import { useDeleteResource } from '../api/resources';
import { Markdown } from './markdown';

export function ResourcePage() {
  const { t } = useTranslation();
  const { slug = '', resource: resourceSlug = '' } = useParams();
  const resource = useCommunityResource(slug, resourceSlug);
  // The resource does not say who may change it; the community page does (and is often cached).
  const canEdit = useCommunity(slug).data?.viewer.canEdit ?? false;
  if (resource.isPending) return <LoadingState />;
  if (resource.isError)
    return <QueryError error={resource.error} onRetry={() => void resource.refetch()} />;
  const r = resource.data;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/communautes/${r.community.slug}`} size="sm">
        {t('pages.community.backTo', { title: r.community.title })}
      </Anchor>
      <PageHeader
        title={r.title}
        description={r.subtitle}
        actions={canEdit && <ResourceActions resource={r} />}
      />
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

/** "Modifier" and "Supprimer", for the community's pilots. */
function ResourceActions({ resource: r }: { resource: Resource }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useDeleteResource(r.community.slug, r.slug);
  const base = `/communautes/${r.community.slug}`;
  return (
    <Group gap="sm" className="no-print">
      <Button component={Link} to={`${base}/ressources/${r.slug}/modifier`}>
        {t('common.edit')}
      </Button>
      <Button variant="outline" color="red.9" onClick={open}>
        {t('common.delete')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={() => {
          remove.reset();
          close();
        }}
        title={t('pages.resourceForm.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        error={problemMessage(remove.error, t)}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate(base) })}
      >
        {t('pages.resourceForm.deleteText', { title: r.title })}
      </ConfirmModal>
    </Group>
  );
}
