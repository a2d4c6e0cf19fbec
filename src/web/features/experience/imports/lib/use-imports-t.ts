import { useTranslation } from 'react-i18next';

/** `t` for one section of the imports' wording (experience.imports.<section>.<key>). */
export function useImportsT(section: 'mapping' | 'progress' | 'report') {
  const { t } = useTranslation();
  return (key: string, options: Record<string, unknown> = {}) =>
    t(`experience.imports.${section}.${key}`, options);
}
