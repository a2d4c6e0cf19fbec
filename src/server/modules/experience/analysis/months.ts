// Months as 'YYYY-MM' strings (they sort like the months they name).

const indexOf = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

export const addMonths = (month: string, count: number) => monthAt(indexOf(month) + count);

/** Months from `from` to `to`, both included (1 when they are equal). */
export const monthCount = (from: string, to: string) => indexOf(to) - indexOf(from) + 1;

export const monthsBetween = (from: string, to: string) =>
  Array.from({ length: Math.max(0, monthCount(from, to)) }, (_, i) => addMonths(from, i));

/** The month of an instant in France (a comment received on 31 March at 23:30 is March's). */
export function monthOf(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}
