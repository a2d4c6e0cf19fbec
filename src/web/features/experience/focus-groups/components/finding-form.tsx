import { Checkbox, NativeSelect, Paper, SimpleGrid, Stack, Textarea, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXPERIENCE_SENTIMENTS,
  findingInputSchema,
  type Finding,
} from '../../../../../shared/schemas/experience';
import { FormActions } from '../../../../components/form-actions';
import { FormErrorSummary } from '../../../../components/form-error-summary';
import { RequiredHint } from '../../../../components/required-hint';
import { useForm } from '../../../../lib/use-form';
import { useSentimentLabel, useThemeLabel, useThemes } from '../../lib/themes';
import { useSaveFinding } from '../api/findings';

const emptyFinding = { text: '', themes: [] as string[], sentiment: '' };

/** Records or edits a finding: what was said, its themes in the taxonomy, its tone. */
export function FindingForm({
  groupId,
  finding,
  onDone,
}: {
  groupId: string;
  /** The finding being edited, or null for a new one. */
  finding: Finding | null;
  /** Saved (true) or cancelled (false). */
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveFinding(groupId);
  const themes = useThemes();
  const themeLabel = useThemeLabel();
  const sentimentLabel = useSentimentLabel();
  const form = useForm(
    finding ? `constat-${finding.id}` : 'constat',
    finding
      ? { text: finding.text, themes: finding.themes, sentiment: finding.sentiment ?? '' }
      : emptyFinding,
  );
  const labels = {
    text: t('experience.focusGroups.findings.fields.text'),
    themes: t('experience.focusGroups.findings.fields.themes'),
    sentiment: t('experience.focusGroups.findings.fields.sentiment'),
  };
  const textId = form.fieldId('text');

  useEffect(() => {
    document.getElementById(textId)?.focus();
  }, [textId]);

  // Live themes, plus those the finding already carries (a retired one may stay).
  const offered = (themes.data ?? [])
    .filter((th) => (!th.retiredAt && !th.mergedInto) || finding?.themes.includes(th.code))
    .map((th) => th.code);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.validate(findingInputSchema, {
      ...form.values,
      sentiment: form.values.sentiment || null,
    });
    if (!body) return;
    save
      .mutateAsync({ ...body, findingId: finding?.id })
      .then(() => onDone(true))
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };

  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <Title order={3} size="h4" mb="xs">
        {finding
          ? t('experience.focusGroups.findings.editTitle')
          : t('experience.focusGroups.findings.new')}
      </Title>
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} labels={labels} />
        <RequiredHint />
        <Stack gap="sm">
          <Textarea
            {...form.text('text')}
            label={labels.text}
            description={t('experience.focusGroups.findings.textHint')}
            required
            autosize
            minRows={3}
            maxLength={2_000}
          />
          <Checkbox.Group
            id={form.fieldId('themes')}
            label={labels.themes}
            description={t('experience.focusGroups.findings.themesHint')}
            value={form.values.themes}
            onChange={(codes) => form.setValue('themes', codes)}
            error={form.errors.themes}
          >
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" mt="xs">
              {offered.map((code) => (
                <Checkbox key={code} value={code} label={themeLabel(code)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <NativeSelect
            {...form.text('sentiment')}
            label={labels.sentiment}
            maw="20rem"
            data={[
              { value: '', label: t('experience.focusGroups.findings.noSentiment') },
              ...EXPERIENCE_SENTIMENTS.map((s) => ({ value: s, label: sentimentLabel(s) })),
            ]}
          />
          <FormActions
            loading={save.isPending}
            submitLabel={finding ? t('common.save') : t('experience.focusGroups.findings.add')}
            onCancel={() => onDone(false)}
          />
        </Stack>
      </form>
    </Paper>
  );
}
