import { useTranslation } from 'react-i18next';
import { formatDay } from '../../dashboard/lib/period';

/** Dates of the review pages in the reader's language ("14 mars 2025", "14/03/2025 15:42"). */
export function useDates() {
  const { i18n } = useTranslation();
  const instant = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  });
  return {
    day: (date: string) => formatDay(date, i18n.language),
    instant: (iso: string) => instant.format(new Date(iso)),
  };
}
