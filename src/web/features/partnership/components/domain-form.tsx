import { NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { domainInputSchema, type Domain } from '../../../../shared/schemas/partnership';
import { FormActions } from '../../../components/form-actions';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { RequiredHint } from '../../../components/required-hint';
import { useForm } from '../../../lib/use-form';
import { useSaveDomain } from '../api/domains';

/** Name, description and position of a domain (new when `domain` is absent). */
export function DomainForm({
  domain,
  nextPosition,
  onDone,
}: {
  domain?: Domain;
  /** Position proposed for a new domain (after the last one). */
  nextPosition: number;
  /** Saved (with the domain) or cancelled (null). */
  onDone: (saved: Domain | null) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveDomain(domain?.id);
  const form = useForm(domain ? `domaine-${domain.id}` : 'domaine', {
    name: domain?.name ?? '',
    description: domain?.description ?? '',
    position: String(domain?.position ?? nextPosition),
  });
  const labels = {
    name: t('partnership.domains.fields.name'),
    description: t('partnership.domains.fields.description'),
    position: t('partnership.domains.fields.position'),
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.validate(domainInputSchema);
    if (!body) return;
    save
      .mutateAsync(body)
      .then((saved) => {
        if (!domain)
          form.reset({ name: '', description: '', position: String(saved.position + 1) });
        onDone(saved);
      })
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormErrorSummary form={form} labels={labels} />
      <RequiredHint />
      <Stack gap="sm" maw="40rem">
        <TextInput {...form.text('name')} label={labels.name} required maxLength={150} />
        <Textarea
          {...form.text('description')}
          label={labels.description}
          description={t('partnership.domains.descriptionHint')}
          autosize
          minRows={2}
          maxLength={1_000}
        />
        <NumberInput
          id={form.fieldId('position')}
          name="position"
          label={labels.position}
          description={t('partnership.domains.positionHint')}
          value={form.values.position}
          onChange={(value) => form.setValue('position', String(value))}
          error={form.errors.position}
          min={0}
          max={1_000}
          allowDecimal={false}
          maw="12rem"
        />
        <FormActions
          loading={save.isPending}
          submitLabel={domain ? t('common.save') : t('partnership.domains.add')}
          onCancel={() => {
            form.reset();
            onDone(null);
          }}
        />
      </Stack>
    </form>
  );
}
