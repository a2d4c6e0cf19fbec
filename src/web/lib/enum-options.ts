import { useTranslation } from 'react-i18next';

export type EnumKind = 'sector' | 'roleCategory' | 'platformRole' | 'establishmentRole' | 'region';

/** Options {value, label} of a shared enum, labels from `enums.<kind>.<code>`. */
export function useEnumOptions(kind: EnumKind, codes: readonly string[]) {
  const { t } = useTranslation();
  return codes.map((code) => ({ value: code, label: t(`enums.${kind}.${code}`) }));
}

/** Label of one code, or an em dash when empty. */
export function useEnumLabel() {
  const { t } = useTranslation();
  return (kind: EnumKind, code: string | null | undefined) =>
    code ? t(`enums.${kind}.${code}`) : t('common.none');
}
