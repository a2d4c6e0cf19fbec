import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../../../shared/schemas/experience';
import { useThemeLabel } from '../../lib/themes';
import { type SentimentKey } from '../lib/sentiments';
import { useFormatters } from '../lib/use-formatters';
import type { Drill } from '../lib/comment-params';

const TOP = 3;

/** The three themes with the most positive and with the most negative comments. */
export function TopThemes({ data, drill }: { data: Dashboard; drill: Drill | null }) {
  const { t } = useTranslation();
  if (data.topPositive.length === 0 && data.topNegative.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <TopList
        title={t('experience.dashboard.top.positive')}
        codes={data.topPositive}
        sentiment="positif"
        countText={(count, formatted) =>
          t('experience.dashboard.top.positiveCount', { count, formatted })
        }
        data={data}
        drill={drill}
      />
      <TopList
        title={t('experience.dashboard.top.negative')}
        codes={data.topNegative}
        sentiment="negatif"
        countText={(count, formatted) =>
          t('experience.dashboard.top.negativeCount', { count, formatted })
        }
        data={data}
        drill={drill}
      />
    </SimpleGrid>
  );
}

function TopList({
  title,
  codes,
  sentiment,
  countText,
  data,
  drill,
}: {
  title: string;
  codes: string[];
  sentiment: SentimentKey;
  countText: (count: number, formatted: string) => string;
  data: Dashboard;
  drill: Drill | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const f = useFormatters();
  const themeLabel = useThemeLabel();
  const themes = codes.slice(0, TOP).map((code) => {
    const theme = data.themes.find((th) => th.code === code);
    const count = theme?.bySentiment[sentiment] ?? 0;
    return { code, count, share: theme && theme.comments > 0 ? count / theme.comments : null };
  });
  return (
    <Paper component="section" aria-labelledby={id} withBorder radius="md" p="md">
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {themes.length === 0 ? (
        <Text c="dimmed">{t('experience.dashboard.top.none')}</Text>
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {themes.map((theme, rank) => (
            <Paper component="li" key={theme.code} withBorder radius="sm" p="sm" bg="gray.0">
              <Text fw={600}>
                {`${rank + 1}. `}
                {drill ? (
                  <Anchor component={Link} to={drill({ theme: theme.code, sentiment })}>
                    {themeLabel(theme.code)}
                  </Anchor>
                ) : (
                  themeLabel(theme.code)
                )}
              </Text>
              <Text size="sm" c="dimmed">
                {countText(theme.count, f.count(theme.count))}
                {theme.share === null
                  ? ''
                  : ` ${t('experience.dashboard.top.ofTheme', { share: f.share(theme.share) })}`}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
