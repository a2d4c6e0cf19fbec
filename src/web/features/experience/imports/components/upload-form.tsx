import { Alert, Button, FileInput, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequiredHint } from '../../../../components/required-hint';
import { isApiError } from '../../../../lib/api-error';
import { ESTABLISHMENT_PARAM, experiencePaths } from '../../lib/paths';
import { useFileSources, useUploadImport } from '../api/imports';

const ACCEPT = '.csv,.txt,.tsv,.xlsx';
const NEW_SOURCE = '';

const FIELDS = ['file', 'sourceId', 'sourceName'] as const;
type Field = (typeof FIELDS)[number];

/** Sends a file, then opens its mapping step. */
export function UploadForm({ establishmentId }: { establishmentId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sources = useFileSources(establishmentId);
  const upload = useUploadImport();
  const [file, setFile] = useState<File | null>(null);
  const [sourceId, setSourceId] = useState(NEW_SOURCE);
  const [sourceName, setSourceName] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = () => {
    setFormError(null);
    if (!file) {
      setErrors({ file: t('errors:problem.fileMissing') });
      return;
    }
    setErrors({});
    upload.mutate(
      { establishmentId, file, sourceId: sourceId || null, sourceName },
      {
        onSuccess: (preview) =>
          navigate(
            `${experiencePaths.import(preview.import.id)}?${ESTABLISHMENT_PARAM}=${establishmentId}`,
          ),
        onError: (error) => {
          if (!isApiError(error)) return setFormError(t('problems.unexpected', { status: '' }));
          const placed: Partial<Record<Field, string>> = {};
          const unplaced: string[] = [];
          for (const item of error.fieldErrors) {
            if (FIELDS.includes(item.path as Field)) placed[item.path as Field] = item.message;
            else unplaced.push(item.message);
          }
          // A refused file (empty, unknown format, too large…) is said at the file field.
          if (error.fieldErrors.length === 0) placed.file = error.title;
          setErrors(placed);
          if (unplaced.length > 0) setFormError([error.title, ...unplaced].join(' '));
        },
      },
    );
  };

  const options = [
    { value: NEW_SOURCE, label: t('experience.imports.upload.newSource') },
    ...(sources.data ?? []).map((s) => ({ value: s.id, label: s.name })),
  ];

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md" maw="36rem">
        <RequiredHint />
        {formError && (
          <Alert color="red" variant="outline" role="alert">
            {formError}
          </Alert>
        )}
        <FileInput
          id="import-fichier"
          label={t('experience.imports.upload.file')}
          description={t('experience.imports.upload.fileHint')}
          placeholder={t('experience.imports.upload.filePlaceholder')}
          required
          accept={ACCEPT}
          value={file}
          error={errors.file}
          onChange={(value) => {
            setFile(value);
            setErrors((old) => ({ ...old, file: undefined }));
          }}
          clearable
          clearButtonProps={{ 'aria-label': t('experience.imports.upload.clearFile') }}
        />
        <NativeSelect
          id="import-source"
          label={t('experience.imports.upload.source')}
          description={t('experience.imports.upload.sourceHint')}
          value={sourceId}
          error={errors.sourceId}
          disabled={sources.isPending}
          data={options}
          onChange={(event) => setSourceId(event.currentTarget.value)}
        />
        {sourceId === NEW_SOURCE && (
          <TextInput
            id="import-source-nom"
            label={t('experience.imports.upload.sourceName')}
            description={t('experience.imports.upload.sourceNameHint')}
            maxLength={120}
            value={sourceName}
            error={errors.sourceName}
            onChange={(event) => setSourceName(event.currentTarget.value)}
          />
        )}
        {upload.isPending && (
          <Text size="sm" role="status">
            {t('experience.imports.upload.sending')}
          </Text>
        )}
        <div>
          <Button type="submit" loading={upload.isPending}>
            {t('experience.imports.upload.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
