import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RESOURCE_TYPES } from '../../../../shared/enums';
import {
  resourceInputSchema,
  type CommunityPage,
  type Resource,
} from '../../../../shared/schemas/communities';
import { FormActions } from '../../../components/form-actions';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { RequiredHint } from '../../../components/required-hint';
import { useForm } from '../../../lib/use-form';
import { useCommunity, useCommunityResource } from '../api/get-community';
import { useSaveResource } from '../api/resources';

const emptyResource = {
  type: 'outil' as string,
  title: '',
  slug: '',
  subtitle: '',
  body: '',
  url: '',
  position: '0',
};
type ResourceFormValues = typeof emptyResource;
const FIELDS = Object.keys(emptyResource) as (keyof ResourceFormValues)[];

/** "Éducation thérapeutique : l'outil" → "education-therapeutique-l-outil" (the page address). */
function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

function fromResource(r: Resource): ResourceFormValues {
  return {
    type: r.type,
    title: r.title,
    slug: r.slug,
    subtitle: r.subtitle,
    body: r.body,
    url: r.url ?? '',
    position: String(r.position),
  };
}

export function NewResourcePage() {
  const { slug = '' } = useParams();
  const community = useCommunity(slug);
  if (community.isPending) return <LoadingState />;
  if (community.isError)
    return <QueryError error={community.error} onRetry={() => void community.refetch()} />;
  // A new card goes last by default.
  const initial = { ...emptyResource, position: String(community.data.resources.length) };
  return <ResourceForm community={community.data} initial={initial} />;
}

export function EditResourcePage() {
  const { slug = '', resource: resourceSlug = '' } = useParams();
  const community = useCommunity(slug);
  const resource = useCommunityResource(slug, resourceSlug);
  if (community.isPending || resource.isPending) return <LoadingState />;
  if (community.isError)
    return <QueryError error={community.error} onRetry={() => void community.refetch()} />;
  if (resource.isError)
    return <QueryError error={resource.error} onRetry={() => void resource.refetch()} />;
  return (
    <ResourceForm
      community={community.data}
      current={resource.data.slug}
      initial={fromResource(resource.data)}
    />
  );
}

function ResourceForm({
  community,
  current,
  initial,
}: {
  community: CommunityPage;
  /** Slug of the edited resource; none when creating one. */
  current?: string;
  initial: ResourceFormValues;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveResource(community.slug, current);
  const form = useForm('ressource', initial);
  const v = form.values;
  const labels = Object.fromEntries(
    FIELDS.map((k) => [k, t(`pages.resourceForm.fields.${k}`)]),
  ) as Record<keyof ResourceFormValues, string>;
  // While creating, the address follows the title until someone edits it.
  const slugFollowsTitle = !current && v.slug === slugify(v.title);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const position = v.position.trim() === '' ? 0 : Number(v.position);
    const body = form.validate(resourceInputSchema, { ...v, position });
    if (!body) return;
    save
      .mutateAsync(body)
      .then((saved) => navigate(`/communautes/${community.slug}/ressources/${saved.slug}`))
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };

  return (
    <>
      <PageHeader
        title={
          current
            ? t('pages.resourceForm.editTitle')
            : t('pages.resourceForm.newTitle', { title: community.title })
        }
        documentTitle={
          current ? t('pages.resourceForm.editTitle') : t('pages.resourceForm.documentTitle')
        }
      />
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} labels={labels} />
        <RequiredHint />
        <Stack gap="md" maw="48rem">
          <NativeSelect
            {...form.text('type')}
            label={labels.type}
            required
            data={RESOURCE_TYPES.map((r) => ({ value: r, label: t(`enums.resourceType.${r}`) }))}
          />
          <TextInput
            {...form.text('title')}
            onChange={(e) => {
              const title = e.currentTarget.value;
              form.setValues((old) => ({
                ...old,
                title,
                slug: slugFollowsTitle ? slugify(title) : old.slug,
              }));
            }}
            label={labels.title}
            required
            maxLength={200}
          />
          <TextInput
            {...form.text('slug')}
            label={labels.slug}
            description={t('pages.resourceForm.slugHint')}
            required
            maxLength={80}
            spellCheck={false}
          />
          <TextInput {...form.text('subtitle')} label={labels.subtitle} maxLength={200} />
          <Textarea
            {...form.text('body')}
            label={labels.body}
            description={t('pages.communityEdit.markdownHint')}
            autosize
            minRows={8}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput {...form.text('url')} type="url" label={labels.url} maxLength={500} />
            <TextInput
              {...form.text('position')}
              type="number"
              inputMode="numeric"
              min={0}
              max={1000}
              step={1}
              label={labels.position}
              description={t('pages.resourceForm.positionHint')}
            />
          </SimpleGrid>
          <FormActions
            loading={save.isPending}
            cancelTo={
              current
                ? `/communautes/${community.slug}/ressources/${current}`
                : `/communautes/${community.slug}`
            }
          />
        </Stack>
      </form>
    </>
  );
}
