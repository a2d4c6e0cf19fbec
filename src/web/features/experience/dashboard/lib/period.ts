// Months ("2025-03") and dates ("2025-03-31") of the dashboard's period and of the drill-down.

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const isMonth = (value: string | null | undefined): value is string =>
  typeof value === 'string' && MONTH.test(value);

/** A real calendar date in ISO form (2025-02-30 is not one). */
export function isIsoDate(value: string | null | undefined): value is string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return d <= daysInMonth(y, m);
}

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

const parts = (month: string) => month.split('-').map(Number) as [number, number];

/** The longest period the dashboard API accepts, in months. */
export const MAX_PERIOD_MONTHS = 60;

/** Months from `from` to `to`, both included (2025-01 to 2025-12: 12). */
export function monthSpan(from: string, to: string) {
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** Why a period of months cannot be asked for, or null. */
export function periodProblem(from: string, to: string): 'order' | 'tooLong' | null {
  if (from > to) return 'order';
  return monthSpan(from, to) > MAX_PERIOD_MONTHS ? 'tooLong' : null;
}

export const firstDay = (month: string) => `${month}-01`;

export function lastDay(month: string) {
  const [y, m] = parts(month);
  return `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** The dates covering whole months: first day of `from` to last day of `to`. */
export const monthsToDates = (from: string, to: string) => ({
  from: firstDay(from),
  to: lastDay(to),
});

/** Midnight UTC of the month's first day (format it with timeZone 'UTC'). */
export function monthDate(month: string) {
  const [y, m] = parts(month);
  return new Date(Date.UTC(y, m - 1, 1));
}

/** "mars 2025" / "March 2025". */
export function formatMonth(month: string, language: string, style: 'long' | 'short' = 'long') {
  return new Intl.DateTimeFormat(language, {
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(monthDate(month));
}

/** "12 mars 2025" from an ISO date, without any time-zone shift. */
export function formatDay(date: string, language: string) {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
