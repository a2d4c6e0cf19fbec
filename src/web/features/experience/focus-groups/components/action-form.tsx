import { Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  experienceActionInputSchema,
  type ExperienceAction,
} from '../../../../../shared/schemas/experience';
import { FormActions } from '../../../../components/form-actions';
import { FormErrorSummary } from '../../../../components/form-error-summary';
import { RequiredHint } from '../../../../components/required-hint';
import { useForm } from '../../../../lib/use-form';
import { useAddAction, useUpdateAction } from '../api/findings';

/** Creates an action from a finding, or edits one: what, who, by when. */
export function ActionForm({
  groupId,
  findingId,
  action,
  onDone,
}: {
  groupId: string;
  findingId: string;
  /** The action being edited, or null for a new one. */
  action: ExperienceAction | null;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const add = useAddAction(groupId, findingId);
  const update = useUpdateAction(groupId);
  const form = useForm(`action-${action?.id ?? findingId}`, {
    title: action?.title ?? '',
    owner: action?.owner ?? '',
    dueOn: action?.dueOn ?? '',
  });
  const labels = {
    title: t('experience.focusGroups.actions.fields.title'),
    owner: t('experience.focusGroups.actions.fields.owner'),
    dueOn: t('experience.focusGroups.actions.fields.dueOn'),
  };
  const titleId = form.fieldId('title');

  useEffect(() => {
    document.getElementById(titleId)?.focus();
  }, [titleId]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.validate(experienceActionInputSchema, {
      ...form.values,
      dueOn: form.values.dueOn || null,
    });
    if (!body) return;
    const { title, owner, dueOn } = body;
    const saved = action
      ? update.mutateAsync({ actionId: action.id, title, owner, dueOn })
      : add.mutateAsync({ title, owner, dueOn });
    saved
      .then(() => onDone(true))
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };

  return (
    <Paper withBorder radius="md" p="md" bg="white">
      <Title order={4} size="h5" mb="xs">
        {action
          ? t('experience.focusGroups.actions.editTitle')
          : t('experience.focusGroups.actions.new')}
      </Title>
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} labels={labels} />
        <RequiredHint />
        <Stack gap="sm">
          <TextInput {...form.text('title')} label={labels.title} required maxLength={300} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              {...form.text('owner')}
              label={labels.owner}
              description={t('experience.focusGroups.actions.ownerHint')}
              maxLength={200}
            />
            <TextInput {...form.text('dueOn')} type="date" label={labels.dueOn} />
          </SimpleGrid>
          <FormActions
            loading={add.isPending || update.isPending}
            submitLabel={action ? t('common.save') : t('experience.focusGroups.actions.add')}
            onCancel={() => onDone(false)}
          />
        </Stack>
      </form>
    </Paper>
  );
}
