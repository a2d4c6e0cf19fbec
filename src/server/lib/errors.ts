// Typed errors thrown by services; the error-handler plugin turns them into problem+json.
// `code` is an i18n key under `problem.` (see src/shared/i18n/errors.fr.ts).

export interface FieldError {
  path: string;
  /** i18n key, e.g. `finess.taken`. */
  key: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(code);
  }
}

export const unauthenticated = () => new AppError(401, 'unauthenticated');
export const forbidden = () => new AppError(403, 'forbidden');
export const notFound = () => new AppError(404, 'notFound');
export const invalidToken = () => new AppError(400, 'invalidToken');
export const conflict = (code = 'conflict', fieldErrors: FieldError[] = []) =>
  new AppError(409, code, {}, fieldErrors);
export const fieldProblem = (path: string, key: string) =>
  new AppError(400, 'validation', {}, [{ path, key }]);
