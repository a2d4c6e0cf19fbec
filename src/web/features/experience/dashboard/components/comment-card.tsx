import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Comment, Highlight } from '../../../../../shared/schemas/experience';
import { experiencePaths } from '../../lib/paths';
import { useScoreLabel, useSentimentLabel, useThemeLabel } from '../../lib/themes';
import { formatDay } from '../lib/period';
import { isSentiment, SENTIMENT_BADGE } from '../lib/sentiments';
import { HighlightedText } from './highlighted-text';

/** One comment of the drill-down: when, where, what the analysis found, and its words. */
export function CommentCard({ comment, keep }: { comment: Comment; keep: string }) {
  const { t, i18n } = useTranslation();
  const scoreLabel = useScoreLabel();
  const location = useLocation();
  const themeLabel = useThemeLabel();
  const sentimentLabel = useSentimentLabel();
  const date = formatDay(comment.receivedOn, i18n.language);
  const sentiment = isSentiment(comment.sentiment) ? comment.sentiment : 'aucun';
  const describe = (h: Highlight) => {
    const theme = h.theme ? themeLabel(h.theme) : null;
    const feeling = h.sentiment ? sentimentLabel(h.sentiment).toLowerCase() : null;
    if (theme && feeling)
      return t('experience.dashboard.list.markBoth', { theme, sentiment: feeling });
    if (theme) return t('experience.dashboard.list.markTheme', { theme });
    if (feeling) return t('experience.dashboard.list.markSentiment', { sentiment: feeling });
    return t('experience.dashboard.list.markOther');
  };
  const scores = Object.entries(comment.scores);
  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p="md"
      aria-labelledby={`commentaire-${comment.id}`}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text id={`commentaire-${comment.id}`} size="sm" fw={600}>
            {[date, comment.service || t('experience.noService'), comment.stayType]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Group gap={6}>
            {comment.analysed ? (
              <Badge variant="light" color={SENTIMENT_BADGE[sentiment]} c="dark.8" radius="sm">
                {sentimentLabel(comment.sentiment)}
              </Badge>
            ) : (
              <Badge variant="outline" color="gray" c="gray.8" radius="sm">
                {t('experience.dashboard.list.pending')}
              </Badge>
            )}
            {comment.reviewedAt && (
              <Badge variant="outline" color="green" radius="sm">
                {t('experience.dashboard.list.reviewed')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('experience.dashboard.list.source', {
            kind: t(`experience.sourceKinds.${comment.source.kind}`),
            name: comment.source.name,
          })}
          {comment.helped && ` · ${t('experience.dashboard.list.helped')}`}
        </Text>
        {comment.themes.length > 0 && (
          <Group
            gap={6}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('experience.dashboard.list.themes')}
          >
            {comment.themes.map((code) => (
              <Badge
                key={code}
                component="li"
                variant="outline"
                color="blue.9"
                c="blue.9"
                radius="sm"
              >
                {themeLabel(code)}
              </Badge>
            ))}
          </Group>
        )}
        {comment.analysed ? (
          <HighlightedText
            text={comment.text}
            highlights={comment.highlights}
            describe={describe}
          />
        ) : (
          <Text fs="italic" c="dimmed">
            {t('experience.dashboard.list.pendingText')}
          </Text>
        )}
        {scores.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('experience.dashboard.list.scores', {
              scores: scores
                .map(([question, value]) =>
                  t('experience.dashboard.list.scoreItem', {
                    question: scoreLabel(question),
                    value,
                  }),
                )
                .join(' · '),
            })}
          </Text>
        )}
        <Anchor
          component={Link}
          to={experiencePaths.comment(comment.id) + keep}
          state={{ back: location.pathname + location.search }}
          size="sm"
        >
          {t('experience.dashboard.list.open')}
          <span className="visually-hidden">
            {` ${t('experience.dashboard.list.openOf', { date })}`}
          </span>
        </Anchor>
      </Stack>
    </Paper>
  );
}
