import { Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Highlight } from '../../../../../shared/schemas/experience';
import { splitHighlights } from '../lib/highlights';
import { MARK_BACKGROUND } from '../lib/sentiments';

interface HighlightedTextProps {
  text: string;
  highlights: readonly Highlight[];
  /** Why the words are highlighted ("thème : Accueil", "sentiment : négatif"). */
  describe: (highlight: Highlight) => string;
}

/**
 * A comment with the words that drove its analysis in <mark>. The reason is in the tooltip and,
 * for screen readers, in a hidden note after the words (a <mark> has no accessible name).
 */
export function HighlightedText({ text, highlights, describe }: HighlightedTextProps) {
  return (
    <Text style={{ whiteSpace: 'pre-line' }}>
      {splitHighlights(text, highlights).map((run, i) => {
        if (!run.highlight) return <Fragment key={i}>{run.text}</Fragment>;
        const why = describe(run.highlight);
        const background =
          MARK_BACKGROUND[run.highlight.sentiment ?? ''] ?? MARK_BACKGROUND.default;
        return (
          <Fragment key={i}>
            <mark
              title={why}
              style={{ background, color: 'inherit', padding: '0 2px', borderRadius: 2 }}
            >
              {run.text}
            </mark>
            <span className="visually-hidden"> ({why})</span>
          </Fragment>
        );
      })}
    </Text>
  );
}

/** What the colours of the highlighted words mean (told in words too, for each mark). */
export function HighlightLegend() {
  const { t } = useTranslation();
  const sample = (background: string | undefined, label: string) => (
    <mark style={{ background, color: 'inherit', padding: '0 4px', borderRadius: 2 }}>{label}</mark>
  );
  return (
    <Text size="sm" c="dimmed">
      {t('experience.dashboard.list.legend')}{' '}
      {sample(MARK_BACKGROUND.default, t('experience.dashboard.list.legendTheme'))}{' '}
      {sample(MARK_BACKGROUND.positif, t('experience.dashboard.list.legendPositive'))}{' '}
      {sample(MARK_BACKGROUND.negatif, t('experience.dashboard.list.legendNegative'))}
    </Text>
  );
}
