// Password rules after the CNIL recommendation for password-only authentication: at least 12
// characters mixing three character classes, or a long passphrase (16+ characters) without that
// constraint, plus a short list of passwords too common to accept.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSPHRASE_LENGTH = 16;

const TOO_COMMON = new Set([
  'motdepasse123',
  'motdepasse1234',
  'azertyuiop123',
  'password1234',
  '123456789012',
  'qwertyuiop123',
  'binomebinome',
  'administrateur',
]);

export type PasswordProblem = 'tooShort' | 'tooLong' | 'tooSimple' | 'tooCommon';

/** Returns the first rule the password breaks, or null. */
export function checkPassword(password: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3 && password.length < PASSPHRASE_LENGTH) return 'tooSimple';
  if (TOO_COMMON.has(password.toLowerCase())) return 'tooCommon';
  return null;
}
