import { Anchor, Button, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { FocusGroupDetail } from '../../../../shared/schemas/experience';
import { ConfirmModal } from '../../../components/confirm-modal';
import { DefinitionList } from '../../../components/definition-list';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { problemMessage } from '../../../lib/api-error';
import { ExperienceNav } from '../components/experience-nav';
import { ESTABLISHMENT_PARAM, experiencePaths } from '../lib/paths';
import { useDeleteFocusGroup, useFocusGroup } from './api/focus-groups';
import { FindingsSection } from './components/findings-section';
import { useFocusGroupLabels } from './lib/labels';

/** One session: when, which pathway, who facilitated, who took part (profiles), its findings. */
export function FocusGroupPage() {
  const { id = '' } = useParams();
  const group = useFocusGroup(id);
  if (group.isPending) return <LoadingState />;
  if (group.isError) return <QueryError error={group.error} onRetry={() => void group.refetch()} />;
  return <FocusGroup group={group.data} />;
}

const listOf = (g: FocusGroupDetail) =>
  `${experiencePaths.focusGroups}?${ESTABLISHMENT_PARAM}=${g.establishmentId}`;

function FocusGroup({ group: g }: { group: FocusGroupDetail }) {
  const { t } = useTranslation();
  const labels = useFocusGroupLabels();
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={listOf(g)} size="sm">
        {t('experience.focusGroups.back')}
      </Anchor>
      <PageHeader
        title={g.title}
        description={`${labels.day(g.heldOn)} · ${labels.pathway(g.pathway)} · ${g.establishmentName}`}
        actions={g.canEdit && <EditorActions group={g} />}
      />
      <ExperienceNav />
      <Details group={g} />
      <section aria-labelledby="participants">
        <Title order={2} size="h3" id="participants" mb="xs">
          {t('experience.focusGroups.detail.participantsTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('experience.focusGroups.detail.anonymous')}
        </Text>
        {g.participantProfiles.length === 0 ? (
          <Text c="dimmed">{t('experience.focusGroups.detail.participantsNone')}</Text>
        ) : (
          <List spacing={4}>
            {g.participantProfiles.map((p, i) => (
              <List.Item key={i}>
                {labels.profileCount(p)}
                {p.note && ` — ${p.note}`}
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <section aria-labelledby="notes">
        <Title order={2} size="h3" id="notes" mb="xs">
          {t('experience.focusGroups.detail.notesTitle')}
        </Title>
        {g.notes ? (
          <Text style={{ whiteSpace: 'pre-line' }} maw="48rem">
            {g.notes}
          </Text>
        ) : (
          <Text c="dimmed">{t('experience.focusGroups.detail.notesNone')}</Text>
        )}
      </section>
      <FindingsSection group={g} />
    </Stack>
  );
}

function Details({ group: g }: { group: FocusGroupDetail }) {
  const { t } = useTranslation();
  const labels = useFocusGroupLabels();
  const field = (key: string) => t(`experience.focusGroups.form.fields.${key}`);
  const notChosen = t('experience.focusGroups.detail.notChosen');
  return (
    <DefinitionList
      cols={3}
      items={[
        { label: field('heldOn'), value: labels.day(g.heldOn) },
        { label: field('pathway'), value: labels.pathway(g.pathway) },
        { label: field('establishmentId'), value: g.establishmentName },
        {
          label: field('professionalFacilitatorId'),
          value: g.professionalFacilitator?.name ?? notChosen,
        },
        {
          label: field('representativeFacilitatorId'),
          value: g.representativeFacilitator?.name ?? notChosen,
        },
        {
          label: t('experience.focusGroups.detail.participantsCount'),
          value: t('experience.focusGroups.detail.participantsTotal', { count: g.participants }),
        },
      ]}
    />
  );
}

/** Edit and delete, for the establishment's quality managers and the session's facilitators. */
function EditorActions({ group: g }: { group: FocusGroupDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteFocusGroup(g.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button component={Link} to={experiencePaths.editFocusGroup(g.id)} variant="default">
        {t('common.edit')}
      </Button>
      <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
        {t('common.delete')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('experience.focusGroups.detail.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        error={problemMessage(remove.error, t)}
        onClose={() => setConfirming(false)}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate(listOf(g)) })}
      >
        {t('experience.focusGroups.detail.deleteConfirm', { title: g.title })}
      </ConfirmModal>
    </>
  );
}
