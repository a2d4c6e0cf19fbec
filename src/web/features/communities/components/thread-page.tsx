import { Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { postInputSchema, type Thread } from '../../../../shared/schemas/communities';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useForm } from '../../../lib/use-form';
import { useMarkSynthesis, useReply, useThread } from '../api/discussions';
import { Markdown } from './markdown';
import { MentionPicker, withMention } from './mention-picker';

export function ThreadPage() {
  const { slug = '', id = '' } = useParams();
  const thread = useThread(slug, id);
  if (thread.isPending) return <LoadingState />;
  if (thread.isError)
    return <QueryError error={thread.error} onRetry={() => void thread.refetch()} />;
  return <ThreadView slug={slug} thread={thread.data} />;
}

function ThreadView({ slug, thread }: { slug: string; thread: Thread }) {
  const { t, i18n } = useTranslation();
  const mark = useMarkSynthesis(slug, thread.id);
  const byline = (name: string | undefined, date: string) =>
    t('pages.thread.byline', {
      author: name ?? t('pages.discussions.formerMember'),
      date: new Date(date).toLocaleString(i18n.language, { dateStyle: 'long', timeStyle: 'short' }),
    });
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/communautes/${slug}/discussions`} size="sm">
        {t('pages.thread.back')}
      </Anchor>
      <PageHeader
        title={thread.title}
        description={
          thread.subgroup
            ? `${byline(thread.author?.name, thread.createdAt)} · ${t('pages.meetings.subgroup', { name: thread.subgroup.name })}`
            : byline(thread.author?.name, thread.createdAt)
        }
      />
      <Markdown>{thread.body}</Markdown>
      <Stack
        gap="sm"
        component="ol"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('pages.thread.replies')}
      >
        {thread.posts.map((post) => (
          <li key={post.id} id={`reponse-${post.id}`}>
            <Paper
              withBorder
              p="md"
              radius="md"
              style={
                post.isSynthesis
                  ? { borderColor: 'var(--mantine-color-green-7)', borderWidth: 2 }
                  : undefined
              }
            >
              <Group justify="space-between" wrap="wrap" gap="xs" mb="xs">
                <Text size="sm" c="dimmed">
                  {byline(post.author?.name, post.createdAt)}
                </Text>
                {post.isSynthesis && (
                  <Badge color="green" variant="light" c="dark.8">
                    {t('pages.discussions.synthesis')}
                  </Badge>
                )}
              </Group>
              <Markdown>{post.body}</Markdown>
              {thread.canMarkSynthesis && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  mt="xs"
                  loading={mark.isPending && mark.variables === (post.isSynthesis ? null : post.id)}
                  onClick={() => mark.mutate(post.isSynthesis ? null : post.id)}
                >
                  {post.isSynthesis ? t('pages.thread.unmark') : t('pages.thread.mark')}
                </Button>
              )}
            </Paper>
          </li>
        ))}
      </Stack>
      <ReplyForm slug={slug} id={thread.id} />
    </Stack>
  );
}

function ReplyForm({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const reply = useReply(slug, id);
  const form = useForm('reponse', { body: '' });
  const labels = { body: t('pages.thread.reply') };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const body = form.validate(postInputSchema);
        if (!body) return;
        reply
          .mutateAsync(body)
          .then(() => form.reset({ body: '' }))
          .catch((error: unknown) =>
            form.showError(error, t('problems.unexpected', { status: '' })),
          );
      }}
    >
      <FormErrorSummary form={form} labels={labels} />
      <Stack gap="sm" maw="48rem">
        <Textarea
          {...form.text('body')}
          label={labels.body}
          description={t('pages.communityEdit.markdownHint')}
          required
          autosize
          minRows={3}
        />
        <MentionPicker
          slug={slug}
          id="reponse-mention"
          onPick={(token) => form.setValue('body', withMention(form.values.body, token))}
        />
        <Button type="submit" loading={reply.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('pages.thread.send')}
        </Button>
      </Stack>
    </form>
  );
}
