import {
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Switch,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  COMMUNITY_STATUSES,
  DELIVERABLE_STATUSES,
  ROLE_CATEGORIES,
  SECTORS,
} from '../../../../shared/enums';
import {
  communityPageInputSchema,
  type CommunityPage,
} from '../../../../shared/schemas/communities';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { PageHeader } from '../../../components/page-header';
import { RequiredHint } from '../../../components/required-hint';
import { useEnumOptions } from '../../../lib/enum-options';
import { useForm } from '../../../lib/use-form';
import { useUpdateCommunity } from '../api/update-community';
import { ListEditor } from './list-editor';
import { CommunityRoute } from './community-route';
import { FormActions } from '../../../components/form-actions';

/** Form values: lists of records with '' for empty optional fields. */
function toForm(c: CommunityPage) {
  const blank = <T extends Record<string, string | null>>(row: T) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v ?? ''])) as {
      [K in keyof T]: string;
    };
  return {
    title: c.title,
    tagline: c.tagline,
    status: c.status as string,
    isPublic: c.isPublic,
    context: c.context,
    objectives: c.objectives.map((text) => ({ text })),
    objectivesNote: c.objectivesNote,
    definition: c.definition,
    definitionSource: c.definitionSource,
    audienceSectors: c.audienceSectors as string[],
    audienceRoles: c.audienceRoles as string[],
    pilots: c.pilots.map(blank),
    contributors: c.contributors.map(blank),
    partners: c.partners.map(blank),
    deliverables: c.deliverables.map(blank),
    modalities: c.modalities,
  };
}

export function CommunityEditPage() {
  return (
    <CommunityRoute>{(community) => <CommunityEditForm community={community} />}</CommunityRoute>
  );
}

function CommunityEditForm({ community }: { community: CommunityPage }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateCommunity();
  const form = useForm('communaute', toForm(community));
  const v = form.values;
  const sectors = useEnumOptions('sector', SECTORS);
  const roles = useEnumOptions('roleCategory', ROLE_CATEGORIES);
  const deliverableStatuses = DELIVERABLE_STATUSES.map((s) => ({
    value: s,
    label: t(`enums.deliverableStatus.${s}`),
  }));
  const label = (key: string) => t(`pages.communityEdit.fields.${key}`);
  const fieldKeys = [
    'title',
    'tagline',
    'status',
    'context',
    'objectives',
    'objectivesNote',
    'definition',
    'definitionSource',
    'audienceSectors',
    'audienceRoles',
    'pilots',
    'contributors',
    'partners',
    'deliverables',
    'modalities',
  ] as const;
  const labels = Object.fromEntries(fieldKeys.map((key) => [key, label(key)])) as Record<
    (typeof fieldKeys)[number],
    string
  >;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.validate(communityPageInputSchema, {
      ...v,
      objectives: v.objectives.map((o) => o.text),
    });
    if (!body) return;
    update
      .mutateAsync({ slug: community.slug, body })
      .then(() => navigate(`/communautes/${community.slug}`))
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };

  const markdownHint = t('pages.communityEdit.markdownHint');
  return (
    <>
      <PageHeader
        title={t('pages.communityEdit.title', { title: community.title })}
        documentTitle={t('pages.communityEdit.documentTitle')}
      />
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} labels={labels} />
        <RequiredHint />
        <Stack gap="lg" maw="56rem">
          <TextInput {...form.text('title')} label={labels.title} required maxLength={200} />
          <TextInput {...form.text('tagline')} label={labels.tagline} maxLength={300} />
          <Group gap="lg" align="flex-end">
            <NativeSelect
              {...form.text('status')}
              label={labels.status}
              data={COMMUNITY_STATUSES.map((s) => ({
                value: s,
                label: t(`enums.communityStatus.${s}`),
              }))}
            />
            <Switch
              id="communaute-isPublic"
              checked={v.isPublic}
              onChange={(e) => form.setValue('isPublic', e.currentTarget.checked)}
              label={label('isPublic')}
              description={t('pages.communityEdit.isPublicHint')}
            />
          </Group>
          <Textarea
            {...form.text('context')}
            label={labels.context}
            description={markdownHint}
            autosize
            minRows={5}
          />
          <ListEditor
            id={form.fieldId('objectives')}
            legend={labels.objectives}
            itemLabel={t('pages.communityEdit.items.objective')}
            fields={[
              {
                key: 'text',
                label: t('pages.communityEdit.items.objective'),
                required: true,
                maxLength: 500,
              },
            ]}
            rows={v.objectives}
            empty={{ text: '' }}
            error={form.errors.objectives}
            onChange={(rows) => form.setValue('objectives', rows)}
          />
          <Textarea
            {...form.text('objectivesNote')}
            label={labels.objectivesNote}
            autosize
            minRows={2}
          />
          <Textarea {...form.text('definition')} label={labels.definition} autosize minRows={3} />
          <TextInput
            {...form.text('definitionSource')}
            label={labels.definitionSource}
            maxLength={500}
          />
          <Title order={2} size="h4">
            {t('pages.community.audience')}
          </Title>
          <Checkbox.Group
            id={form.fieldId('audienceSectors')}
            label={labels.audienceSectors}
            value={v.audienceSectors}
            onChange={(value) => form.setValue('audienceSectors', value)}
          >
            <Group gap="md" mt="xs">
              {sectors.map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.label} />
              ))}
            </Group>
          </Checkbox.Group>
          <Checkbox.Group
            id={form.fieldId('audienceRoles')}
            label={labels.audienceRoles}
            value={v.audienceRoles}
            onChange={(value) => form.setValue('audienceRoles', value)}
          >
            <Group gap="md" mt="xs">
              {roles.map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.label} />
              ))}
            </Group>
          </Checkbox.Group>
          <ListEditor
            id={form.fieldId('pilots')}
            legend={labels.pilots}
            itemLabel={t('pages.communityEdit.items.pilot')}
            fields={[
              { key: 'name', label: t('fields.name'), required: true, maxLength: 120 },
              { key: 'phone', label: t('fields.phone'), maxLength: 40 },
              { key: 'email', label: t('fields.email'), maxLength: 254 },
            ]}
            rows={v.pilots}
            empty={{ name: '', phone: '', email: '' }}
            error={form.errors.pilots}
            onChange={(rows) => form.setValue('pilots', rows)}
          />
          <ListEditor
            id={form.fieldId('contributors')}
            legend={labels.contributors}
            itemLabel={t('pages.communityEdit.items.contributor')}
            fields={[
              { key: 'name', label: t('fields.name'), required: true, maxLength: 120 },
              { key: 'role', label: t('pages.communityEdit.items.role'), maxLength: 160 },
              { key: 'organisation', label: t('fields.organisation'), maxLength: 200 },
            ]}
            rows={v.contributors}
            empty={{ name: '', role: '', organisation: '' }}
            error={form.errors.contributors}
            onChange={(rows) => form.setValue('contributors', rows)}
          />
          <ListEditor
            id={form.fieldId('partners')}
            legend={labels.partners}
            itemLabel={t('pages.communityEdit.items.partner')}
            fields={[
              { key: 'name', label: t('fields.name'), required: true, maxLength: 200 },
              { key: 'url', label: t('pages.communityEdit.items.url'), maxLength: 500 },
            ]}
            rows={v.partners}
            empty={{ name: '', url: '' }}
            error={form.errors.partners}
            onChange={(rows) => form.setValue('partners', rows)}
          />
          <ListEditor
            id={form.fieldId('deliverables')}
            legend={labels.deliverables}
            itemLabel={t('pages.communityEdit.items.deliverable')}
            fields={[
              {
                key: 'title',
                label: t('pages.communityEdit.items.deliverableTitle'),
                required: true,
                maxLength: 300,
              },
              { key: 'status', label: labels.status, options: deliverableStatuses },
              { key: 'url', label: t('pages.communityEdit.items.url'), maxLength: 500 },
            ]}
            rows={v.deliverables}
            empty={{ title: '', status: 'en_cours', url: '' }}
            error={form.errors.deliverables}
            onChange={(rows) => form.setValue('deliverables', rows)}
          />
          <Textarea
            {...form.text('modalities')}
            label={labels.modalities}
            description={markdownHint}
            autosize
            minRows={2}
          />
          <FormActions loading={update.isPending} cancelTo={`/communautes/${community.slug}`} />
        </Stack>
      </form>
    </>
  );
}
