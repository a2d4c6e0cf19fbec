import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REGIONS, SECTORS } from '../../../../shared/enums';
import { establishmentInputSchema } from '../../../../shared/schemas/establishments';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { RequiredHint } from '../../../components/required-hint';
import { useEnumOptions } from '../../../lib/enum-options';
import { useForm } from '../../../lib/use-form';
import type { EstablishmentBody } from '../api/create-establishment';

export type EstablishmentFormValues = {
  name: string;
  finess: string;
  sector: string;
  department: string;
  region: string;
};

export const emptyEstablishment: EstablishmentFormValues = {
  name: '',
  finess: '',
  sector: '',
  department: '',
  region: '',
};

interface EstablishmentFormProps {
  initial?: EstablishmentFormValues;
  submitLabel: string;
  pending: boolean;
  /** Sends the body; rejects with the API error to show it on the form. */
  onSubmit: (body: EstablishmentBody) => Promise<unknown>;
  onCancel?: () => void;
}

/** Create/edit form of an establishment, validated with the shared schema before sending. */
export function EstablishmentForm({
  initial = emptyEstablishment,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
}: EstablishmentFormProps) {
  const { t } = useTranslation();
  const form = useForm('etablissement', initial);
  const sectors = useEnumOptions('sector', SECTORS);
  const regions = useEnumOptions('region', REGIONS);
  const labels = {
    name: t('fields.name'),
    finess: t('fields.finess'),
    sector: t('fields.sector'),
    department: t('fields.department'),
    region: t('fields.region'),
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.validate(establishmentInputSchema);
    if (!body) return;
    onSubmit(body).catch((error: unknown) =>
      form.showError(error, t('problems.unexpected', { status: '' })),
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormErrorSummary form={form} labels={labels} />
      <RequiredHint />
      <Stack gap="md" maw="40rem">
        <TextInput {...form.text('name')} label={labels.name} required maxLength={200} />
        <TextInput
          {...form.text('finess')}
          label={labels.finess}
          description={t('pages.establishmentForm.finessHint')}
          required
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
        />
        <NativeSelect
          {...form.text('sector')}
          label={labels.sector}
          required
          data={[{ value: '', label: t('common.choose') }, ...sectors]}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            {...form.text('department')}
            label={labels.department}
            description={t('pages.establishmentForm.departmentHint')}
            required
            maxLength={3}
          />
          <NativeSelect
            {...form.text('region')}
            label={labels.region}
            required
            data={[{ value: '', label: t('common.choose') }, ...regions]}
          />
        </SimpleGrid>
        <Group gap="sm" mt="sm">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
