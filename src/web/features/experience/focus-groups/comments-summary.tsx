import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperienceSentiment } from '../../../../shared/schemas/experience';
import { problemMessage } from '../../../lib/api-error';
import { useLlmStatus, useSummarise } from './api/summary';

interface CommentsSummaryButtonProps {
  establishmentId: string;
  theme?: string;
  sentiment?: ExperienceSentiment;
  /** Days ("2025-03-01") or months ("2025-03", taken from the first / to the last day). */
  from?: string;
  to?: string;
}

const MONTH = /^\d{4}-\d{2}$/;

/** The period as the API wants it: months become their first and last days. */
export function summaryPeriod(from?: string, to?: string) {
  const lastDay = (month: string) => {
    const [year, m] = month.split('-').map(Number) as [number, number];
    return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
  };
  return {
    from: from && MONTH.test(from) ? `${from}-01` : from,
    to: to && MONTH.test(to) ? lastDay(to) : to,
  };
}

/**
 * "Summarise these comments (AI)": asks the optional language model for a summary of the most
 * recent comments of a selection. Shows nothing when no model is configured.
 */
export function CommentsSummaryButton(props: CommentsSummaryButtonProps) {
  const { t } = useTranslation();
  const status = useLlmStatus();
  const summarise = useSummarise();
  const headingId = useId();
  const selection = [
    props.establishmentId,
    props.theme,
    props.sentiment,
    props.from,
    props.to,
  ].join('|');
  const { reset } = summarise;
  // Another selection: the summary of the previous one no longer applies.
  useEffect(() => reset(), [selection, reset]);
  if (!status.data?.enabled) return null;
  const result = summarise.data;
  const run = () =>
    summarise.mutate({
      establishmentId: props.establishmentId,
      theme: props.theme,
      sentiment: props.sentiment,
      ...summaryPeriod(props.from, props.to),
    });
  return (
    <Stack gap="sm">
      <div>
        <Button variant="light" onClick={run} loading={summarise.isPending}>
          {result
            ? t('experience.focusGroups.summary.again')
            : t('experience.focusGroups.summary.button')}
        </Button>
      </div>
      <div aria-live="polite">
        {summarise.isError && (
          <Alert color="red" variant="outline" role="alert">
            {problemMessage(summarise.error, t)}
          </Alert>
        )}
        {result && !summarise.isPending && (
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
            <Title order={2} size="h4" id={headingId} mb="xs">
              {t('experience.focusGroups.summary.title')}
            </Title>
            {result.comments === 0 ? (
              <Text size="sm">{t('experience.focusGroups.summary.none')}</Text>
            ) : (
              <>
                <Alert color="yellow" variant="light" c="dark.8" mb="sm">
                  {t('experience.focusGroups.summary.notice')}
                </Alert>
                <Text style={{ whiteSpace: 'pre-line' }}>{result.summary}</Text>
                <Text size="xs" c="dimmed" mt="sm">
                  {t('experience.focusGroups.summary.basis', {
                    count: result.comments,
                    model: result.model,
                  })}
                </Text>
              </>
            )}
          </Paper>
        )}
      </div>
    </Stack>
  );
}
