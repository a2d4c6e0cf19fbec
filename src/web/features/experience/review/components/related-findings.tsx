import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommentDetail } from '../../../../../shared/schemas/experience';
import { experiencePaths } from '../../lib/paths';
import { useThemeLabel } from '../../lib/themes';

/** What the establishment's focus groups found on the same themes, beside the comment. */
export function RelatedFindings({
  findings,
  keep,
}: {
  findings: CommentDetail['findings'];
  /** The establishment's query part, kept when opening a focus group. */
  keep: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const themeLabel = useThemeLabel();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {t('experience.review.findings.title')}
      </Title>
      {findings.length === 0 ? (
        <Text c="dimmed">{t('experience.review.findings.empty')}</Text>
      ) : (
        <List spacing="md" listStyleType="none" p={0}>
          {findings.map((finding) => (
            <List.Item key={finding.id}>
              <Stack gap={2}>
                <Text>{finding.text}</Text>
                <Text size="sm" c="dimmed">
                  {finding.themes.map(themeLabel).join(', ')}
                </Text>
                <Anchor
                  component={Link}
                  to={experiencePaths.focusGroup(finding.focusGroupId) + keep}
                  size="sm"
                >
                  {t('experience.review.findings.open', { title: finding.focusGroupTitle })}
                </Anchor>
              </Stack>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
