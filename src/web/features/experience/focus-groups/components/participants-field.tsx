import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusGroupLabels } from '../lib/labels';

/** One line of the form: a profile and how many people had it (never a name). */
export interface ParticipantRow {
  key: number;
  profile: string;
  count: string;
  note: string;
}

export const newParticipantRow = (): ParticipantRow => ({
  key: Date.now() + Math.random(),
  profile: 'patient',
  count: '1',
  note: '',
});

interface ParticipantsFieldProps {
  id: string;
  rows: ParticipantRow[];
  onChange: (rows: ParticipantRow[]) => void;
  /** The first problem of the list (shown under the legend). */
  error?: string;
  /** Problems per line and field, keyed "0.count". */
  rowErrors: Record<string, string>;
}

/** Repeatable lines "profile, count, note": who took part, described without names. */
export function ParticipantsField({
  id,
  rows,
  onChange,
  error,
  rowErrors,
}: ParticipantsFieldProps) {
  const { t } = useTranslation();
  const labels = useFocusGroupLabels();
  const previous = useRef(rows.length);

  // A line was added: its first field takes the focus.
  useEffect(() => {
    if (rows.length > previous.current)
      document.getElementById(`${id}-${rows.length - 1}-profile`)?.focus();
    previous.current = rows.length;
  }, [rows.length, id]);

  const update = (index: number, change: Partial<ParticipantRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <Fieldset
      id={id}
      tabIndex={-1}
      legend={t('experience.focusGroups.form.fields.participants')}
      radius="md"
      aria-describedby={`${id}-hint`}
    >
      <Text id={`${id}-hint`} size="sm" c="dimmed" mb="sm">
        {t('experience.focusGroups.form.participantsHint')}
      </Text>
      {/* The lines show their own problems; the list's is for what no line shows. */}
      {error && Object.keys(rowErrors).length === 0 && (
        <Text size="sm" c="red.9" mb="sm">
          {error}
        </Text>
      )}
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('experience.focusGroups.form.participant.none')}
          </Text>
        )}
        {rows.map((row, i) => (
          <div key={row.key} role="group" aria-labelledby={`${id}-${i}-legend`}>
            <VisuallyHidden id={`${id}-${i}-legend`}>
              {t('experience.focusGroups.form.participant.row', { n: i + 1 })}
            </VisuallyHidden>
            <Group align="flex-start" gap="sm" wrap="wrap">
              <NativeSelect
                id={`${id}-${i}-profile`}
                label={t('experience.focusGroups.form.participant.profile')}
                value={row.profile}
                onChange={(event) => update(i, { profile: event.currentTarget.value })}
                data={labels.profileOptions}
                error={rowErrors[`${i}.profile`]}
                w="11rem"
              />
              <TextInput
                id={`${id}-${i}-count`}
                label={t('experience.focusGroups.form.participant.count')}
                type="number"
                inputMode="numeric"
                min={1}
                max={50}
                value={row.count}
                onChange={(event) => update(i, { count: event.currentTarget.value })}
                error={rowErrors[`${i}.count`]}
                w="7rem"
              />
              <TextInput
                id={`${id}-${i}-note`}
                label={t('experience.focusGroups.form.participant.note')}
                placeholder={t('experience.focusGroups.form.participant.notePlaceholder')}
                maxLength={200}
                value={row.note}
                onChange={(event) => update(i, { note: event.currentTarget.value })}
                error={rowErrors[`${i}.note`]}
                style={{ flex: '1 1 14rem' }}
              />
              <Button
                variant="subtle"
                color="red"
                mt={22}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
                aria-label={t('experience.focusGroups.form.participant.remove', { n: i + 1 })}
              >
                {t('common.remove')}
              </Button>
            </Group>
          </div>
        ))}
        <div>
          <Button
            variant="default"
            onClick={() => onChange([...rows, newParticipantRow()])}
            disabled={rows.length >= 20}
          >
            {t('experience.focusGroups.form.participant.add')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
