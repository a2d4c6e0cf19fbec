import { Alert, Anchor, Button, Group, List, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult } from '@tanstack/react-query';
import type { LinkedDocument } from '../../../../shared/schemas/communities';
import { problemMessage } from '../../../lib/api-error';
import { documentDownloadUrl, useDocuments } from '../api/documents';

type LinkMutation = UseMutationResult<unknown, Error, string>;

interface LinkedDocumentsProps {
  slug: string;
  documents: LinkedDocument[];
  canEdit: boolean;
  attach: LinkMutation;
  detach: LinkMutation;
  /** Id prefix of the form's select, unique in the page. */
  idPrefix: string;
}

/**
 * Documents attached to a report or a meeting, as download links; writers attach one of the
 * community's documents or remove one (the document itself stays in the community).
 */
export function LinkedDocuments({
  slug,
  documents,
  canEdit,
  attach,
  detach,
  idPrefix,
}: LinkedDocumentsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {documents.length === 0 ? (
        <Text c="dimmed">{t('linkedDocuments.none')}</Text>
      ) : (
        <List spacing={4}>
          {documents.map((a) => (
            <List.Item key={a.id}>
              <Group gap="xs">
                <Anchor href={documentDownloadUrl(slug, a.id)} download>
                  {a.title}
                </Anchor>
                {canEdit && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    aria-label={t('linkedDocuments.detach', { title: a.title })}
                    loading={detach.isPending && detach.variables === a.id}
                    onClick={() => detach.mutate(a.id)}
                  >
                    {t('common.remove')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {detach.isError && (
        <Alert color="red" variant="outline" role="alert">
          {problemMessage(detach.error, t)}
        </Alert>
      )}
      {canEdit && (
        <AttachForm slug={slug} documents={documents} attach={attach} idPrefix={idPrefix} />
      )}
    </Stack>
  );
}

function AttachForm({
  slug,
  documents,
  attach,
  idPrefix,
}: Pick<LinkedDocumentsProps, 'slug' | 'documents' | 'attach' | 'idPrefix'>) {
  const { t } = useTranslation();
  const all = useDocuments(slug);
  const [choice, setChoice] = useState('');
  const attached = new Set(documents.map((a) => a.id));
  const candidates = (all.data ?? []).filter((d) => !attached.has(d.id));
  if (all.isPending || candidates.length === 0) return null;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (choice) attach.mutate(choice, { onSuccess: () => setChoice('') });
      }}
    >
      <Group align="flex-end" gap="sm">
        <NativeSelect
          id={`${idPrefix}-piece-jointe`}
          label={t('linkedDocuments.attachLabel')}
          description={t('linkedDocuments.attachHint')}
          value={choice}
          onChange={(event) => setChoice(event.currentTarget.value)}
          data={[
            { value: '', label: t('common.choose') },
            ...candidates.map((d) => ({ value: d.id, label: d.title })),
          ]}
          style={{ flex: '0 1 22rem' }}
        />
        <Button type="submit" variant="outline" disabled={!choice} loading={attach.isPending}>
          {t('linkedDocuments.attach')}
        </Button>
      </Group>
      {attach.isError && (
        <Alert color="red" variant="outline" role="alert" mt="sm">
          {problemMessage(attach.error, t)}
        </Alert>
      )}
    </form>
  );
}
