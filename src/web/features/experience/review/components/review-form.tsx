import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXPERIENCE_SENTIMENTS,
  reviewInputSchema,
  type CommentDetail,
} from '../../../../../shared/schemas/experience';
import { FormErrorSummary } from '../../../../components/form-error-summary';
import { LoadingState } from '../../../../components/loading-state';
import { QueryError } from '../../../../components/query-error';
import { useForm } from '../../../../lib/use-form';
import { useSentimentLabel, useThemeLabel, useThemes } from '../../lib/themes';
import { useReviewComment } from '../api/comment';

/**
 * Corrects (or confirms) the themes and the sentiment of an analysed comment. Only themes in
 * service are offered; a retired theme the comment carries is said to go away on saving.
 */
export function ReviewForm({ comment }: { comment: CommentDetail }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const themes = useThemes();
  const themeLabel = useThemeLabel();
  const sentimentLabel = useSentimentLabel();
  const save = useReviewComment(String(comment.id));
  const [saved, setSaved] = useState(false);
  const live = (themes.data ?? []).filter((theme) => theme.retiredAt === null);
  const liveCodes = new Set(live.map((theme) => theme.code));
  const form = useForm('relecture', {
    themes: comment.themes.filter((code) => themes.data === undefined || liveCodes.has(code)),
    sentiment: comment.sentiment ?? '',
  });
  const dropped = comment.themes.filter((code) => themes.data && !liveCodes.has(code));
  const labels = {
    themes: t('experience.review.form.themes'),
    sentiment: t('experience.review.form.sentiment'),
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = form.validate(reviewInputSchema, {
      themes: form.values.themes.filter((code) => liveCodes.has(code)),
      sentiment: form.values.sentiment || undefined,
    });
    if (!body) return;
    save
      .mutateAsync(body)
      .then(() => setSaved(true))
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('experience.review.form.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md" maw="48rem">
        {t('experience.review.form.intro')}
      </Text>
      {themes.isPending ? (
        <LoadingState />
      ) : themes.isError ? (
        <QueryError error={themes.error} onRetry={() => void themes.refetch()} />
      ) : (
        <form onSubmit={submit} noValidate>
          <FormErrorSummary form={form} labels={labels} />
          <Stack gap="lg">
            {dropped.length > 0 && (
              <Alert color="blue" variant="outline">
                {t('experience.review.form.retiredThemes', {
                  themes: dropped.map((code) => `« ${themeLabel(code)} »`).join(', '),
                  count: dropped.length,
                })}
              </Alert>
            )}
            <Checkbox.Group
              label={labels.themes}
              description={t('experience.review.form.themesHint')}
              value={form.values.themes}
              onChange={(value) => form.setValue('themes', value)}
              error={form.errors.themes}
            >
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" mt="xs">
                {live.map((theme, index) => (
                  <Checkbox
                    key={theme.code}
                    id={
                      index === 0
                        ? form.fieldId('themes')
                        : `${form.fieldId('themes')}-${theme.code}`
                    }
                    value={theme.code}
                    label={i18n.language === 'en' ? theme.labelEn : theme.labelFr}
                    description={theme.description || undefined}
                  />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <Radio.Group
              name="relecture-sentiment"
              label={labels.sentiment}
              description={t('experience.review.form.sentimentHint')}
              value={form.values.sentiment}
              onChange={(value) => form.setValue('sentiment', value)}
              error={form.errors.sentiment}
              required
            >
              <Group gap="lg" mt="xs">
                {EXPERIENCE_SENTIMENTS.map((sentiment, index) => (
                  <Radio
                    key={sentiment}
                    id={
                      index === 0
                        ? form.fieldId('sentiment')
                        : `${form.fieldId('sentiment')}-${sentiment}`
                    }
                    value={sentiment}
                    label={sentimentLabel(sentiment)}
                  />
                ))}
              </Group>
            </Radio.Group>
            {saved && (
              <Alert color="green" variant="light" role="status">
                {t('experience.review.form.saved')}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('experience.review.form.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
