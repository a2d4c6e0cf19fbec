import { describe, expect, it } from 'vitest';
import { checkFiness, finessCheckDigit, luhnIsValid, normaliseFiness } from './finess';

describe('FINESS numbers', () => {
  it('accepts numbers whose Luhn key matches', () => {
    expect(checkFiness('750712184')).toBeNull(); // AP-HP, a published FINESS number
    expect(checkFiness('440000289')).toBeNull();
    expect(checkFiness(' 44 000 028 9 ')).toBeNull();
  });

  it('spots a wrong check digit and a wrong format', () => {
    expect(checkFiness('440000288')).toBe('checksum');
    expect(checkFiness('750712185')).toBe('checksum');
    expect(checkFiness('44000028')).toBe('format');
    expect(checkFiness('4400002890')).toBe('format');
    expect(checkFiness('4A0000289')).toBe('format');
    expect(checkFiness('')).toBe('format');
  });

  it('handles Corsica (2A/2B) by computing the key on 20', () => {
    const key = finessCheckDigit('2A000001');
    expect(checkFiness(`2A000001${key}`)).toBeNull();
    expect(checkFiness(`2b000001${key}`)).toBeNull();
    expect(checkFiness(`2A000001${(Number(key) + 1) % 10}`)).toBe('checksum');
  });

  it('computes Luhn keys that validate, for every prefix tried', () => {
    for (const prefix of ['01000000', '44123456', '97100001', '99999999']) {
      expect(luhnIsValid(`${prefix}${finessCheckDigit(prefix)}`)).toBe(true);
    }
    expect(luhnIsValid('79927398713')).toBe(true); // the textbook Luhn example
    expect(luhnIsValid('79927398710')).toBe(false);
    expect(normaliseFiness('2a-000.001')).toBe('2A000001');
  });
});
