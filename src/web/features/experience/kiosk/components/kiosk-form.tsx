import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { kioskInputSchema, type Kiosk } from '../../../../../shared/schemas/experience/kiosk';
import { FormActions } from '../../../../components/form-actions';
import { FormErrorSummary } from '../../../../components/form-error-summary';
import { RequiredHint } from '../../../../components/required-hint';
import { useForm } from '../../../../lib/use-form';
import { useCreateKiosk } from '../api/kiosks';

/** Name and service of a new kiosk of the establishment. */
export function KioskForm({
  establishmentId,
  onCreated,
}: {
  establishmentId: string;
  onCreated: (kiosk: Kiosk) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateKiosk();
  const form = useForm('borne', { name: '', service: '' });
  const labels = {
    name: t('experience.kiosk.fields.name'),
    service: t('experience.kiosk.fields.service'),
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.validate(kioskInputSchema, { ...form.values, establishmentId });
    if (!body) return;
    create
      .mutateAsync(body)
      .then((kiosk) => {
        form.reset();
        onCreated(kiosk);
      })
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormErrorSummary form={form} labels={labels} />
      <RequiredHint />
      <Stack gap="sm" maw="36rem">
        <TextInput
          {...form.text('name')}
          label={labels.name}
          description={t('experience.kiosk.fields.nameHint')}
          required
          maxLength={120}
        />
        <TextInput
          {...form.text('service')}
          label={labels.service}
          description={t('experience.kiosk.fields.serviceHint')}
          maxLength={120}
        />
        <FormActions
          loading={create.isPending}
          submitLabel={t('experience.kiosk.create.submit')}
          onCancel={() => form.reset()}
        />
      </Stack>
    </form>
  );
}
