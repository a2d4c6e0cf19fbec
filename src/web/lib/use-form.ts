import { useCallback, useState, type ChangeEvent } from 'react';
import type { z } from 'zod';
import { isApiError } from './api-error';
import { fieldErrorsFromZod } from './zod-messages';

type Values = Record<string, unknown>;
type Errors<T> = Partial<Record<keyof T & string, string>>;

/**
 * Minimal form state: values, one error per field, a form-level message and an attempt counter
 * (which makes the error summary take focus again on every failed submit).
 */
export function useForm<T extends Values>(formId: string, initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Errors<T>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const setValue = useCallback(<K extends keyof T>(name: K, value: T[K]) => {
    setValues((old) => ({ ...old, [name]: value }));
  }, []);

  const fieldId = (name: keyof T & string) => `${formId}-${name}`;

  /** Props for a Mantine text-like input bound to `name`. */
  const text = (name: keyof T & string) => ({
    id: fieldId(name),
    name,
    value: String(values[name] ?? ''),
    error: errors[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setValue(name, event.currentTarget.value as T[typeof name]),
  });

  function fail(fieldErrors: Errors<T>, message: string | null = null) {
    setErrors(fieldErrors);
    setFormError(message);
    setAttempt((n) => n + 1);
  }

  /**
   * Validates with a schema (plus checks the schema cannot make, such as a confirmation field);
   * returns the parsed output, or null after showing the errors.
   */
  function validate<S extends z.ZodType>(
    schema: S,
    input: unknown = values,
    extra: Errors<T> = {},
  ): z.output<S> | null {
    const result = schema.safeParse(input);
    const found: Record<string, string> = result.success ? {} : fieldErrorsFromZod(result.error);
    const fieldErrors: Errors<T> = {};
    const unplaced: string[] = [];
    for (const [field, message] of Object.entries(found)) {
      if (field in values) fieldErrors[field as keyof T & string] = message;
      else unplaced.push(message);
    }
    Object.assign(fieldErrors, extra);
    if (result.success && Object.keys(fieldErrors).length === 0) {
      setErrors({});
      setFormError(null);
      return result.data;
    }
    fail(fieldErrors, unplaced.length > 0 ? unplaced.join(' ') : null);
    return null;
  }

  /** Shows a failed API call: field messages on their fields, anything else at the top. */
  function showError(error: unknown, fallback: string) {
    if (!isApiError(error)) return fail({}, fallback);
    const fieldErrors: Errors<T> = {};
    const unplaced: string[] = [];
    for (const item of error.fieldErrors) {
      const field = item.path.split('.')[0] ?? '';
      if (field in values && !(field in fieldErrors)) {
        fieldErrors[field as keyof T & string] = item.message;
      } else unplaced.push(item.message);
    }
    const hasFields = Object.keys(fieldErrors).length > 0;
    fail(
      fieldErrors,
      hasFields && unplaced.length === 0 ? null : [error.title, ...unplaced].join(' '),
    );
  }

  function reset(next: T = initial) {
    setValues(next);
    setErrors({});
    setFormError(null);
  }

  return {
    values,
    setValue,
    setValues,
    errors,
    setErrors,
    formError,
    attempt,
    fieldId,
    text,
    validate,
    showError,
    fail,
    reset,
  };
}

export type FormState<T extends Values> = ReturnType<typeof useForm<T>>;
