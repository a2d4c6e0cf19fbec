// FINESS numbers (Fichier national des établissements sanitaires et sociaux): 9 characters,
// two for the département (01-95, 2A, 2B, or 97/98 for overseas), six for the order number and a
// final Luhn check digit. For Corsica the letters are replaced by "0" before computing the key
// (2A → 20, 2B → 20), as the FINESS nomenclature does.

export type FinessProblem = 'format' | 'checksum';

const FINESS_PATTERN = /^(?:\d{2}|2[AB])\d{7}$/;

export function normaliseFiness(input: string): string {
  return input.replace(/[\s.-]/g, '').toUpperCase();
}

export function luhnIsValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Returns null when the number is valid, or what is wrong with it. */
export function checkFiness(input: string): FinessProblem | null {
  const value = normaliseFiness(input);
  if (!FINESS_PATTERN.test(value)) return 'format';
  const digits = value.replace(/^2[AB]/, '20');
  return luhnIsValid(digits) ? null : 'checksum';
}

/** Computes the check digit for an 8-character prefix (used by the demo data and tests). */
export function finessCheckDigit(prefix: string): string {
  const digits = prefix.toUpperCase().replace(/^2[AB]/, '20');
  for (let key = 0; key <= 9; key += 1) {
    if (luhnIsValid(`${digits}${key}`)) return String(key);
  }
  throw new Error('unreachable: one Luhn key always exists');
}
