import { useTranslation } from 'react-i18next';

/** Numbers, sizes and dates in the reader's language. */
export function useImportFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const number = new Intl.NumberFormat(language);
  const megabytes = new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  });
  const kilobytes = new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  });
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    number: (value: number) => number.format(value),
    bytes: (value: number) =>
      value >= 1024 * 1024
        ? megabytes.format(value / 1024 / 1024)
        : kilobytes.format(Math.max(1, value / 1024)),
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
  };
}
