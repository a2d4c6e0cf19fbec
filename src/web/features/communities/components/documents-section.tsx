import {
  Alert,
  Anchor,
  Button,
  FileInput,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_VISIBILITIES } from '../../../../shared/schemas/community-documents';
import type { CommunityPage } from '../../../../shared/schemas/communities';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { problemMessage } from '../../../lib/api-error';
import { documentDownloadUrl, useDocuments, useUploadDocument } from '../api/documents';
import { FormActions } from '../../../components/form-actions';

/** Messages shared with the server live in the `errors` namespace. */
const ERRORS = 'errors:';
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.txt,.csv,.docx,.xlsx,.pptx,.odt,.ods,.odp';

/** "Documents à télécharger": what the reader may download, and an upload form for members. */
export function DocumentsSection({ community }: { community: CommunityPage }) {
  const { t, i18n } = useTranslation();
  const documents = useDocuments(community.slug);
  const size = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, {
      style: 'unit',
      unit: 'kilobyte',
      maximumFractionDigits: 0,
    }).format(Math.max(1, bytes / 1024));
  return (
    <Stack gap="sm">
      {documents.isPending ? (
        <LoadingState />
      ) : documents.isError ? (
        <QueryError error={documents.error} onRetry={() => void documents.refetch()} />
      ) : documents.data.length === 0 ? (
        <Text c="dimmed">{t('pages.documents.empty')}</Text>
      ) : (
        <List spacing={4}>
          {documents.data.map((d) => {
            const latest = d.versions[0];
            return (
              <List.Item key={d.id}>
                <Anchor href={documentDownloadUrl(community.slug, d.id)} download>
                  {d.title}
                </Anchor>
                {latest &&
                  ` – ${t('pages.documents.meta', {
                    name: latest.fileName,
                    size: size(latest.size),
                    version: latest.version,
                    date: new Date(latest.uploadedAt).toLocaleDateString(i18n.language),
                    author: latest.uploadedBy ?? t('pages.discussions.formerMember'),
                  })}`}
                {d.visibility !== 'public' && ` (${t(`enums.documentVisibility.${d.visibility}`)})`}
              </List.Item>
            );
          })}
        </List>
      )}
      {community.viewer.seesContacts && <UploadForm community={community} />}
    </Stack>
  );
}

function UploadForm({ community }: { community: CommunityPage }) {
  const { t } = useTranslation();
  const upload = useUploadDocument(community.slug);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [visibility, setVisibility] = useState('members');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState<{ title?: string; file?: string }>({});
  const choices = community.viewer.canEdit ? DOCUMENT_VISIBILITIES : (['members'] as const);
  if (!open)
    return (
      <Button
        variant="outline"
        onClick={() => setOpen(true)}
        style={{ alignSelf: 'flex-start' }}
        className="no-print"
      >
        {t('pages.documents.add')}
      </Button>
    );
  const error = problemMessage(upload.error, t);
  return (
    <Paper withBorder p="md" radius="md" className="no-print">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const problems = {
            ...(title.trim() ? {} : { title: t(`${ERRORS}validation.required`) }),
            ...(file ? {} : { file: t(`${ERRORS}problem.fileMissing`) }),
          };
          setMissing(problems);
          if (!file || Object.keys(problems).length > 0) return;
          upload.mutate(
            { title: title.trim(), visibility, file },
            {
              onSuccess: () => {
                setOpen(false);
                setTitle('');
                setFile(null);
              },
            },
          );
        }}
      >
        <Stack gap="sm" maw="36rem">
          {error && (
            <Alert color="red" variant="outline" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            id="document-titre"
            label={t('pages.documents.title')}
            required
            maxLength={200}
            value={title}
            error={missing.title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <NativeSelect
            id="document-visibilite"
            label={t('pages.documents.visibility')}
            value={visibility}
            data={choices.map((v) => ({ value: v, label: t(`enums.documentVisibility.${v}`) }))}
            onChange={(e) => setVisibility(e.currentTarget.value)}
          />
          <FileInput
            id="document-fichier"
            label={t('pages.documents.file')}
            description={t('pages.documents.fileHint')}
            required
            accept={ACCEPT}
            value={file}
            error={missing.file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': t('pages.documents.clearFile') }}
          />
          <FormActions
            loading={upload.isPending}
            submitLabel={t('pages.documents.send')}
            onCancel={() => setOpen(false)}
          />
        </Stack>
      </form>
    </Paper>
  );
}
