import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../../lib/enum-options';
import { formatMonth } from './period';

/** Numbers, shares and months in the reader's language ("1 234", "32 %", "+4 pts"). */
export function useFormatters() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const enumLabel = useEnumLabel();
  const integer = new Intl.NumberFormat(language);
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(language, { signDisplay: 'exceptZero' });
  const signedDecimal = new Intl.NumberFormat(language, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const signedPercent = new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  return {
    count: (value: number) => integer.format(value),
    decimal: (value: number) => decimal.format(value),
    share: (value: number) => percent.format(value),
    /** "+4 pts" / "−2 pts" / "stable". */
    points: (value: number) =>
      value === 0
        ? t('experience.dashboard.pointsSame')
        : t('experience.dashboard.points', { value: signed.format(value), count: Math.abs(value) }),
    change: (value: number) => signedPercent.format(value),
    signedDecimal: (value: number) => signedDecimal.format(value),
    /** The API names regions by their code (enums.region.<code>). */
    region: (code: string) => enumLabel('region', code),
    month: (month: string, style: 'long' | 'short' = 'long') => formatMonth(month, language, style),
    period: (from: string, to: string) =>
      from === to
        ? formatMonth(from, language)
        : t('experience.dashboard.periodRange', {
            from: formatMonth(from, language),
            to: formatMonth(to, language),
          }),
  };
}
