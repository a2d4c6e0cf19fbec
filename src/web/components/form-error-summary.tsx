import { Alert, Anchor, List, Text } from '@mantine/core';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface SummaryForm {
  attempt: number;
  formError: string | null;
  errors: Partial<Record<string, string>>;
  fieldId(name: string): string;
}

interface FormErrorSummaryProps {
  form: SummaryForm;
  /** Visible label of each field, in the order of the form. */
  labels: Record<string, string>;
}

/**
 * Error summary shown at the top of a form after a failed submit: it takes focus, is announced
 * (role="alert") and links to each field in error (GOV.UK / DSFR pattern).
 */
export function FormErrorSummary({ form, labels }: FormErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const items = Object.keys(labels)
    .filter((name) => form.errors[name])
    .map((name) => ({
      name,
      id: form.fieldId(name),
      label: labels[name],
      message: form.errors[name],
    }));
  const visible = items.length > 0 || Boolean(form.formError);

  useEffect(() => {
    if (form.attempt > 0) ref.current?.focus();
  }, [form.attempt]);

  if (!visible) return null;

  const goTo = (id: string) => (event: MouseEvent) => {
    event.preventDefault();
    const field = document.getElementById(id);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  };

  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      role="alert"
      color="red"
      variant="outline"
      title={items.length > 0 ? t('form.summaryTitle', { count: items.length }) : t('form.failed')}
      mb="lg"
      styles={{ title: { fontSize: 'var(--mantine-font-size-md)' } }}
    >
      {form.formError && (
        <Text size="sm" mb={items.length ? 'xs' : 0}>
          {form.formError}
        </Text>
      )}
      {items.length > 0 && (
        <List size="sm" spacing={4}>
          {items.map((item) => (
            <List.Item key={item.name}>
              <Anchor href={`#${item.id}`} onClick={goTo(item.id)} c="red.9" underline="always">
                {item.label} : {item.message}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
