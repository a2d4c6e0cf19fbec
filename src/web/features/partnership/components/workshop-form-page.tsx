import { Anchor, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { WORKSHOP_MODES } from '../../../../shared/enums';
import { workshopInputSchema, type WorkshopDetail } from '../../../../shared/schemas/partnership';
import { EmptyState } from '../../../components/empty-state';
import { FormActions } from '../../../components/form-actions';
import { DayAndTimesFields } from '../../../components/day-and-times-fields';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { RequiredHint } from '../../../components/required-hint';
import { useCurrentUser } from '../../../lib/auth';
import { parisParts } from '../../../lib/paris-time';
import { useForm } from '../../../lib/use-form';
import { useSaveWorkshop, useWorkshop } from '../api/workshops';
import { partnershipPath, workshopPath } from '../lib/paths';
import { canRunWorkshops } from '../lib/roles';
import { CommunitiesField } from './communities-field';

const emptyWorkshop = {
  title: '',
  description: '',
  date: '',
  start: '14:00',
  end: '17:00',
  mode: 'presentiel',
  place: '',
  link: '',
  communityIds: [] as string[],
};
type WorkshopFormValues = typeof emptyWorkshop;

function fromWorkshop(w: WorkshopDetail): WorkshopFormValues {
  return {
    title: w.title,
    description: w.description,
    date: parisParts(w.startsAt).date,
    start: parisParts(w.startsAt).time,
    end: parisParts(w.endsAt).time,
    mode: w.mode,
    place: w.place ?? '',
    link: w.link ?? '',
    communityIds: w.communities.map((c) => c.id),
  };
}

export function NewWorkshopPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  // The server refuses anyway; this explains it before the form is filled in.
  if (!canRunWorkshops(user))
    return (
      <>
        <PageHeader title={t('pages.forbidden.title')} />
        <EmptyState title={t('pages.forbidden.heading')}>
          {t('partnership.workshopForm.forbidden')}
        </EmptyState>
      </>
    );
  return (
    <WorkshopForm
      initial={{ ...emptyWorkshop, title: t('partnership.workshopForm.defaultTitle') }}
    />
  );
}

export function EditWorkshopPage() {
  const { id = '' } = useParams();
  const workshop = useWorkshop(id);
  if (workshop.isPending) return <LoadingState />;
  if (workshop.isError)
    return <QueryError error={workshop.error} onRetry={() => void workshop.refetch()} />;
  return (
    <WorkshopForm
      id={id}
      initial={fromWorkshop(workshop.data)}
      chosen={workshop.data.communities}
    />
  );
}

function WorkshopForm({
  id,
  initial,
  chosen,
}: {
  id?: string;
  initial: WorkshopFormValues;
  chosen?: { id: string; title: string }[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveWorkshop(id);
  const form = useForm('atelier', initial);
  const keys = Object.keys(emptyWorkshop) as (keyof WorkshopFormValues)[];
  const labels = Object.fromEntries(
    keys.map((k) => [k, t(`partnership.workshopForm.fields.${k}`)]),
  ) as Record<keyof WorkshopFormValues, string>;
  const back = id ? workshopPath(id) : partnershipPath;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.validate(workshopInputSchema);
    if (!body) return;
    save
      .mutateAsync(body)
      .then((saved) => navigate(workshopPath(saved.id)))
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={back} size="sm">
        {id ? t('partnership.workshop.back') : t('partnership.backToModule')}
      </Anchor>
      <PageHeader
        title={
          id ? t('partnership.workshopForm.editTitle') : t('partnership.workshopForm.newTitle')
        }
      />
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} labels={labels} />
        <RequiredHint />
        <Stack gap="md" maw="44rem">
          <TextInput {...form.text('title')} label={labels.title} required maxLength={200} />
          <Textarea
            {...form.text('description')}
            label={labels.description}
            description={t('partnership.workshopForm.descriptionHint')}
            autosize
            minRows={3}
            maxLength={5_000}
          />
          <DayAndTimesFields field={form.text} labels={labels} />
          <NativeSelect
            {...form.text('mode')}
            label={labels.mode}
            description={t('partnership.workshopForm.timeZoneHint')}
            required
            data={WORKSHOP_MODES.map((m) => ({ value: m, label: t(`partnership.mode.${m}`) }))}
          />
          <TextInput
            {...form.text('place')}
            label={labels.place}
            description={t('partnership.workshopForm.placeHint')}
            required={form.values.mode === 'presentiel'}
            maxLength={300}
          />
          <TextInput
            {...form.text('link')}
            label={labels.link}
            description={t('partnership.workshopForm.linkHint')}
            maxLength={500}
          />
          <CommunitiesField
            id={form.fieldId('communityIds')}
            label={labels.communityIds}
            description={t('partnership.workshopForm.communitiesHint')}
            value={form.values.communityIds}
            onChange={(ids) => form.setValue('communityIds', ids)}
            error={form.errors.communityIds}
            chosen={chosen}
          />
          <FormActions loading={save.isPending} cancelTo={back} />
        </Stack>
      </form>
    </Stack>
  );
}
