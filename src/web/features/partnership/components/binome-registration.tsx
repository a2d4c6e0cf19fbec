import { Alert, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemberName } from '../lib/use-member-name';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { binomeInputSchema } from '../../../../shared/schemas/partnership';
import { EstablishmentSelect } from '../../../components/establishment-select';
import { FormActions } from '../../../components/form-actions';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { RequiredHint } from '../../../components/required-hint';
import { useForm } from '../../../lib/use-form';
import { useAddBinome, useCandidates } from '../api/workshops';

const emptyBinome = { establishmentId: '', professionalId: '', representativeId: '' };
type BinomeFormValues = typeof emptyBinome;

/** Registers a binôme: an establishment, then one of its quality managers and one of its RU. */
export function BinomeRegistration({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const memberName = useMemberName();
  const add = useAddBinome(workshopId);
  const form = useForm('binome', emptyBinome);
  const [added, setAdded] = useState<string | null>(null);
  const candidates = useCandidates(workshopId, form.values.establishmentId);
  const labels: Record<keyof BinomeFormValues, string> = {
    establishmentId: t('partnership.binomes.establishment'),
    professionalId: t('partnership.side.professional'),
    representativeId: t('partnership.side.representative'),
  };
  const people = (list: { id: string; name: string }[] | undefined) => [
    { value: '', label: t('common.choose') },
    ...(list ?? []).map((p) => ({ value: p.id, label: p.name })),
  ];
  const waiting = form.values.establishmentId === '' || candidates.isPending;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const choose = t('partnership.binomes.choose');
    const missing = Object.fromEntries(
      Object.entries(form.values)
        .filter(([, value]) => value === '')
        .map(([name]) => [name, choose]),
    );
    const body = form.validate(binomeInputSchema, form.values, missing);
    if (!body) return;
    add
      .mutateAsync(body)
      .then((binome) => {
        setAdded(
          t('partnership.binomes.added', {
            professional: memberName(binome.professional),
            representative: memberName(binome.representative),
          }),
        );
        form.reset();
      })
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="inscrire-binome">
      <Title order={2} size="h3" id="inscrire-binome" mb="xs">
        {t('partnership.binomes.registerTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('partnership.binomes.registerHint')}
      </Text>
      {added && (
        <Alert color="green" variant="light" role="status" mb="md">
          {added}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} labels={labels} />
        <RequiredHint />
        <Stack gap="md" maw="48rem">
          <EstablishmentSelect
            id={form.fieldId('establishmentId')}
            label={labels.establishmentId}
            value={form.values.establishmentId}
            error={form.errors.establishmentId}
            required
            onChange={(value) =>
              form.setValues({ establishmentId: value, professionalId: '', representativeId: '' })
            }
          />
          {candidates.isError && (
            <Alert color="red" variant="outline" role="alert">
              {t('partnership.binomes.candidatesFailed')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              {...form.text('professionalId')}
              label={labels.professionalId}
              description={t('partnership.binomes.professionalHint')}
              required
              disabled={waiting}
              data={people(candidates.data?.professionals)}
            />
            <NativeSelect
              {...form.text('representativeId')}
              label={labels.representativeId}
              description={t('partnership.binomes.representativeHint')}
              required
              disabled={waiting}
              data={people(candidates.data?.representatives)}
            />
          </SimpleGrid>
          {candidates.isSuccess &&
            (candidates.data.professionals.length === 0 ||
              candidates.data.representatives.length === 0) && (
              <Text size="sm" role="status">
                {t('partnership.binomes.noCandidate')}
              </Text>
            )}
          <FormActions
            loading={add.isPending}
            submitLabel={t('partnership.binomes.register')}
            onCancel={() => form.reset()}
          />
        </Stack>
      </form>
    </Paper>
  );
}
