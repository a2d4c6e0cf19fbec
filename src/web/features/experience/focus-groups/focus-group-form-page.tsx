import { Anchor, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { z } from 'zod';
import {
  focusGroupInputSchema,
  participantProfileSchema,
  type FocusGroupDetail,
} from '../../../../shared/schemas/experience';
import { EmptyState } from '../../../components/empty-state';
import { EstablishmentSelect } from '../../../components/establishment-select';
import { FormActions } from '../../../components/form-actions';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { RequiredHint } from '../../../components/required-hint';
import { useCurrentUser } from '../../../lib/auth';
import { useForm } from '../../../lib/use-form';
import { issueMessage } from '../../../lib/zod-messages';
import { ExperienceNav } from '../components/experience-nav';
import { ESTABLISHMENT_PARAM, experiencePaths } from '../lib/paths';
import { useFocusGroup, useSaveFocusGroup } from './api/focus-groups';
import { FacilitatorFields } from './components/facilitator-fields';
import {
  newParticipantRow,
  ParticipantsField,
  type ParticipantRow,
} from './components/participants-field';
import { useFocusGroupLabels } from './lib/labels';
import { canPlanFocusGroups, managedEstablishments } from './lib/roles';

const emptyFocusGroup = {
  establishmentId: '',
  title: '',
  pathway: '',
  heldOn: '',
  professionalFacilitatorId: '',
  representativeFacilitatorId: '',
  participants: [] as ParticipantRow[],
  notes: '',
};
type FocusGroupFormValues = typeof emptyFocusGroup;

const fromFocusGroup = (g: FocusGroupDetail): FocusGroupFormValues => ({
  establishmentId: g.establishmentId,
  title: g.title,
  pathway: g.pathway,
  heldOn: g.heldOn,
  professionalFacilitatorId: g.professionalFacilitator?.id ?? '',
  representativeFacilitatorId: g.representativeFacilitator?.id ?? '',
  participants: g.participantProfiles.map((p) => ({
    ...newParticipantRow(),
    profile: p.profile,
    count: String(p.count),
    note: p.note,
  })),
  notes: g.notes,
});

const participantsSchema = z.array(participantProfileSchema);

function Forbidden() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('pages.forbidden.title')} />
      <EmptyState title={t('pages.forbidden.heading')}>
        {t('experience.focusGroups.form.forbidden')}
      </EmptyState>
    </>
  );
}

/** Plans a session, in the establishment of the address when the reader manages it. */
export function NewFocusGroupPage() {
  const user = useCurrentUser();
  const [params] = useSearchParams();
  if (!canPlanFocusGroups(user)) return <Forbidden />;
  const wanted = params.get(ESTABLISHMENT_PARAM) ?? '';
  const managed = managedEstablishments(user);
  const establishmentId =
    user?.platformRole === 'admin' || managed.some((e) => e.id === wanted)
      ? wanted
      : (managed[0]?.id ?? '');
  return (
    <FocusGroupForm
      initial={{ ...emptyFocusGroup, establishmentId, participants: [newParticipantRow()] }}
    />
  );
}

export function EditFocusGroupPage() {
  const { id = '' } = useParams();
  const group = useFocusGroup(id);
  if (group.isPending) return <LoadingState />;
  if (group.isError) return <QueryError error={group.error} onRetry={() => void group.refetch()} />;
  if (!group.data.canEdit) return <Forbidden />;
  return <FocusGroupForm group={group.data} initial={fromFocusGroup(group.data)} />;
}

function FocusGroupForm({
  group,
  initial,
}: {
  group?: FocusGroupDetail;
  initial: FocusGroupFormValues;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const labels = useFocusGroupLabels();
  const save = useSaveFocusGroup(group?.id);
  const form = useForm('groupe', initial);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const keys = Object.keys(emptyFocusGroup) as (keyof FocusGroupFormValues)[];
  const fieldLabels = Object.fromEntries(
    keys.map((k) => [k, t(`experience.focusGroups.form.fields.${k}`)]),
  ) as Record<keyof FocusGroupFormValues, string>;
  const back = group
    ? experiencePaths.focusGroup(group.id)
    : `${experiencePaths.focusGroups}${initial.establishmentId ? `?${ESTABLISHMENT_PARAM}=${initial.establishmentId}` : ''}`;
  const { values } = form;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const participants = values.participants.map(({ profile, count, note }) => ({
      profile,
      count: count.trim(),
      note,
    }));
    // Each line's problems go to its own fields; the summary names the list once.
    const lines = participantsSchema.safeParse(participants);
    setRowErrors(
      lines.success
        ? {}
        : Object.fromEntries(
            lines.error.issues.map((issue) => [
              issue.path.slice(0, 2).join('.'),
              issueMessage(issue),
            ]),
          ),
    );
    const body = form.validate(focusGroupInputSchema, {
      ...values,
      participants,
      professionalFacilitatorId: values.professionalFacilitatorId || null,
      representativeFacilitatorId: values.representativeFacilitatorId || null,
    });
    if (!body) return;
    save
      .mutateAsync(body)
      .then((saved) => navigate(experiencePaths.focusGroup(saved.id)))
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={back} size="sm">
        {group
          ? t('experience.focusGroups.detail.backToSession')
          : t('experience.focusGroups.back')}
      </Anchor>
      <PageHeader
        title={
          group
            ? t('experience.focusGroups.form.editTitle')
            : t('experience.focusGroups.form.newTitle')
        }
        description={t('experience.focusGroups.form.description')}
      />
      <ExperienceNav />
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} labels={fieldLabels} />
        <RequiredHint />
        <Stack gap="md" maw="48rem">
          {group ? (
            <div>
              <Text size="sm" fw={500}>
                {fieldLabels.establishmentId}
              </Text>
              <Text>{group.establishmentName}</Text>
            </div>
          ) : (
            <EstablishmentSelect
              id={form.fieldId('establishmentId')}
              label={fieldLabels.establishmentId}
              value={values.establishmentId}
              required
              error={form.errors.establishmentId}
              options={user?.platformRole === 'admin' ? undefined : managedEstablishments(user)}
              onChange={(id) =>
                form.setValues((old) => ({
                  ...old,
                  establishmentId: id,
                  professionalFacilitatorId: '',
                  representativeFacilitatorId: '',
                }))
              }
            />
          )}
          <TextInput
            {...form.text('title')}
            label={fieldLabels.title}
            description={t('experience.focusGroups.form.titleHint')}
            required
            maxLength={200}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              {...form.text('pathway')}
              label={fieldLabels.pathway}
              required
              data={[{ value: '', label: t('common.choose') }, ...labels.pathwayOptions]}
            />
            <TextInput {...form.text('heldOn')} type="date" label={fieldLabels.heldOn} required />
          </SimpleGrid>
          <FacilitatorFields
            form={form}
            labels={fieldLabels}
            establishmentId={values.establishmentId}
            current={group}
          />
          <ParticipantsField
            id={form.fieldId('participants')}
            rows={values.participants}
            onChange={(rows) => form.setValue('participants', rows)}
            error={form.errors.participants}
            rowErrors={rowErrors}
          />
          <Textarea
            {...form.text('notes')}
            label={fieldLabels.notes}
            description={t('experience.focusGroups.form.notesHint')}
            autosize
            minRows={5}
            maxLength={20_000}
          />
          <FormActions
            loading={save.isPending}
            submitLabel={group ? t('common.save') : t('experience.focusGroups.form.submitNew')}
            cancelTo={back}
          />
        </Stack>
      </form>
    </Stack>
  );
}
