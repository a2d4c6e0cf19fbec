import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_SCORES, type MappingErrors, type MappingValues } from '../lib/mapping-form';
import { useImportsT } from '../lib/use-imports-t';

/** "Retirer", with an accessible name that says what (it starts with the visible word). */
export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="subtle" color="red" aria-label={label} onClick={onClick}>
      {t('common.remove')}
    </Button>
  );
}

const LABEL_MAX = 120;

/** Closed questions: which column holds each score, and the label the dashboard shows. */
export function ScoreFields({
  columns,
  scores,
  errors,
  fieldId,
  onChange,
}: {
  columns: string[];
  scores: MappingValues['scores'];
  errors: MappingErrors;
  fieldId: (name: string) => string;
  onChange: (scores: MappingValues['scores']) => void;
}) {
  const { t } = useTranslation();
  const k = useImportsT('mapping');
  const update = (i: number, change: Partial<MappingValues['scores'][number]>) =>
    onChange(scores.map((s, j) => (j === i ? { ...s, ...change } : s)));
  return (
    <Fieldset legend={k('scoresLegend')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {k('scoresHint')}
        </Text>
        {scores.map((score, i) => (
          <Group key={i} align="flex-end" gap="xs" wrap="wrap">
            <NativeSelect
              id={fieldId(`scores.${i}.column`)}
              label={k('scoreColumn', { n: i + 1 })}
              required
              style={{ flex: '1 1 14rem' }}
              value={score.column}
              error={errors[`scores.${i}.column`]}
              data={[
                { value: '', label: t('common.choose') },
                ...columns.map((c) => ({ value: c, label: c })),
              ]}
              onChange={(e) => {
                const column = e.currentTarget.value;
                // The column's name is a good first label.
                update(i, { column, label: score.label || column.slice(0, LABEL_MAX) });
              }}
            />
            <TextInput
              id={fieldId(`scores.${i}.label`)}
              label={k('scoreLabel', { n: i + 1 })}
              required
              maxLength={LABEL_MAX}
              style={{ flex: '1 1 14rem' }}
              value={score.label}
              error={errors[`scores.${i}.label`]}
              onChange={(e) => update(i, { label: e.currentTarget.value })}
            />
            <RemoveButton
              label={k('removeScore', { n: i + 1 })}
              onClick={() => onChange(scores.filter((_, j) => j !== i))}
            />
          </Group>
        ))}
        {scores.length < MAX_SCORES && (
          <div>
            <Button
              variant="outline"
              size="sm"
              onClick={() => onChange([...scores, { column: '', label: '' }])}
            >
              {k('addScore')}
            </Button>
          </div>
        )}
      </Stack>
    </Fieldset>
  );
}
