import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { threadInputSchema } from '../../../../shared/schemas/communities';
import { EmptyState } from '../../../components/empty-state';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { QueryError } from '../../../components/query-error';
import { useForm } from '../../../lib/use-form';
import { useCreateThread, useThreads } from '../api/discussions';
import { MentionPicker, withMention } from './mention-picker';
import { SubgroupSelect } from './subgroup-select';
import { FormActions } from '../../../components/form-actions';

const PAGE_SIZE = 20;

/** The community's shared questions, newest activity first, and a form to ask one. */
export function DiscussionsPage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const subgroup = params.get('sous-groupe') ?? '';
  const threads = useThreads(slug, page, PAGE_SIZE, subgroup || undefined);
  const show = (next: { page?: number; subgroup?: string }) => {
    const search = new URLSearchParams();
    const chosen = next.subgroup ?? subgroup;
    if (chosen) search.set('sous-groupe', chosen);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };
  const [asking, setAsking] = useState(false);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/communautes/${slug}`} size="sm">
        {t('pages.discussions.back')}
      </Anchor>
      <PageHeader
        title={t('pages.discussions.title')}
        description={t('pages.discussions.description')}
        actions={
          !asking && <Button onClick={() => setAsking(true)}>{t('pages.discussions.ask')}</Button>
        }
      />
      {asking && (
        <NewThreadForm slug={slug} subgroup={subgroup} onCancel={() => setAsking(false)} />
      )}
      <SubgroupSelect
        slug={slug}
        id="filtre-sous-groupe"
        label={t('pages.discussions.subgroupFilter')}
        noneLabel={t('pages.discussions.allSubgroups')}
        value={subgroup}
        onChange={(event) => show({ subgroup: event.currentTarget.value })}
        maw="20rem"
      />
      {threads.isPending ? (
        <LoadingState />
      ) : threads.isError ? (
        <QueryError error={threads.error} onRetry={() => void threads.refetch()} />
      ) : threads.data.items.length === 0 ? (
        <EmptyState title={t('pages.discussions.emptyTitle')}>
          {t('pages.discussions.empty')}
        </EmptyState>
      ) : (
        <>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {threads.data.items.map((thread) => (
              <li key={thread.id}>
                <Paper withBorder p="md" radius="md">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Title order={2} size="h5">
                      <Anchor component={Link} to={`/communautes/${slug}/discussions/${thread.id}`}>
                        {thread.title}
                      </Anchor>
                    </Title>
                    {thread.subgroup && (
                      <Badge variant="outline" color="blue.9" c="blue.9">
                        {thread.subgroup.name}
                      </Badge>
                    )}
                    {thread.hasSynthesis && (
                      <Badge color="green" variant="light" c="dark.8">
                        {t('pages.discussions.synthesis')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {t('pages.discussions.meta', {
                      author: thread.author?.name ?? t('pages.discussions.formerMember'),
                      count: thread.replyCount,
                      date: new Date(thread.lastActivityAt).toLocaleDateString(i18n.language, {
                        dateStyle: 'long',
                      }),
                    })}
                  </Text>
                </Paper>
              </li>
            ))}
          </Stack>
          <Pagination
            page={threads.data.page}
            pageSize={threads.data.pageSize}
            total={threads.data.total}
            onChange={(p) => show({ page: p })}
          />
        </>
      )}
    </Stack>
  );
}

function NewThreadForm({
  slug,
  subgroup,
  onCancel,
}: {
  slug: string;
  /** The sub-group the list shows, proposed for the new question. */
  subgroup: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateThread(slug);
  const form = useForm('question', { title: '', body: '', subgroupId: subgroup });
  const labels = {
    title: t('pages.discussions.questionTitle'),
    body: t('pages.discussions.questionBody'),
    subgroupId: t('pages.meetingForm.fields.subgroupId'),
  };
  return (
    <Paper withBorder p="md" radius="md">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const body = form.validate(threadInputSchema, {
            ...form.values,
            subgroupId: form.values.subgroupId || null,
          });
          if (!body) return;
          create
            .mutateAsync(body)
            .then((thread) => navigate(`/communautes/${slug}/discussions/${thread.id}`))
            .catch((error: unknown) =>
              form.showError(error, t('problems.unexpected', { status: '' })),
            );
        }}
      >
        <FormErrorSummary form={form} labels={labels} />
        <Stack gap="sm">
          <TextInput
            {...form.text('title')}
            label={labels.title}
            required
            maxLength={200}
            data-autofocus
          />
          <Textarea {...form.text('body')} label={labels.body} required autosize minRows={4} />
          <SubgroupSelect
            slug={slug}
            {...form.text('subgroupId')}
            label={labels.subgroupId}
            description={t('pages.discussions.subgroupHint')}
            noneLabel={t('pages.meetingForm.wholeCommunity')}
          />
          <MentionPicker
            slug={slug}
            id="question-mention"
            onPick={(token) => form.setValue('body', withMention(form.values.body, token))}
          />
          <FormActions
            loading={create.isPending}
            submitLabel={t('pages.discussions.publish')}
            onCancel={onCancel}
          />
        </Stack>
      </form>
    </Paper>
  );
}
