import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModelsOverview } from '../../../../../shared/schemas/experience';
import { problemMessage } from '../../../../lib/api-error';
import { ESTABLISHMENT_PARAM, experiencePaths } from '../../lib/paths';
import { useRetrain } from '../api/models';

/** What retraining does, in plain words, and the button that asks for it. */
export function RetrainPanel({
  establishmentId,
  overview,
  onNotice,
}: {
  establishmentId: string;
  overview: ModelsOverview;
  onNotice: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const retrain = useRetrain(establishmentId);
  const count = new Intl.NumberFormat(i18n.language).format(overview.corrections);
  const running = overview.models.some((m) => m.status === 'queued' || m.status === 'training');
  const tooFew = overview.corrections < overview.minCorrections;
  const reason = running
    ? t('experience.review.model.whyRunning')
    : tooFew
      ? t('experience.review.model.whyTooFew', {
          min: overview.minCorrections,
          count: overview.corrections,
        })
      : null;
  const reviewedHref = `${experiencePaths.comments}?${new URLSearchParams({
    [ESTABLISHMENT_PARAM]: establishmentId,
    relu: 'non',
  }).toString()}`;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {t('experience.review.model.how')}
        </Title>
        <Text maw="48rem">{t('experience.review.model.howIntro')}</Text>
        <List spacing={4} maw="48rem">
          <List.Item>{t('experience.review.model.howLearn')}</List.Item>
          <List.Item>{t('experience.review.model.howMeasure')}</List.Item>
          <List.Item>{t('experience.review.model.howUse')}</List.Item>
        </List>
        <Text fw={600} size="lg">
          {t('experience.review.model.reviewed', { count: overview.corrections, formatted: count })}
        </Text>
        <Anchor component={Link} to={reviewedHref} size="sm">
          {t('experience.review.model.toReview')}
        </Anchor>
        {retrain.isError && (
          <Alert color="red" variant="outline" role="alert">
            {problemMessage(retrain.error, t)}
          </Alert>
        )}
        <Group gap="md" align="center">
          <Button
            disabled={reason !== null}
            loading={retrain.isPending}
            aria-describedby={reason ? `${id}-raison` : undefined}
            onClick={() =>
              retrain.mutate(undefined, {
                onSuccess: () => onNotice(t('experience.review.model.queued')),
              })
            }
          >
            {t('experience.review.model.retrain')}
          </Button>
          {reason && (
            <Text size="sm" id={`${id}-raison`}>
              {reason}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
