import type { TFunction } from 'i18next';
import type { Problem } from '../../shared/schemas/common';

export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * An API failure as described by the server's problem+json body. `title`, `detail` and field
 * messages are already in the reader's language (the request carries Accept-Language).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldProblem[];

  constructor(problem: Pick<Problem, 'status' | 'code' | 'title'> & Partial<Problem>) {
    super(problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/**
 * What to show for a failed call: the server's message (with its field messages) when it sent
 * one, a generic one otherwise; null when there is no error.
 */
export function problemMessage(error: unknown, t: TFunction): string | null {
  if (!error) return null;
  if (!isApiError(error)) return t('problems.unexpected', { status: '' });
  return [error.title, ...error.fieldErrors.map((f) => f.message)].join(' ');
}
