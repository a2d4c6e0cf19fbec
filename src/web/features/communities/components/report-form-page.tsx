import { Anchor, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PARTNERSHIP_DOMAINS, PARTNERSHIP_LEVELS, SECTORS } from '../../../../shared/enums';
import { reportInputSchema, type Report } from '../../../../shared/schemas/community-reports';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { RequiredHint } from '../../../components/required-hint';
import { useCurrentUser } from '../../../lib/auth';
import { useEnumOptions } from '../../../lib/enum-options';
import { useForm } from '../../../lib/use-form';
import { useReport, useSaveReport } from '../api/reports';
import { FormActions } from '../../../components/form-actions';

const emptyReport = {
  title: '',
  establishmentName: '',
  sector: '',
  theme: '',
  partnershipLevel: '',
  whatWasDone: '',
  withWhom: '',
  results: '',
  lessons: '',
  contact: '',
};
type ReportFormValues = typeof emptyReport;
/** The platform establishment the name stands for, while the name is left unchanged. */
type EstablishmentLink = { id: string; name: string } | null;

export function NewReportPage() {
  const { slug = '' } = useParams();
  const user = useCurrentUser();
  const own = user?.establishments[0];
  const link = own ? { id: own.id, name: own.name } : null;
  return (
    <ReportForm
      slug={slug}
      link={link}
      initial={{ ...emptyReport, establishmentName: own?.name ?? '', contact: user?.name ?? '' }}
    />
  );
}

export function EditReportPage() {
  const { slug = '', id = '' } = useParams();
  const report = useReport(slug, id);
  if (report.isPending) return <LoadingState />;
  if (report.isError)
    return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  const r: Report = report.data;
  return (
    <ReportForm
      slug={slug}
      id={id}
      link={r.establishmentId ? { id: r.establishmentId, name: r.establishmentName } : null}
      initial={{
        title: r.title,
        establishmentName: r.establishmentName,
        sector: r.sector,
        theme: r.theme,
        partnershipLevel: r.partnershipLevel,
        whatWasDone: r.whatWasDone,
        withWhom: r.withWhom,
        results: r.results,
        lessons: r.lessons,
        contact: r.contact ?? '',
      }}
    />
  );
}

function ReportForm({
  slug,
  id,
  link,
  initial,
}: {
  slug: string;
  id?: string;
  link: EstablishmentLink;
  initial: ReportFormValues;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveReport(slug, id);
  const form = useForm('retour-experience', initial);
  const keys = Object.keys(emptyReport) as (keyof ReportFormValues)[];
  const labels = Object.fromEntries(keys.map((k) => [k, t(`reports.fields.${k}`)])) as Record<
    keyof ReportFormValues,
    string
  >;
  const sectors = useEnumOptions('sector', SECTORS);
  const choices = (kind: 'theme' | 'level', codes: readonly string[]) => [
    { value: '', label: t('common.choose') },
    ...codes.map((c) => ({ value: c, label: t(`reports.${kind}.${c}`) })),
  ];
  const back = id
    ? `/communautes/${slug}/retours-experience/${id}`
    : `/communautes/${slug}/retours-experience`;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const { values } = form;
    const establishmentId = link && values.establishmentName.trim() === link.name ? link.id : null;
    const body = form.validate(reportInputSchema, { ...values, establishmentId });
    if (!body) return;
    save
      .mutateAsync(body)
      .then((saved) => navigate(`/communautes/${slug}/retours-experience/${saved.id}`))
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };

  const area = (name: keyof ReportFormValues, max: number, required = false) => (
    <Textarea
      {...form.text(name)}
      label={labels[name]}
      description={t(`reports.hints.${name}`)}
      required={required}
      maxLength={max}
      autosize
      minRows={3}
    />
  );

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={back} size="sm">
        {t('reports.back')}
      </Anchor>
      <PageHeader title={id ? t('reports.editTitle') : t('reports.newTitle')} />
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} labels={labels} />
        <RequiredHint />
        <Stack gap="md" maw="48rem">
          <TextInput {...form.text('title')} label={labels.title} required maxLength={200} />
          <TextInput
            {...form.text('establishmentName')}
            label={labels.establishmentName}
            required
            maxLength={200}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NativeSelect
              {...form.text('sector')}
              label={labels.sector}
              required
              data={[{ value: '', label: t('common.choose') }, ...sectors]}
            />
            <NativeSelect
              {...form.text('theme')}
              label={labels.theme}
              required
              data={choices('theme', PARTNERSHIP_DOMAINS)}
            />
            <NativeSelect
              {...form.text('partnershipLevel')}
              label={labels.partnershipLevel}
              required
              data={choices('level', PARTNERSHIP_LEVELS)}
            />
          </SimpleGrid>
          {area('whatWasDone', 10_000, true)}
          {area('withWhom', 2_000)}
          {area('results', 10_000)}
          {area('lessons', 10_000)}
          <TextInput
            {...form.text('contact')}
            label={labels.contact}
            description={t('reports.hints.contact')}
            maxLength={300}
          />
          <FormActions loading={save.isPending} cancelTo={back} />
        </Stack>
      </form>
    </Stack>
  );
}
