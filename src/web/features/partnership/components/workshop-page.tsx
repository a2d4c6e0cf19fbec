import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { WorkshopDetail } from '../../../../shared/schemas/partnership';
import { ConfirmModal } from '../../../components/confirm-modal';
import { DefinitionList } from '../../../components/definition-list';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { problemMessage } from '../../../lib/api-error';
import { useMeetingFormat } from '../../communities/components/meeting-list';
import { useDeleteWorkshop, useWorkshop } from '../api/workshops';
import { binomePath, editWorkshopPath, facilitationPath, partnershipPath } from '../lib/paths';
import { BinomeList } from './binome-list';
import { ClosedNotice } from './closed-notice';
import { BinomeRegistration } from './binome-registration';
import { WorkshopStateBadge } from './workshop-state-badge';

/** One workshop: when and where, who takes part; facilitators register the binômes. */
export function WorkshopPage() {
  const { id = '' } = useParams();
  const workshop = useWorkshop(id);
  if (workshop.isPending) return <LoadingState />;
  if (workshop.isError)
    return <QueryError error={workshop.error} onRetry={() => void workshop.refetch()} />;
  return <Workshop workshop={workshop.data} />;
}

function Workshop({ workshop: w }: { workshop: WorkshopDetail }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={partnershipPath} size="sm">
        {t('partnership.backToModule')}
      </Anchor>
      <PageHeader
        title={w.title}
        description={format.line(w)}
        actions={w.canFacilitate && <FacilitatorActions workshop={w} />}
      />
      {w.closedAt && <ClosedNotice facilitator={w.canFacilitate} />}
      {w.myBinomeId && (
        <Paper withBorder radius="md" p="lg" bg="binome.0">
          <Group justify="space-between" gap="md">
            <Text fw={500} maw="36rem">
              {t('partnership.workshop.participantIntro')}
            </Text>
            <Button component={Link} to={binomePath(w.myBinomeId)} size="md">
              {t('partnership.myBinome.open')}
            </Button>
          </Group>
        </Paper>
      )}
      <WorkshopDetails workshop={w} />
      <section aria-labelledby="binomes">
        <Title order={2} size="h3" id="binomes" mb="sm">
          {t('partnership.workshop.binomesTitle', { count: w.binomes.length })}
        </Title>
        <BinomeList workshop={w} />
      </section>
      {w.canFacilitate && !w.closedAt && <BinomeRegistration workshopId={w.id} />}
    </Stack>
  );
}

function WorkshopDetails({ workshop: w }: { workshop: WorkshopDetail }) {
  const { t } = useTranslation();
  const items = [
    { label: t('partnership.workshop.state'), value: <WorkshopStateBadge workshop={w} /> },
    { label: t('partnership.workshopForm.fields.mode'), value: t(`partnership.mode.${w.mode}`) },
    ...(w.place ? [{ label: t('partnership.workshopForm.fields.place'), value: w.place }] : []),
    ...(w.link
      ? [
          {
            label: t('partnership.workshop.visio'),
            value: <Anchor href={w.link}>{t('partnership.workshop.joinVisio')}</Anchor>,
          },
        ]
      : []),
    {
      label: t('partnership.workshopForm.fields.communityIds'),
      value:
        w.communities.length === 0
          ? t('partnership.workshop.noCommunity')
          : w.communities.map((c, i) => (
              <span key={c.id}>
                {i > 0 && ', '}
                <Anchor component={Link} to={`/communautes/${c.slug}`}>
                  {c.title}
                </Anchor>
              </span>
            )),
    },
  ];
  return (
    <Stack gap="md">
      <DefinitionList items={items} />
      {w.description && <Text style={{ whiteSpace: 'pre-line' }}>{w.description}</Text>}
    </Stack>
  );
}

/** Facilitator view, edit and delete. */
function FacilitatorActions({ workshop: w }: { workshop: WorkshopDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteWorkshop(w.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button component={Link} to={facilitationPath(w.id)}>
        {t('partnership.workshop.facilitate')}
      </Button>
      <Button component={Link} to={editWorkshopPath(w.id)} variant="default">
        {t('common.edit')}
      </Button>
      <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
        {t('common.delete')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('partnership.workshop.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        error={problemMessage(remove.error, t)}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(undefined, { onSuccess: () => void navigate(partnershipPath) })
        }
      >
        {t('partnership.workshop.deleteConfirm', { title: w.title })}
      </ConfirmModal>
    </>
  );
}
