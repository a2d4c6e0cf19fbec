import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ListField<T> {
  key: keyof T & string;
  label: string;
  required?: boolean;
  maxLength?: number;
  /** A select instead of a text input. */
  options?: { value: string; label: string }[];
}

interface ListEditorProps<T extends Record<string, string>> {
  id: string;
  legend: string;
  /** Name of one row, numbered: "Pilote 1". */
  itemLabel: string;
  fields: ListField<T>[];
  rows: T[];
  empty: T;
  error?: string;
  onChange: (rows: T[]) => void;
}

/**
 * Edits a short ordered list of records (pilots, contributors, deliverables…): one fieldset per
 * row, with native buttons to add, move up and remove, so it works with the keyboard alone.
 */
export function ListEditor<T extends Record<string, string>>({
  id,
  legend,
  itemLabel,
  fields,
  rows,
  empty,
  error,
  onChange,
}: ListEditorProps<T>) {
  const { t } = useTranslation();
  const set = (index: number, key: keyof T, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  const move = (index: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    if (row) next.splice(index - 1, 0, row);
    onChange(next);
  };
  return (
    <Fieldset
      legend={legend}
      id={id}
      tabIndex={-1}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <Stack gap="sm">
        {error && (
          <Text id={`${id}-error`} c="red.8" size="sm">
            {error}
          </Text>
        )}
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('pages.communityEdit.emptyList')}
          </Text>
        )}
        {rows.map((row, index) => {
          const name = `${itemLabel} ${index + 1}`;
          return (
            <Fieldset key={index} legend={name} variant="filled">
              <Group align="flex-end" gap="sm" wrap="wrap">
                {fields.map((field) => {
                  const props = {
                    id: `${id}-${index}-${field.key}`,
                    label: field.label,
                    required: field.required,
                    value: row[field.key] ?? '',
                    style: { flex: '1 1 12rem' },
                  };
                  return field.options ? (
                    <NativeSelect
                      key={field.key}
                      {...props}
                      data={field.options}
                      onChange={(e) => set(index, field.key, e.currentTarget.value)}
                    />
                  ) : (
                    <TextInput
                      key={field.key}
                      {...props}
                      maxLength={field.maxLength}
                      onChange={(e) => set(index, field.key, e.currentTarget.value)}
                    />
                  );
                })}
                <Group gap={4}>
                  {index > 0 && (
                    <Button variant="subtle" size="compact-sm" onClick={() => move(index)}>
                      {t('pages.communityEdit.moveUp')}
                      <span className="visually-hidden">{` – ${name}`}</span>
                    </Button>
                  )}
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    {t('pages.communityEdit.remove')}
                    <span className="visually-hidden">{` – ${name}`}</span>
                  </Button>
                </Group>
              </Group>
            </Fieldset>
          );
        })}
        <Button
          variant="outline"
          size="sm"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => onChange([...rows, { ...empty }])}
        >
          {t('pages.communityEdit.add', { item: itemLabel.toLowerCase() })}
        </Button>
      </Stack>
    </Fieldset>
  );
}
