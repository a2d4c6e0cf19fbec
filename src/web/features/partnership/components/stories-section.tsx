import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  storyInputSchema,
  type BinomeDetail,
  type Story,
} from '../../../../shared/schemas/partnership';
import { FormActions } from '../../../components/form-actions';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { RequiredHint } from '../../../components/required-hint';
import { useForm } from '../../../lib/use-form';
import { useAddStory, useDeleteStory } from '../api/binomes';
import { RemovalModal, useRemoval } from './removal-modal';
import { useDomainOptions } from '../lib/use-domain-options';

/** Plus-values: short stories of what the partnership changed, told by the binôme. */
export function StoriesSection({ binome: b }: { binome: BinomeDetail }) {
  const { t, i18n } = useTranslation();
  const remove = useDeleteStory(b.id);
  const removal = useRemoval<Story>(remove);
  const domainName = (id: string | null) => b.domains.find((d) => d.id === id)?.name;
  return (
    <section aria-labelledby="plus-values">
      <Title order={2} size="h3" id="plus-values" mb="xs">
        {t('partnership.stories.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" maw="48rem">
        {t('partnership.stories.intro')}
      </Text>
      <Stack gap="md">
        {b.stories.length === 0 ? (
          <Text c="dimmed">{t('partnership.stories.empty')}</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {b.stories.map((s) => (
              <Paper component="li" key={s.id} withBorder radius="md" p="md">
                <Group justify="space-between" align="flex-start" gap="sm">
                  <Title order={3} size="h4">
                    {s.title}
                  </Title>
                  {!b.readOnly && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('partnership.stories.deleteLabel', { title: s.title })}
                      onClick={() => removal.ask(s)}
                    >
                      {t('common.delete')}
                    </Button>
                  )}
                </Group>
                <Text size="sm" c="dimmed" mb={4}>
                  {[
                    domainName(s.domainId),
                    s.authorName ?? t('partnership.formerMember'),
                    new Date(s.createdAt).toLocaleDateString(i18n.language, { dateStyle: 'long' }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Text style={{ whiteSpace: 'pre-line' }}>{s.story}</Text>
              </Paper>
            ))}
          </Stack>
        )}
        {!b.readOnly && <StoryForm binome={b} />}
      </Stack>
      <RemovalModal
        {...removal.modalProps}
        title={t('partnership.stories.deleteTitle')}
        message={(title) => t('partnership.stories.deleteConfirm', { title })}
      />
    </section>
  );
}

const emptyStory = { title: '', story: '', domainId: '' };

function StoryForm({ binome: b }: { binome: BinomeDetail }) {
  const { t } = useTranslation();
  const add = useAddStory(b.id);
  const form = useForm('plus-value', emptyStory);
  const [saved, setSaved] = useState(false);
  const domains = useDomainOptions(b.domains);
  const labels = {
    title: t('partnership.stories.fields.title'),
    story: t('partnership.stories.fields.story'),
    domainId: t('partnership.domain'),
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = form.validate(storyInputSchema, {
      ...form.values,
      domainId: form.values.domainId || null,
    });
    if (!body) return;
    add
      .mutateAsync(body)
      .then(() => {
        form.reset();
        setSaved(true);
      })
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <Title order={3} size="h4" mb="xs">
        {t('partnership.stories.new')}
      </Title>
      {saved && (
        <Alert color="green" variant="light" role="status" mb="sm">
          {t('partnership.stories.saved')}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} labels={labels} />
        <RequiredHint />
        <Stack gap="sm" maw="44rem">
          <TextInput {...form.text('title')} label={labels.title} required maxLength={200} />
          <Textarea
            {...form.text('story')}
            label={labels.story}
            description={t('partnership.stories.storyHint')}
            required
            autosize
            minRows={3}
            maxLength={5_000}
          />
          <NativeSelect {...form.text('domainId')} label={labels.domainId} data={domains} />
          <FormActions
            loading={add.isPending}
            submitLabel={t('partnership.stories.add')}
            onCancel={() => form.reset()}
          />
        </Stack>
      </form>
    </Paper>
  );
}
