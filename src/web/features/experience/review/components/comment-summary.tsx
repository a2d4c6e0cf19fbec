import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentDetail, Highlight } from '../../../../../shared/schemas/experience';
import { DefinitionList } from '../../../../components/definition-list';
import { HighlightedText } from '../../dashboard/components/highlighted-text';
import { isSentiment, SENTIMENT_BADGE } from '../../dashboard/lib/sentiments';
import { useScoreLabel, useSentimentLabel, useThemeLabel } from '../../lib/themes';
import { useDates } from '../lib/format';

/** The comment as received (redacted), where it comes from, and what its analysis says now. */
export function CommentSummary({ comment }: { comment: CommentDetail }) {
  const { t } = useTranslation();
  const scoreLabel = useScoreLabel();
  const id = useId();
  const dates = useDates();
  const themeLabel = useThemeLabel();
  const sentimentLabel = useSentimentLabel();
  const describe = (h: Highlight) => {
    const parts = [
      h.theme && t('experience.review.comment.markTheme', { theme: themeLabel(h.theme) }),
      h.sentiment &&
        t('experience.review.comment.markSentiment', {
          sentiment: sentimentLabel(h.sentiment).toLowerCase(),
        }),
    ].filter(Boolean);
    return parts.join(', ');
  };
  const scores = Object.entries(comment.scores);
  const sentiment = isSentiment(comment.sentiment) ? comment.sentiment : 'aucun';
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Title order={2} size="h3" id={id}>
          {t('experience.review.comment.heading')}
        </Title>
        <DefinitionList
          cols={3}
          items={[
            {
              label: t('experience.review.comment.receivedOn'),
              value: dates.day(comment.receivedOn),
            },
            {
              label: t('experience.review.comment.service'),
              value: comment.service || t('experience.noService'),
            },
            {
              label: t('experience.review.comment.source'),
              value: `${t(`experience.sourceKinds.${comment.source.kind}`)} · ${comment.source.name}`,
            },
            ...(comment.stayType
              ? [{ label: t('experience.review.comment.stayType'), value: comment.stayType }]
              : []),
            ...(comment.helped
              ? [
                  {
                    label: t('experience.review.comment.collection'),
                    value: t('experience.review.comment.helped'),
                  },
                ]
              : []),
          ]}
        />
        {comment.analysed ? (
          <Stack gap={4}>
            <Paper bg="gray.0" p="md" radius="sm">
              <HighlightedText
                text={comment.text}
                highlights={comment.highlights}
                describe={describe}
              />
            </Paper>
            {comment.highlights.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('experience.review.comment.marksHint')}
              </Text>
            )}
          </Stack>
        ) : (
          <Text fs="italic" c="dimmed">
            {t('experience.review.comment.pendingText')}
          </Text>
        )}
        {scores.length > 0 && (
          <Text size="sm">
            {t('experience.review.comment.scores', {
              scores: scores
                .map(([question, value]) => `${scoreLabel(question)} : ${value}`)
                .join(' · '),
            })}
          </Text>
        )}
        {comment.analysed && (
          <Stack gap={6}>
            <Title order={3} size="h4">
              {t('experience.review.comment.analysis')}
            </Title>
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {t('experience.review.comment.sentiment')}
              </Text>
              <Badge
                variant="light"
                color={SENTIMENT_BADGE[sentiment]}
                c="dark.8"
                radius="sm"
                tt="none"
              >
                {sentimentLabel(comment.sentiment)}
              </Badge>
            </Group>
            <Group gap={6} align="center">
              <Text size="sm" fw={600} id={`${id}-themes`}>
                {t('experience.review.comment.themes')}
              </Text>
              {comment.themes.length === 0 ? (
                <Text size="sm">{t('experience.review.comment.noTheme')}</Text>
              ) : (
                <Group
                  gap={6}
                  component="ul"
                  p={0}
                  m={0}
                  style={{ listStyle: 'none' }}
                  aria-labelledby={`${id}-themes`}
                >
                  {comment.themes.map((code) => (
                    <Badge
                      key={code}
                      component="li"
                      variant="outline"
                      color="blue.9"
                      c="blue.9"
                      radius="sm"
                      tt="none"
                    >
                      {themeLabel(code)}
                    </Badge>
                  ))}
                </Group>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {comment.reviewedAt
                ? t('experience.review.comment.reviewedOn', {
                    date: dates.instant(comment.reviewedAt),
                  })
                : t('experience.review.comment.notReviewed')}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
