import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from './ics';
import { parseIcs } from './parse-ics.testing';

describe('iCalendar output', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n'))
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });

  it('writes events that parse back with their times, place and link', () => {
    const text = buildCalendar('Communauté, test', [
      {
        uid: 'abc@binome',
        title: 'Réunion; plénière',
        start: new Date('2021-06-08T12:30:00Z'),
        end: new Date('2021-06-08T14:00:00Z'),
        description: 'Ordre du jour :\n- bilan',
        location: 'Salle 2, bâtiment B',
        url: 'https://visio.example.org/x',
        updatedAt: new Date('2021-05-01T08:00:00Z'),
      },
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toContain('X-WR-CALNAME:Communauté\\, test');
    const { events } = parseIcs(text);
    expect(events).toEqual([
      {
        UID: 'abc@binome',
        DTSTAMP: '20210501T080000Z',
        DTSTART: '20210608T123000Z',
        DTEND: '20210608T140000Z',
        SUMMARY: 'Réunion\\; plénière',
        DESCRIPTION: 'Ordre du jour :\\n- bilan',
        LOCATION: 'Salle 2\\, bâtiment B',
        URL: 'https://visio.example.org/x',
      },
    ]);
  });
});
