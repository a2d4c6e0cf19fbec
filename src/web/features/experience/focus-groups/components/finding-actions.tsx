import { Alert, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperienceAction, Finding } from '../../../../../shared/schemas/experience';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { problemMessage } from '../../../../lib/api-error';
import { useDeleteAction, useUpdateAction } from '../api/findings';
import { useFocusGroupLabels } from '../lib/labels';
import { ActionForm } from './action-form';

/** The actions decided from a finding; editors move their status on and create new ones. */
export function FindingActions({
  groupId,
  finding,
  number,
  canEdit,
}: {
  groupId: string;
  finding: Finding;
  /** The finding's number on the page (for the buttons' accessible names). */
  number: number;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const labels = useFocusGroupLabels();
  const update = useUpdateAction(groupId);
  const remove = useDeleteAction(groupId);
  const [editing, setEditing] = useState<ExperienceAction | 'new' | null>(null);
  const [removing, setRemoving] = useState<ExperienceAction | null>(null);
  const [saved, setSaved] = useState(false);
  const failure = problemMessage(update.error, t);

  return (
    <Stack gap="xs">
      {finding.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('experience.focusGroups.actions.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table withTableBorder bg="white" verticalSpacing="xs">
            <Table.Caption>
              {t('experience.focusGroups.actions.caption', { n: number })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('experience.focusGroups.actions.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('experience.focusGroups.actions.fields.owner')}</Table.Th>
                <Table.Th scope="col">{t('experience.focusGroups.actions.fields.dueOn')}</Table.Th>
                <Table.Th scope="col">{t('experience.focusGroups.actions.fields.status')}</Table.Th>
                {canEdit && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {finding.actions.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={500}>
                    {a.title}
                  </Table.Th>
                  <Table.Td>{a.owner || t('common.none')}</Table.Td>
                  <Table.Td>{a.dueOn ? labels.day(a.dueOn, 'medium') : t('common.none')}</Table.Td>
                  <Table.Td>
                    {canEdit ? (
                      <NativeSelect
                        size="xs"
                        aria-label={t('experience.focusGroups.actions.statusLabel', {
                          title: a.title,
                        })}
                        value={a.status}
                        data={labels.statusOptions}
                        disabled={update.isPending}
                        onChange={(event) =>
                          update.mutate({
                            actionId: a.id,
                            status: event.currentTarget.value as ExperienceAction['status'],
                          })
                        }
                      />
                    ) : (
                      labels.status(a.status)
                    )}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-label={t('experience.focusGroups.actions.editLabel', {
                            title: a.title,
                          })}
                          onClick={() => {
                            setSaved(false);
                            setEditing(a);
                          }}
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          aria-label={t('experience.focusGroups.actions.deleteLabel', {
                            title: a.title,
                          })}
                          onClick={() => {
                            remove.reset();
                            setRemoving(a);
                          }}
                        >
                          {t('common.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {failure && (
        <Alert color="red" variant="outline" role="alert">
          {failure}
        </Alert>
      )}
      {saved && (
        <Alert color="green" variant="light" c="dark.8" role="status" py="xs">
          {t('experience.focusGroups.actions.saved')}
        </Alert>
      )}
      {canEdit &&
        (editing ? (
          <ActionForm
            key={editing === 'new' ? 'new' : editing.id}
            groupId={groupId}
            findingId={finding.id}
            action={editing === 'new' ? null : editing}
            onDone={(done) => {
              setEditing(null);
              setSaved(done);
            }}
          />
        ) : (
          <div>
            <Button
              variant="light"
              size="sm"
              aria-label={t('experience.focusGroups.actions.createFor', { n: number })}
              onClick={() => {
                setSaved(false);
                setEditing('new');
              }}
            >
              {t('experience.focusGroups.actions.create')}
            </Button>
          </div>
        ))}
      <ConfirmModal
        opened={removing !== null}
        title={t('experience.focusGroups.actions.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        error={problemMessage(remove.error, t)}
        onClose={() => setRemoving(null)}
        onConfirm={() =>
          removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })
        }
      >
        {t('experience.focusGroups.actions.deleteConfirm', { title: removing?.title ?? '' })}
      </ConfirmModal>
    </Stack>
  );
}
