import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { ExperienceNav } from '../components/experience-nav';
import { ESTABLISHMENT_PARAM, experiencePaths } from '../lib/paths';
import { useImportPreview, useImportReport } from './api/imports';
import { ImportFollowUp } from './components/import-follow-up';
import { ImportStatusBadge } from './components/import-status-badge';
import { MappingStep } from './components/mapping-step';
import { useImportFormat } from './lib/format';

/**
 * /experience-patient/imports/:id: the mapping step while the file waits for it, then the
 * progress (refreshed every second) and the validation report.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useImportFormat();
  const { id = '' } = useParams();
  const report = useImportReport(id);
  const status = report.data?.status;
  const preview = useImportPreview(id, status === 'uploaded');
  // Started from this page: the progress takes the focus the mapping form had.
  const [started, setStarted] = useState(false);

  const keep = report.data ? `?${ESTABLISHMENT_PARAM}=${report.data.establishmentId}` : '';
  const back = (
    <Anchor component={Link} to={experiencePaths.imports + keep}>
      {t('experience.imports.detail.back')}
    </Anchor>
  );

  return (
    <>
      <PageHeader
        title={
          report.data
            ? t('experience.imports.detail.title', { file: report.data.fileName })
            : t('experience.imports.detail.loadingTitle')
        }
        description={
          report.data &&
          t('experience.imports.detail.description', {
            source: report.data.source.name,
            size: format.bytes(report.data.fileBytes),
            date: format.dateTime(report.data.createdAt),
          })
        }
      />
      <ExperienceNav />
      <Stack gap="xl" mt="lg">
        <Group gap="md">
          {back}
          {status && (
            // Announced when the phase changes (not the percentage, which moves every second).
            <Group gap="xs" role="status">
              <Text size="sm">{t('experience.imports.detail.status')}</Text>
              <ImportStatusBadge status={status} />
            </Group>
          )}
        </Group>
        {report.isPending ? (
          <LoadingState />
        ) : report.isError ? (
          <QueryError error={report.error} onRetry={() => void report.refetch()} />
        ) : report.data.status === 'uploaded' ? (
          preview.isPending ? (
            <LoadingState />
          ) : preview.isError ? (
            <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
          ) : (
            <MappingStep
              preview={preview.data}
              onStarted={() => setStarted(true)}
              onCancelled={() => void navigate(experiencePaths.imports + keep)}
            />
          )
        ) : (
          <ImportFollowUp report={report.data} autoFocus={started} />
        )}
      </Stack>
    </>
  );
}
