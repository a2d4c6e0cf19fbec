import { NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES } from '../../../../shared/enums';
import {
  actionInputSchema,
  type BinomeDetail,
  type PartnershipAction,
} from '../../../../shared/schemas/partnership';
import { FormActions } from '../../../components/form-actions';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { RequiredHint } from '../../../components/required-hint';
import { useForm } from '../../../lib/use-form';
import { useSaveAction } from '../api/binomes';
import { useDomainOptions } from '../lib/use-domain-options';

const emptyAction = { title: '', domainId: '', owner: '', dueOn: '', status: 'a_faire' };
type ActionFormValues = typeof emptyAction;

const fromAction = (a: PartnershipAction): ActionFormValues => ({
  title: a.title,
  domainId: a.domainId ?? '',
  owner: a.owner,
  dueOn: a.dueOn ?? '',
  status: a.status,
});

interface ActionFormProps {
  binome: BinomeDetail;
  /** The action being edited, or null for a new one. */
  action: PartnershipAction | null;
  /** A new action prefilled from a gap. */
  draft: { title: string; domainId: string } | null;
  /** Saved (true) or cancelled (false). */
  onDone: (saved: boolean) => void;
}

/** Creates or edits an action; opened from a gap or "edit", it takes the focus. */
export function ActionForm({ binome: b, action, draft, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const save = useSaveAction(b.id);
  const initial = action ? fromAction(action) : { ...emptyAction, ...draft };
  const form = useForm('action', initial);
  const domains = useDomainOptions(b.domains);
  const keys = Object.keys(emptyAction) as (keyof ActionFormValues)[];
  const labels = Object.fromEntries(
    keys.map((k) => [
      k,
      k === 'domainId' ? t('partnership.domain') : t(`partnership.actions.fields.${k}`),
    ]),
  ) as Record<keyof ActionFormValues, string>;
  const requested = action !== null || draft !== null;
  const titleId = form.fieldId('title');

  useEffect(() => {
    if (!requested) return;
    const input = document.getElementById(titleId);
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  }, [requested, titleId]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const { values } = form;
    const body = form.validate(actionInputSchema, {
      ...values,
      domainId: values.domainId || null,
      dueOn: values.dueOn || null,
    });
    if (!body) return;
    save
      .mutateAsync({ ...body, actionId: action?.id })
      .then(() => {
        form.reset(emptyAction);
        onDone(true);
      })
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };

  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <Title order={3} size="h4" mb="xs">
        {action ? t('partnership.actions.editTitle') : t('partnership.actions.new')}
      </Title>
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} labels={labels} />
        <RequiredHint />
        <Stack gap="sm" maw="44rem">
          <TextInput {...form.text('title')} label={labels.title} required maxLength={300} />
          <NativeSelect {...form.text('domainId')} label={labels.domainId} data={domains} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              {...form.text('owner')}
              label={labels.owner}
              description={t('partnership.actions.ownerHint')}
              maxLength={200}
            />
            <TextInput {...form.text('dueOn')} type="date" label={labels.dueOn} />
            <NativeSelect
              {...form.text('status')}
              label={labels.status}
              data={ACTION_STATUSES.map((s) => ({
                value: s,
                label: t(`partnership.actionStatus.${s}`),
              }))}
            />
          </SimpleGrid>
          <FormActions
            loading={save.isPending}
            submitLabel={action ? t('common.save') : t('partnership.actions.add')}
            onCancel={() => {
              form.reset(emptyAction);
              onDone(false);
            }}
          />
        </Stack>
      </form>
    </Paper>
  );
}
