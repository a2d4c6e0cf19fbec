import { describe, expect, it } from 'vitest';
import { parisOffsetMinutes, parisTime } from './paris-time';

describe('parisTime', () => {
  it('turns Paris wall-clock times into instants in winter and in summer', () => {
    expect(parisTime('2021-01-19', '14:30').toISOString()).toBe('2021-01-19T13:30:00.000Z');
    expect(parisTime('2021-06-08', '14:30').toISOString()).toBe('2021-06-08T12:30:00.000Z');
  });

  it('follows the daylight-saving changes', () => {
    expect(parisOffsetMinutes(new Date('2021-03-28T00:30:00Z'))).toBe(60);
    expect(parisOffsetMinutes(new Date('2021-03-28T01:30:00Z'))).toBe(120);
    expect(parisTime('2021-10-31', '12:00').toISOString()).toBe('2021-10-31T11:00:00.000Z');
  });
});
