import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../../shared/schemas/experience';
import { api } from '../../../lib/api-client';

export const themesKey = ['experience', 'themes'] as const;

/** The taxonomy (retired themes included: old comments still carry them). */
export function useThemes() {
  return useQuery({
    queryKey: themesKey,
    queryFn: ({ signal }) => api<Theme[]>('/api/experience/themes', { signal }),
    staleTime: 60_000,
  });
}

/** Label of a theme code in the reader's language ("(retiré)" added for retired themes). */
export function useThemeLabel() {
  const { t, i18n } = useTranslation();
  const themes = useThemes();
  const byCode = new Map((themes.data ?? []).map((theme) => [theme.code, theme]));
  return (code: string) => {
    const theme = byCode.get(code);
    if (!theme) return code;
    const label = i18n.language === 'en' ? theme.labelEn : theme.labelFr;
    return theme.retiredAt ? t('experience.retiredTheme', { label }) : label;
  };
}

/** Label of a sentiment code ('aucun' when the analysis gave none). */
export function useSentimentLabel() {
  const { t } = useTranslation();
  return (sentiment: string | null) => t(`experience.sentiments.${sentiment ?? 'aucun'}`);
}

/**
 * Label of a closed-question score: imported columns keep the label chosen at import, kiosk
 * answers (`kiosk.<question>`) get the question in words.
 */
export function useScoreLabel() {
  const { t } = useTranslation();
  return (question: string) =>
    question.startsWith('kiosk.')
      ? t(`experience.kioskScores.${question.slice('kiosk.'.length)}`, { defaultValue: question })
      : question;
}
