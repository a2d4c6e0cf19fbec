import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  subgroupInputSchema,
  type CommunityPage,
  type Subgroup,
} from '../../../../shared/schemas/communities';
import { ConfirmModal } from '../../../components/confirm-modal';
import { EmptyState } from '../../../components/empty-state';
import { FormActions } from '../../../components/form-actions';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { RequiredHint } from '../../../components/required-hint';
import { problemMessage } from '../../../lib/api-error';
import { useForm } from '../../../lib/use-form';
import { useCommunityMembers } from '../api/membership';
import {
  useDeleteSubgroup,
  useSaveSubgroup,
  useSubgroupMember,
  useSubgroups,
} from '../api/subgroups';
import { Markdown } from './markdown';
import { CommunityRoute } from './community-route';

/** Sub-groups of a community: everyone who may open it reads them, its pilots run them. */
export function SubgroupsPage() {
  return <CommunityRoute>{(community) => <Subgroups community={community} />}</CommunityRoute>;
}

function Subgroups({ community: c }: { community: CommunityPage }) {
  const { t } = useTranslation();
  const subgroups = useSubgroups(c.slug);
  const [creating, setCreating] = useState(false);
  const canEdit = c.viewer.canEdit;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/communautes/${c.slug}`} size="sm">
        {t('pages.community.backTo', { title: c.title })}
      </Anchor>
      <PageHeader
        title={t('pages.subgroups.title', { title: c.title })}
        documentTitle={t('pages.subgroups.documentTitle')}
        description={t('pages.subgroups.description')}
        actions={
          canEdit &&
          !creating && (
            <Button onClick={() => setCreating(true)}>{t('pages.subgroups.create')}</Button>
          )
        }
      />
      {creating && (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('pages.subgroups.create')}
          </Title>
          <SubgroupForm slug={c.slug} onDone={() => setCreating(false)} />
        </Paper>
      )}
      {subgroups.isPending ? (
        <LoadingState />
      ) : subgroups.isError ? (
        <QueryError error={subgroups.error} onRetry={() => void subgroups.refetch()} />
      ) : subgroups.data.length === 0 ? (
        <EmptyState title={t('pages.subgroups.emptyTitle')}>
          {canEdit ? t('pages.subgroups.emptyPilot') : t('pages.subgroups.empty')}
        </EmptyState>
      ) : (
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {subgroups.data.map((s) => (
            <li key={s.id}>
              <SubgroupCard slug={c.slug} subgroup={s} canEdit={canEdit} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function SubgroupCard({
  slug,
  subgroup: s,
  canEdit,
}: {
  slug: string;
  subgroup: Subgroup;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const headingId = `sous-groupe-titre-${s.id}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Title order={2} size="h4" id={headingId}>
              {s.name}
            </Title>
            {s.isMember && (
              <Badge variant="light" color="teal" c="dark.8">
                {t('pages.subgroups.youAreIn')}
              </Badge>
            )}
          </Group>
          {canEdit && !editing && (
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                {t('common.edit')}
                <span className="visually-hidden">{` – ${s.name}`}</span>
              </Button>
              <DeleteSubgroup slug={slug} subgroup={s} />
            </Group>
          )}
        </Group>
        {editing ? (
          <SubgroupForm slug={slug} subgroup={s} onDone={() => setEditing(false)} />
        ) : (
          s.description && <Markdown>{s.description}</Markdown>
        )}
        <Text size="sm" c="dimmed">
          {t('pages.subgroups.memberCount', { count: s.memberCount })}
        </Text>
        {s.members !== null && <SubgroupMembers slug={slug} subgroup={s} canEdit={canEdit} />}
      </Stack>
    </Paper>
  );
}

/** Create (no sub-group) or edit form; the name takes focus when it opens. */
function SubgroupForm({
  slug,
  subgroup,
  onDone,
}: {
  slug: string;
  subgroup?: Subgroup;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveSubgroup(slug, subgroup?.id);
  const form = useForm(subgroup ? `sous-groupe-${subgroup.id}` : 'sous-groupe', {
    name: subgroup?.name ?? '',
    description: subgroup?.description ?? '',
  });
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);
  const labels = {
    name: t('pages.subgroups.fields.name'),
    description: t('pages.subgroups.fields.description'),
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.validate(subgroupInputSchema);
    if (!body) return;
    save
      .mutateAsync(body)
      .then(onDone)
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormErrorSummary form={form} labels={labels} />
      <RequiredHint />
      <Stack gap="sm" maw="44rem">
        <TextInput
          {...form.text('name')}
          ref={nameRef}
          label={labels.name}
          required
          maxLength={120}
        />
        <Textarea
          {...form.text('description')}
          label={labels.description}
          description={t('pages.communityEdit.markdownHint')}
          maxLength={2000}
          autosize
          minRows={2}
        />
        <FormActions loading={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function DeleteSubgroup({ slug, subgroup: s }: { slug: string; subgroup: Subgroup }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useDeleteSubgroup(slug);
  const onClose = () => {
    remove.reset();
    close();
  };
  return (
    <>
      <Button size="xs" variant="outline" color="red.9" onClick={open}>
        {t('common.delete')}
        <span className="visually-hidden">{` – ${s.name}`}</span>
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={onClose}
        title={t('pages.subgroups.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        error={problemMessage(remove.error, t)}
        onConfirm={() => remove.mutate(s.id, { onSuccess: close })}
      >
        {t('pages.subgroups.deleteText', { name: s.name })}
      </ConfirmModal>
    </>
  );
}

/** Who is in the sub-group; pilots add community members to it and remove them. */
function SubgroupMembers({
  slug,
  subgroup: s,
  canEdit,
}: {
  slug: string;
  subgroup: Subgroup;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const change = useSubgroupMember(slug, s.id);
  const error = problemMessage(change.error, t);
  const members = s.members ?? [];
  return (
    <Stack gap="xs">
      {error && (
        <Alert color="red" variant="outline" role="alert">
          {error}
        </Alert>
      )}
      {members.length > 0 && (
        <List spacing={4} aria-label={t('pages.subgroups.membersOf', { name: s.name })}>
          {members.map((p) => (
            <List.Item key={p.id}>
              <Group gap="xs" wrap="wrap">
                <Text span>{[p.name, p.organisation].filter(Boolean).join(' – ')}</Text>
                {canEdit && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    loading={
                      change.isPending && !change.variables.add && change.variables.userId === p.id
                    }
                    onClick={() => change.mutate({ userId: p.id, add: false })}
                  >
                    {t('common.remove')}
                    <span className="visually-hidden">
                      {` ${t('pages.subgroups.removeFrom', { person: p.name, name: s.name })}`}
                    </span>
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {canEdit && (
        <AddMember
          slug={slug}
          subgroup={s}
          adding={change.isPending && change.variables.add}
          onAdd={(userId, done) => change.mutate({ userId, add: true }, { onSuccess: done })}
        />
      )}
    </Stack>
  );
}

function AddMember({
  slug,
  subgroup: s,
  adding,
  onAdd,
}: {
  slug: string;
  subgroup: Subgroup;
  adding: boolean;
  onAdd: (userId: string, done: () => void) => void;
}) {
  const { t } = useTranslation();
  const members = useCommunityMembers(slug);
  const [userId, setUserId] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (members.isPending) return <LoadingState />;
  if (members.isError)
    return <QueryError error={members.error} onRetry={() => void members.refetch()} />;
  const inGroup = new Set((s.members ?? []).map((p) => p.id));
  const candidates = members.data.filter((m) => !inGroup.has(m.person.id));
  if (candidates.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('pages.subgroups.everyoneIn')}
      </Text>
    );
  const fieldId = `ajout-${s.id}`;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!userId) return setError(t('pages.subgroups.choosePerson'));
        setError(null);
        onAdd(userId, () => setUserId(''));
      }}
    >
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          id={fieldId}
          label={t('pages.subgroups.addLabel', { name: s.name })}
          value={userId}
          error={error}
          onChange={(e) => setUserId(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.choose') },
            ...candidates.map((m) => ({
              value: m.person.id,
              label: [m.person.name, m.person.organisation].filter(Boolean).join(' – '),
            })),
          ]}
          style={{ flex: '1 1 16rem' }}
          maw="28rem"
        />
        <Button type="submit" variant="outline" loading={adding}>
          {t('pages.subgroups.add')}
        </Button>
      </Group>
    </form>
  );
}
