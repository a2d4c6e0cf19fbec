import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, isMonth } from '../lib/period';

interface PeriodFieldProps {
  id: string;
  label: string;
  /** 'month' (2025-03) on the dashboard, 'date' (2025-03-31) on the comments page. */
  kind: 'month' | 'date';
  value: string;
  /** Called with a complete, valid value, or '' when the field is emptied. */
  onApply: (value: string) => void;
  /** Another check of a complete value (e.g. the order of the period): a message or null. */
  validate?: (value: string) => string | null;
}

/**
 * A native month or date input. Browsers without a picker show a text field, so a value is
 * applied only once complete and valid; what the person typed stays while it is not.
 */
export function PeriodField({ id, label, kind, value, onApply, validate }: PeriodFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // The address changed elsewhere (another field, a link): show its value.
  if (value !== seen) {
    setSeen(value);
    setText(value);
    setError(null);
  }
  const complete = kind === 'month' ? isMonth : isIsoDate;
  const format =
    kind === 'month'
      ? t('experience.dashboard.filters.monthFormat')
      : t('experience.dashboard.filters.dateFormat');
  return (
    <TextInput
      id={id}
      type={kind}
      label={label}
      value={text}
      error={error}
      placeholder={format}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        if (next === '') {
          setError(null);
          onApply('');
        } else if (complete(next)) {
          const problem = validate?.(next) ?? null;
          setError(problem);
          if (!problem) onApply(next);
        }
      }}
      onBlur={() => {
        if (text !== '' && !complete(text))
          setError(t('experience.dashboard.filters.incomplete', { format }));
      }}
    />
  );
}
