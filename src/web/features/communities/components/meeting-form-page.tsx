import { NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { MEETING_MODES } from '../../../../shared/enums';
import { meetingInputSchema, type MeetingDetail } from '../../../../shared/schemas/communities';
import { FormActions } from '../../../components/form-actions';
import { DayAndTimesFields } from '../../../components/day-and-times-fields';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { RequiredHint } from '../../../components/required-hint';
import { parisParts } from '../../../lib/paris-time';
import { useForm } from '../../../lib/use-form';
import { useMeeting, useSaveMeeting } from '../api/meetings';
import { SubgroupSelect } from './subgroup-select';

const emptyMeeting = {
  title: '',
  date: '',
  start: '14:30',
  end: '16:00',
  mode: 'visio',
  link: '',
  place: '',
  agenda: '',
  minutes: '',
  /** '' for the whole community. */
  subgroupId: '',
};
type MeetingFormValues = typeof emptyMeeting;

function fromMeeting(m: MeetingDetail): MeetingFormValues {
  return {
    title: m.title,
    date: parisParts(m.startsAt).date,
    start: parisParts(m.startsAt).time,
    end: parisParts(m.endsAt).time,
    mode: m.mode,
    link: m.link ?? '',
    place: m.place ?? '',
    agenda: m.agenda,
    minutes: m.minutes ?? '',
    subgroupId: m.subgroupId ?? '',
  };
}

export function NewMeetingPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  return (
    <MeetingForm
      slug={slug}
      initial={{ ...emptyMeeting, title: t('pages.meetingForm.defaultTitle') }}
    />
  );
}

export function EditMeetingPage() {
  const { slug = '', id = '' } = useParams();
  const meeting = useMeeting(slug, id);
  if (meeting.isPending) return <LoadingState />;
  if (meeting.isError)
    return <QueryError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  return <MeetingForm slug={slug} id={id} initial={fromMeeting(meeting.data)} />;
}

function MeetingForm({
  slug,
  id,
  initial,
}: {
  slug: string;
  id?: string;
  initial: MeetingFormValues;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveMeeting(slug, id);
  const form = useForm('rencontre', initial);
  const label = (key: keyof MeetingFormValues) => t(`pages.meetingForm.fields.${key}`);
  const keys = Object.keys(emptyMeeting) as (keyof MeetingFormValues)[];
  const labels = Object.fromEntries(keys.map((k) => [k, label(k)])) as Record<
    keyof MeetingFormValues,
    string
  >;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.validate(meetingInputSchema, {
      ...form.values,
      subgroupId: form.values.subgroupId || null,
    });
    if (!body) return;
    save
      .mutateAsync(body)
      .then((saved) => navigate(`/communautes/${slug}/rencontres/${saved.id}`))
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };

  return (
    <>
      <PageHeader title={id ? t('pages.meetingForm.editTitle') : t('pages.meetingForm.newTitle')} />
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} labels={labels} />
        <RequiredHint />
        <Stack gap="md" maw="44rem">
          <TextInput {...form.text('title')} label={labels.title} required maxLength={200} />
          <DayAndTimesFields field={form.text} labels={labels} />
          <NativeSelect
            {...form.text('mode')}
            label={labels.mode}
            description={t('pages.meetingForm.timeZoneHint')}
            data={MEETING_MODES.map((m) => ({ value: m, label: t(`enums.meetingMode.${m}`) }))}
          />
          <TextInput
            {...form.text('link')}
            label={labels.link}
            description={t('pages.meetingForm.membersOnly')}
            maxLength={500}
          />
          <TextInput
            {...form.text('place')}
            label={labels.place}
            description={t('pages.meetingForm.membersOnly')}
            maxLength={300}
          />
          <Textarea {...form.text('agenda')} label={labels.agenda} autosize minRows={3} />
          <Textarea
            {...form.text('minutes')}
            label={labels.minutes}
            description={t('pages.meetingForm.minutesHint')}
            autosize
            minRows={3}
          />
          <SubgroupSelect
            slug={slug}
            {...form.text('subgroupId')}
            label={labels.subgroupId}
            description={t('pages.meetingForm.subgroupHint')}
            noneLabel={t('pages.meetingForm.wholeCommunity')}
          />
          <FormActions
            loading={save.isPending}
            cancelTo={id ? `/communautes/${slug}/rencontres/${id}` : `/communautes/${slug}`}
          />
        </Stack>
      </form>
    </>
  );
}
