import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../shared/schemas/experience';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { FormErrorSummary } from '../../../../components/form-error-summary';
import { RequiredHint } from '../../../../components/required-hint';
import { isApiError, problemMessage } from '../../../../lib/api-error';
import { useCancelImport, useStartImport } from '../api/imports';
import {
  DATE_ORDERS,
  initialValues,
  MAX_TEXT_COLUMNS,
  OPTIONAL_ROLES,
  serverErrors,
  toMapping,
  validateMapping,
  type MappingErrors,
  type MappingValues,
} from '../lib/mapping-form';
import { PreviewTable } from './preview-table';
import { RemoveButton, ScoreFields } from './score-fields';
import { useImportsT } from '../lib/use-imports-t';

const fieldId = (name: string) => `mapping-${name.replaceAll('.', '-')}`;

/** The mapping step: the file's first rows, one choice per role, then "Lancer l'import". */
export function MappingStep({
  preview,
  onStarted,
  onCancelled,
}: {
  preview: ImportPreview;
  onStarted: () => void;
  onCancelled: () => void;
}) {
  const { t } = useTranslation();
  const start = useStartImport(preview.import.id);
  const cancel = useCancelImport(preview.import.id);
  const [values, setValues] = useState<MappingValues>(() =>
    initialValues(preview.suggestedMapping),
  );
  const [saveMapping, setSaveMapping] = useState(true);
  const [errors, setErrors] = useState<MappingErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const k = useImportsT('mapping');

  const set = <K extends keyof MappingValues>(name: K, value: MappingValues[K]) =>
    setValues((old) => ({ ...old, [name]: value }));
  const fail = (next: MappingErrors, message: string | null = null) => {
    setErrors(next);
    setFormError(message);
    setAttempt((n) => n + 1);
  };

  const columnOptions = (emptyLabel: string) => [
    { value: '', label: emptyLabel },
    ...preview.columns.map((column) => ({ value: column, label: column })),
  ];

  const roleOf = (column: string): string | null => {
    const roles: string[] = [];
    if (values.text.includes(column)) roles.push(k('roles.text'));
    if (values.date === column) roles.push(k('roles.date'));
    for (const role of OPTIONAL_ROLES) if (values[role] === column) roles.push(k(`roles.${role}`));
    const score = values.scores.find((s) => s.column === column);
    if (score) roles.push(k('roles.score', { label: score.label || column }));
    return roles.length > 0 ? roles.join(', ') : null;
  };

  const submit = () => {
    const found = validateMapping(values, {
      required: t('errors:validation.required'),
      oneText: t('errors:experience.mappingText'),
      duplicateLabel: t('errors:experience.duplicateScoreLabel'),
    });
    if (Object.keys(found).length > 0) return fail(found);
    start.mutate(
      { mapping: toMapping(values), saveMapping },
      {
        onSuccess: onStarted,
        onError: (error) => {
          if (!isApiError(error)) return fail({}, t('problems.unexpected', { status: '' }));
          const placed = serverErrors(error.fieldErrors);
          const unplaced = placed.unplaced.length > 0 || error.fieldErrors.length === 0;
          fail(placed.errors, unplaced ? [error.title, ...placed.unplaced].join(' ') : null);
        },
      },
    );
  };

  // Labels of the fields in the form's order, for the error summary.
  const labels: Record<string, string> = {};
  values.text.forEach((_, i) => (labels[`text.${i}`] = k('textColumn', { n: i + 1 })));
  labels.date = k('date');
  values.scores.forEach((_, i) => {
    labels[`scores.${i}.column`] = k('scoreColumn', { n: i + 1 });
    labels[`scores.${i}.label`] = k('scoreLabel', { n: i + 1 });
  });

  return (
    <Stack gap="xl">
      <section aria-labelledby="mapping-apercu">
        <Title order={2} id="mapping-apercu" mb="sm">
          {k('previewTitle')}
        </Title>
        {preview.rows.length === 0 ? (
          <Alert color="yellow" variant="outline" c="dark.8">
            {k('headerOnly')}
          </Alert>
        ) : (
          <PreviewTable columns={preview.columns} rows={preview.rows} roleOf={roleOf} />
        )}
      </section>

      <section aria-labelledby="mapping-colonnes">
        <Title order={2} id="mapping-colonnes" mb="xs">
          {k('title')}
        </Title>
        <RequiredHint />
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="lg" maw="52rem">
            <FormErrorSummary form={{ attempt, formError, errors, fieldId }} labels={labels} />

            <Fieldset legend={k('textLegend')}>
              <Stack gap="sm">
                {values.text.map((column, i) => (
                  <Group key={i} align="flex-end" gap="xs" wrap="nowrap">
                    <NativeSelect
                      id={fieldId(`text.${i}`)}
                      label={k('textColumn', { n: i + 1 })}
                      description={i === 0 ? k('textHint') : undefined}
                      required={i === 0}
                      style={{ flex: 1 }}
                      value={column}
                      error={errors[`text.${i}`]}
                      data={columnOptions(t('common.choose'))}
                      onChange={(e) =>
                        set(
                          'text',
                          values.text.map((c, j) => (j === i ? e.currentTarget.value : c)),
                        )
                      }
                    />
                    {values.text.length > 1 && (
                      <RemoveButton
                        label={k('removeTextColumn', { n: i + 1 })}
                        onClick={() =>
                          set(
                            'text',
                            values.text.filter((_, j) => j !== i),
                          )
                        }
                      />
                    )}
                  </Group>
                ))}
                {values.text.length < MAX_TEXT_COLUMNS && (
                  <div>
                    <Button
                      variant="outline"
                      size="sm"
                      onClick={() => set('text', [...values.text, ''])}
                    >
                      {k('addTextColumn')}
                    </Button>
                  </div>
                )}
              </Stack>
            </Fieldset>

            <Fieldset legend={k('dateLegend')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  id={fieldId('date')}
                  label={k('date')}
                  required
                  value={values.date}
                  error={errors.date}
                  data={columnOptions(t('common.choose'))}
                  onChange={(e) => set('date', e.currentTarget.value)}
                />
                <NativeSelect
                  id={fieldId('dateFormat')}
                  label={k('dateFormat')}
                  description={k('dateFormatHint')}
                  value={values.dateFormat}
                  data={DATE_ORDERS.map((order) => ({
                    value: order,
                    label: k(`dateOrders.${order}`),
                  }))}
                  onChange={(e) =>
                    set('dateFormat', e.currentTarget.value as MappingValues['dateFormat'])
                  }
                />
              </SimpleGrid>
            </Fieldset>

            <Fieldset legend={k('otherLegend')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {OPTIONAL_ROLES.map((role) => (
                  <NativeSelect
                    key={role}
                    id={fieldId(role)}
                    label={k(`optional.${role}`)}
                    description={k(`optional.${role}Hint`)}
                    value={values[role]}
                    error={errors[role]}
                    data={columnOptions(k('noColumn'))}
                    onChange={(e) => set(role, e.currentTarget.value)}
                  />
                ))}
              </SimpleGrid>
            </Fieldset>

            <ScoreFields
              columns={preview.columns}
              scores={values.scores}
              errors={errors}
              fieldId={fieldId}
              onChange={(scores) => set('scores', scores)}
            />

            <Checkbox
              id={fieldId('saveMapping')}
              label={k('saveMapping', { source: preview.import.source.name })}
              checked={saveMapping}
              onChange={(e) => setSaveMapping(e.currentTarget.checked)}
            />

            <Group gap="sm">
              <Button type="submit" loading={start.isPending}>
                {k('start')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(true)}>
                {k('cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </section>

      <ConfirmModal
        opened={confirming}
        title={k('cancelTitle')}
        confirmLabel={k('cancelConfirm')}
        loading={cancel.isPending}
        error={problemMessage(cancel.error, t)}
        onClose={() => setConfirming(false)}
        onConfirm={() => cancel.mutate(undefined, { onSuccess: onCancelled })}
      >
        {k('cancelText', { file: preview.import.fileName })}
      </ConfirmModal>
    </Stack>
  );
}
