import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperienceModel } from '../../../../../shared/schemas/experience';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { problemMessage } from '../../../../lib/api-error';
import { useReanalyse } from '../api/models';
import { useDates } from '../lib/format';
import { QualityTable } from './quality-table';

/** Below this many held-out comments, the measure is said to be only indicative. */
const FEW_HELD_OUT = 5;

const STATUS_COLOR: Record<ExperienceModel['status'], string> = {
  queued: 'gray',
  training: 'blue',
  ready: 'green',
  failed: 'red',
};

/** One retrain: its state, who asked and when, and the quality before and after. */
export function ModelCard({
  model,
  onNotice,
}: {
  model: ExperienceModel;
  onNotice: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const dates = useDates();
  const reanalyse = useReanalyse();
  const [confirming, setConfirming] = useState(false);
  const report = model.report;
  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id={id}>
            {t('experience.review.model.requested', { date: dates.instant(model.createdAt) })}
          </Title>
          <Group gap={6}>
            <Badge
              variant="light"
              color={STATUS_COLOR[model.status]}
              c="dark.8"
              radius="sm"
              tt="none"
            >
              {t(`experience.review.model.status.${model.status}`)}
            </Badge>
            {model.active && (
              <Badge variant="outline" color="blue.9" c="blue.9" radius="sm" tt="none">
                {t('experience.review.model.active')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {[
            model.createdBy
              ? t('experience.review.model.by', { name: model.createdBy })
              : t('experience.review.model.byDeleted'),
            t('experience.review.model.corrections', { count: model.corrections }),
            model.finishedAt &&
              t('experience.review.model.finished', { date: dates.instant(model.finishedAt) }),
            report &&
              t('experience.review.model.seconds', { count: Math.round(report.trainSeconds) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {(model.status === 'queued' || model.status === 'training') && (
          <Text size="sm">{t(`experience.review.model.running.${model.status}`)}</Text>
        )}
        {model.status === 'failed' && (
          <Alert color="red" variant="outline" title={t('experience.review.model.failedTitle')}>
            <Text size="sm">{t('experience.review.model.failedText')}</Text>
            {model.error && (
              <Text size="xs" mt={4} c="dimmed">
                {t('experience.review.model.failedDetail', { error: model.error })}
              </Text>
            )}
          </Alert>
        )}
        {report && (
          <Stack gap="sm">
            {report.heldOut < FEW_HELD_OUT && (
              <Text size="sm">
                {t('experience.review.model.fewHeldOut', { count: report.heldOut })}
              </Text>
            )}
            {report.heads.map((head) => (
              <QualityTable key={head.head} head={head} heldOut={report.heldOut} />
            ))}
          </Stack>
        )}
        {model.active && (
          <Group>
            <Button
              variant="outline"
              onClick={() => {
                reanalyse.reset();
                setConfirming(true);
              }}
            >
              {t('experience.review.model.reanalyse')}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('experience.review.model.reanalyseTitle')}
        confirmLabel={t('experience.review.model.reanalyse')}
        loading={reanalyse.isPending}
        error={problemMessage(reanalyse.error, t)}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          reanalyse.mutate(model.id, {
            onSuccess: (result) => {
              setConfirming(false);
              onNotice(t('experience.review.model.reanalysed', { count: result.comments }));
            },
          })
        }
      >
        {t('experience.review.model.reanalyseEffect')}
      </ConfirmModal>
    </Paper>
  );
}
