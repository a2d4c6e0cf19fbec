import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, FocusGroupDetail } from '../../../../../shared/schemas/experience';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { problemMessage } from '../../../../lib/api-error';
import { useSentimentLabel } from '../../lib/themes';
import { useDeleteFinding } from '../api/findings';
import { FindingActions } from './finding-actions';
import { FindingForm } from './finding-form';
import { SentimentBadge, ThemeBadges } from './theme-badges';

/** What the session found, each finding with its themes, its tone and its actions. */
export function FindingsSection({ group: g }: { group: FocusGroupDetail }) {
  const { t } = useTranslation();
  const remove = useDeleteFinding(g.id);
  const [editing, setEditing] = useState<Finding | 'new' | null>(null);
  const [removing, setRemoving] = useState<{ finding: Finding; number: number } | null>(null);
  const [saved, setSaved] = useState(false);
  const done = (ok: boolean) => {
    setEditing(null);
    setSaved(ok);
  };

  return (
    <section aria-labelledby="constats">
      <Title order={2} size="h3" id="constats" mb="xs">
        {t('experience.focusGroups.findings.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md" maw="48rem">
        {t('experience.focusGroups.findings.intro')}
      </Text>
      {g.findingList.length === 0 && editing !== 'new' && (
        <Text c="dimmed" mb="md">
          {t('experience.focusGroups.findings.empty')}
        </Text>
      )}
      <Stack gap="md" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {g.findingList.map((finding, i) => (
          <li key={finding.id}>
            {editing !== 'new' && editing?.id === finding.id ? (
              <FindingForm groupId={g.id} finding={finding} onDone={done} />
            ) : (
              <FindingCard
                group={g}
                finding={finding}
                number={i + 1}
                onEdit={() => {
                  setSaved(false);
                  setEditing(finding);
                }}
                onDelete={() => {
                  remove.reset();
                  setRemoving({ finding, number: i + 1 });
                }}
              />
            )}
          </li>
        ))}
      </Stack>
      {saved && (
        <Alert color="green" variant="light" c="dark.8" role="status" py="xs" mt="sm">
          {t('experience.focusGroups.findings.saved')}
        </Alert>
      )}
      {g.canEdit && (
        <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
          {editing === 'new' ? (
            <FindingForm groupId={g.id} finding={null} onDone={done} />
          ) : (
            <Button
              onClick={() => {
                setSaved(false);
                setEditing('new');
              }}
            >
              {t('experience.focusGroups.findings.add')}
            </Button>
          )}
        </div>
      )}
      <ConfirmModal
        opened={removing !== null}
        title={t('experience.focusGroups.findings.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        error={problemMessage(remove.error, t)}
        onClose={() => setRemoving(null)}
        onConfirm={() =>
          removing && remove.mutate(removing.finding.id, { onSuccess: () => setRemoving(null) })
        }
      >
        {removing && removing.finding.actions.length > 0
          ? t('experience.focusGroups.findings.deleteConfirm', {
              n: removing.number,
              count: removing.finding.actions.length,
            })
          : t('experience.focusGroups.findings.deleteConfirmAlone', { n: removing?.number ?? 0 })}
      </ConfirmModal>
    </section>
  );
}

function FindingCard({
  group: g,
  finding: f,
  number,
  onEdit,
  onDelete,
}: {
  group: FocusGroupDetail;
  finding: Finding;
  number: number;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const sentimentLabel = useSentimentLabel();
  const headingId = `constat-${f.id}`;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" gap="sm" mb="xs">
        <Group gap="xs">
          <Title order={3} size="h5" id={headingId}>
            {t('experience.focusGroups.findings.heading', { n: number })}
          </Title>
          {f.sentiment && (
            <SentimentBadge sentiment={f.sentiment} label={sentimentLabel(f.sentiment)} />
          )}
        </Group>
        {g.canEdit && (
          <Group gap={4}>
            <Button
              size="xs"
              variant="subtle"
              aria-label={t('experience.focusGroups.findings.editLabel', { n: number })}
              onClick={onEdit}
            >
              {t('common.edit')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              aria-label={t('experience.focusGroups.findings.deleteLabel', { n: number })}
              onClick={onDelete}
            >
              {t('common.delete')}
            </Button>
          </Group>
        )}
      </Group>
      <Text style={{ whiteSpace: 'pre-line' }} mb="sm">
        {f.text}
      </Text>
      {f.themes.length > 0 ? (
        <ThemeBadges establishmentId={g.establishmentId} themes={f.themes} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('experience.focusGroups.findings.noTheme')}
        </Text>
      )}
      <Title order={4} size="h6" mt="md" mb="xs">
        {t('experience.focusGroups.actions.title')}
      </Title>
      <FindingActions groupId={g.id} finding={f} number={number} canEdit={g.canEdit} />
    </Paper>
  );
}
