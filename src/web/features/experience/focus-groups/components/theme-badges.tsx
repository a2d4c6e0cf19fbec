import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useThemeLabel } from '../../lib/themes';
import { ESTABLISHMENT_PARAM, experiencePaths } from '../../lib/paths';

/** The comments of the establishment on a theme (the drill-down's address). */
export const themeCommentsHref = (establishmentId: string, theme: string) =>
  `${experiencePaths.comments}?${new URLSearchParams({ [ESTABLISHMENT_PARAM]: establishmentId, theme }).toString()}`;

/** A finding's themes, each a link to the establishment's comments on that theme. */
export function ThemeBadges({
  establishmentId,
  themes,
}: {
  establishmentId: string;
  themes: string[];
}) {
  const { t } = useTranslation();
  const themeLabel = useThemeLabel();
  if (themes.length === 0) return null;
  return (
    <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {themes.map((code) => {
        const label = themeLabel(code);
        return (
          <li key={code}>
            <Badge
              component={Link}
              to={themeCommentsHref(establishmentId, code)}
              aria-label={t('experience.focusGroups.findings.themeLink', { theme: label })}
              variant="light"
              color="blue"
              c="dark.8"
              radius="sm"
              tt="none"
              style={{ cursor: 'pointer' }}
            >
              {label}
            </Badge>
          </li>
        );
      })}
    </Group>
  );
}

const SENTIMENT_COLORS: Record<string, string> = {
  positif: 'green',
  negatif: 'red',
  mixte: 'yellow',
  neutre: 'gray',
};

/** The tone of a finding, when recorded. */
export function SentimentBadge({ sentiment, label }: { sentiment: string; label: string }) {
  return (
    <Badge
      variant="light"
      color={SENTIMENT_COLORS[sentiment] ?? 'gray'}
      c="dark.8"
      radius="sm"
      tt="none"
    >
      {label}
    </Badge>
  );
}
