import { Anchor, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-error';
import { useSentimentLabel, useThemeLabel } from '../lib/themes';
import { experiencePaths } from '../lib/paths';
import { useThemeFindings } from './api/findings';
import { useFocusGroupLabels } from './lib/labels';
import { SentimentBadge } from './components/theme-badges';

/**
 * What the establishment's focus groups found on a theme, to show beside its comments (the
 * dashboard, the drill-down). For the establishment's readers only: the API refuses others.
 */
export function FindingsAside({
  establishmentId,
  theme,
  order = 2,
}: {
  establishmentId: string;
  theme?: string;
  /** Level of the aside's heading in the page. */
  order?: 2 | 3;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const themeLabel = useThemeLabel();
  const sentimentLabel = useSentimentLabel();
  const labels = useFocusGroupLabels();
  const findings = useThemeFindings(establishmentId, theme);
  return (
    <Paper component="aside" aria-labelledby={headingId} withBorder radius="md" p="md" bg="gray.0">
      <Title order={order} size="h4" id={headingId} mb="xs">
        {theme
          ? t('experience.focusGroups.aside.titleTheme', { theme: themeLabel(theme) })
          : t('experience.focusGroups.aside.title')}
      </Title>
      {findings.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : findings.isError ? (
        <QueryError error={findings.error} onRetry={() => void findings.refetch()} />
      ) : findings.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {theme
            ? t('experience.focusGroups.aside.emptyTheme')
            : t('experience.focusGroups.aside.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {findings.data.map((f) => (
            <li key={f.id}>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {f.text}
              </Text>
              <Text size="xs" c="dimmed" mt={2}>
                <Anchor component={Link} to={experiencePaths.focusGroup(f.focusGroupId)} size="xs">
                  {f.focusGroupTitle}
                </Anchor>
                {` · ${labels.day(f.heldOn, 'medium')}`}
              </Text>
              {f.sentiment && (
                <SentimentBadge sentiment={f.sentiment} label={sentimentLabel(f.sentiment)} />
              )}
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
