import type { ImportMapping, ImportMappingInput } from '../../../../../shared/schemas/experience';

// The mapping step's form: what the selects hold ('' = no column), how it starts from the
// suggested mapping, its checks before sending, and where the server's messages go.

export type DateOrder = ImportMapping['dateFormat'];
export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];
export const OPTIONAL_ROLES = ['service', 'establishment', 'stayType', 'responseId'] as const;
export type OptionalRole = (typeof OPTIONAL_ROLES)[number];
export const MAX_TEXT_COLUMNS = 10;
export const MAX_SCORES = 30;

export interface MappingValues {
  text: string[];
  date: string;
  dateFormat: DateOrder;
  service: string;
  establishment: string;
  stayType: string;
  responseId: string;
  scores: { column: string; label: string }[];
}

/** Error messages by field path ("text.0", "date", "scores.1.label"…). */
export type MappingErrors = Record<string, string>;

export function initialValues(suggested: ImportMapping | null): MappingValues {
  return {
    text: suggested?.text.length ? [...suggested.text] : [''],
    date: suggested?.date ?? '',
    dateFormat: suggested?.dateFormat ?? 'dmy',
    service: suggested?.service ?? '',
    establishment: suggested?.establishment ?? '',
    stayType: suggested?.stayType ?? '',
    responseId: suggested?.responseId ?? '',
    scores: suggested?.scores.map((s) => ({ ...s })) ?? [],
  };
}

/** Checks the form can make before sending (the server checks again, against the file). */
export function validateMapping(
  values: MappingValues,
  messages: { required: string; oneText: string; duplicateLabel: string },
): MappingErrors {
  const errors: MappingErrors = {};
  if (values.text.every((c) => c === '')) errors['text.0'] = messages.oneText;
  if (!values.date) errors.date = messages.required;
  const labels = new Set<string>();
  values.scores.forEach((score, i) => {
    if (!score.column) errors[`scores.${i}.column`] = messages.required;
    const label = score.label.trim().toLowerCase();
    if (!label) errors[`scores.${i}.label`] = messages.required;
    else if (labels.has(label)) errors[`scores.${i}.label`] = messages.duplicateLabel;
    labels.add(label);
  });
  return errors;
}

export function toMapping(values: MappingValues): ImportMappingInput {
  const orNull = (column: string) => column || null;
  return {
    text: [...new Set(values.text.filter((c) => c !== ''))],
    date: values.date,
    dateFormat: values.dateFormat,
    service: orNull(values.service),
    establishment: orNull(values.establishment),
    stayType: orNull(values.stayType),
    responseId: orNull(values.responseId),
    scores: values.scores.map((s) => ({ column: s.column, label: s.label.trim() })),
  };
}

/** The server's field errors ("mapping.text" or "mapping.scores.0.column") on the form's fields. */
export function serverErrors(fieldErrors: { path: string; message: string }[]): {
  errors: MappingErrors;
  unplaced: string[];
} {
  const errors: MappingErrors = {};
  const unplaced: string[] = [];
  for (const { path, message } of fieldErrors) {
    const field = path.replace(/^mapping\./, '');
    const key = field === 'text' ? 'text.0' : field;
    if (path.startsWith('mapping.') && !(key in errors)) errors[key] = message;
    else unplaced.push(message);
  }
  return { errors, unplaced };
}
