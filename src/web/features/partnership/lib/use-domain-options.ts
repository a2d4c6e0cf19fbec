import { useTranslation } from 'react-i18next';

/** Options of an optional domain select: "none" first, then the domains. */
export function useDomainOptions(domains: { id: string; name: string }[]) {
  const { t } = useTranslation();
  return [
    { value: '', label: t('partnership.noDomain') },
    ...domains.map((d) => ({ value: d.id, label: d.name })),
  ];
}
