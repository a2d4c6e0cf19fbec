import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Facilitation, WorkshopDetail } from '../../../../shared/schemas/partnership';
import { ConfirmModal } from '../../../components/confirm-modal';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { problemMessage } from '../../../lib/api-error';
import {
  FACILITATION_REFRESH_MS,
  useFacilitation,
  useWorkshop,
  useWorkshopStep,
} from '../api/workshops';
import { workshopPath } from '../lib/paths';
import { ClosedNotice } from './closed-notice';
import { GroupedExpectations } from './grouped-expectations';
import { ProgressTable } from './progress-table';

/** The live view of a workshop: who handed in what, the reveal, then the grouped expectations. */
export function FacilitationPage() {
  const { id = '' } = useParams();
  const workshop = useWorkshop(id);
  const facilitation = useFacilitation(id);
  if (workshop.isPending || facilitation.isPending) return <LoadingState />;
  if (workshop.isError)
    return <QueryError error={workshop.error} onRetry={() => void workshop.refetch()} />;
  if (facilitation.isError)
    return <QueryError error={facilitation.error} onRetry={() => void facilitation.refetch()} />;
  return (
    <Facilitator
      workshop={workshop.data}
      facilitation={facilitation.data}
      updatedAt={facilitation.dataUpdatedAt}
    />
  );
}

function Facilitator({
  workshop: w,
  facilitation: f,
  updatedAt,
}: {
  workshop: WorkshopDetail;
  facilitation: Facilitation;
  updatedAt: number;
}) {
  const { t, i18n } = useTranslation();
  const time = new Date(updatedAt).toLocaleTimeString(i18n.language);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={workshopPath(w.id)} size="sm">
        {t('partnership.workshop.back')}
      </Anchor>
      <PageHeader
        title={t('partnership.facilitation.title', { title: w.title })}
        documentTitle={t('partnership.facilitation.documentTitle')}
        description={t('partnership.facilitation.description')}
        actions={<WorkshopSteps workshop={w} closed={f.closedAt !== null} />}
      />
      {f.closedAt && <ClosedNotice facilitator />}
      <Text size="sm" c="dimmed">
        {t('partnership.facilitation.refresh', {
          seconds: FACILITATION_REFRESH_MS / 1000,
          time,
        })}
      </Text>
      <section aria-labelledby="avancement">
        <Title order={2} size="h3" id="avancement" mb="sm">
          {t('partnership.facilitation.progressTitle')}
        </Title>
        <ProgressTable facilitation={f} />
      </section>
      <section aria-labelledby="attentes-regroupees">
        <Title order={2} size="h3" id="attentes-regroupees" mb="sm">
          {t('partnership.facilitation.expectationsTitle')}
        </Title>
        {f.revealedAt ? (
          <GroupedExpectations expectations={f.expectations} />
        ) : (
          <Text>{t('partnership.facilitation.notRevealed')}</Text>
        )}
      </section>
    </Stack>
  );
}

/** Reveal (once, confirmed), close or reopen the workshop. */
function WorkshopSteps({ workshop: w, closed }: { workshop: WorkshopDetail; closed: boolean }) {
  const { t } = useTranslation();
  const step = useWorkshopStep(w.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm">
        {!w.revealedAt && !closed && (
          <Button
            onClick={() => {
              step.reset();
              setConfirming(true);
            }}
          >
            {t('partnership.facilitation.reveal')}
          </Button>
        )}
        {closed ? (
          <Button variant="default" loading={step.isPending} onClick={() => step.mutate('reopen')}>
            {t('partnership.facilitation.reopen')}
          </Button>
        ) : (
          <Button variant="default" loading={step.isPending} onClick={() => step.mutate('close')}>
            {t('partnership.facilitation.close')}
          </Button>
        )}
      </Group>
      {!confirming && step.isError && (
        <Alert color="red" variant="outline" role="alert">
          {problemMessage(step.error, t)}
        </Alert>
      )}
      <ConfirmModal
        opened={confirming}
        title={t('partnership.facilitation.revealTitle')}
        confirmLabel={t('partnership.facilitation.revealConfirmLabel')}
        loading={step.isPending}
        error={problemMessage(step.error, t)}
        onClose={() => setConfirming(false)}
        onConfirm={() => step.mutate('reveal', { onSuccess: () => setConfirming(false) })}
      >
        {t('partnership.facilitation.revealConfirm')}
      </ConfirmModal>
    </Stack>
  );
}
