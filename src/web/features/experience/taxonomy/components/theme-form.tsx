import { Alert, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  themeCreateSchema,
  themeUpdateSchema,
  type Theme,
} from '../../../../../shared/schemas/experience';
import { FormActions } from '../../../../components/form-actions';
import { FormErrorSummary } from '../../../../components/form-error-summary';
import { RequiredHint } from '../../../../components/required-hint';
import { useForm } from '../../../../lib/use-form';
import { useCreateTheme, useUpdateTheme } from '../api/themes';

/** A new theme (with its code), or the labels, description and position of an existing one. */
export function ThemeForm({
  theme,
  onDone,
}: {
  theme?: Theme;
  /** Saved (with the theme) or cancelled (null). */
  onDone: (saved: Theme | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateTheme();
  const update = useUpdateTheme(theme?.code ?? '');
  const initial = {
    code: '',
    labelFr: theme?.labelFr ?? '',
    labelEn: theme?.labelEn ?? '',
    description: theme?.description ?? '',
    position: String(theme?.position ?? ''),
  };
  const form = useForm(theme ? `theme-${theme.code}` : 'nouveau-theme', initial);
  const labels = {
    ...(theme ? {} : { code: t('experience.taxonomy.fields.code') }),
    labelFr: t('experience.taxonomy.fields.labelFr'),
    labelEn: t('experience.taxonomy.fields.labelEn'),
    description: t('experience.taxonomy.fields.description'),
    ...(theme ? { position: t('experience.taxonomy.fields.position') } : {}),
  };
  const count = new Intl.NumberFormat(i18n.language).format(theme?.comments ?? 0);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const { code, position, ...values } = form.values;
    let request: Promise<Theme> | null = null;
    if (theme) {
      const body = form.validate(themeUpdateSchema, {
        ...values,
        position: position === '' ? undefined : position,
      });
      if (body) request = update.mutateAsync(body);
    } else {
      const body = form.validate(themeCreateSchema, { ...values, code });
      if (body) request = create.mutateAsync(body);
    }
    request
      ?.then((saved) => {
        if (!theme) form.reset();
        onDone(saved);
      })
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormErrorSummary form={form} labels={labels} />
      <RequiredHint />
      <Stack gap="sm" maw="40rem">
        <Alert color="blue" variant="outline">
          {theme
            ? t('experience.taxonomy.effects.rename', { count: theme.comments, formatted: count })
            : t('experience.taxonomy.effects.add')}
        </Alert>
        {!theme && (
          <TextInput
            {...form.text('code')}
            label={labels.code}
            description={t('experience.taxonomy.fields.codeHint')}
            required
            maxLength={40}
            autoComplete="off"
            spellCheck={false}
          />
        )}
        <TextInput {...form.text('labelFr')} label={labels.labelFr} required maxLength={120} />
        <TextInput
          {...form.text('labelEn')}
          label={labels.labelEn}
          required
          maxLength={120}
          lang="en"
        />
        <Textarea
          {...form.text('description')}
          label={labels.description}
          description={t('experience.taxonomy.fields.descriptionHint')}
          autosize
          minRows={2}
          maxLength={1_000}
        />
        {theme && (
          <NumberInput
            id={form.fieldId('position')}
            name="position"
            label={labels.position}
            description={t('experience.taxonomy.fields.positionHint')}
            value={form.values.position}
            onChange={(value) => form.setValue('position', String(value))}
            error={form.errors.position}
            min={0}
            max={1_000}
            allowDecimal={false}
            maw="12rem"
          />
        )}
        <FormActions
          loading={create.isPending || update.isPending}
          submitLabel={theme ? t('common.save') : t('experience.taxonomy.add')}
          onCancel={() => {
            form.reset();
            onDone(null);
          }}
        />
      </Stack>
    </form>
  );
}
