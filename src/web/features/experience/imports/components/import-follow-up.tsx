import { Stack, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../../shared/schemas/experience';
import { RUNNING } from '../api/imports';
import { ImportProgress } from './import-progress';
import { ImportReportView } from './import-report';

/**
 * After the mapping: the progress while the job works, the validation report once the file is
 * read. One heading throughout, which keeps the focus from phase to phase.
 */
export function ImportFollowUp({
  report,
  autoFocus,
}: {
  report: ImportReport;
  autoFocus: boolean;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // After "Lancer l'import" the form is gone: the reader's focus goes to what replaced it.
  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [autoFocus]);
  const running = RUNNING.includes(report.status);
  return (
    <Stack gap="lg">
      <Title order={2} ref={heading} tabIndex={-1}>
        {running ? t('experience.imports.progress.title') : t('experience.imports.report.title')}
      </Title>
      {running && <ImportProgress item={report} />}
      {report.status !== 'queued' && report.status !== 'importing' && (
        <ImportReportView report={report} />
      )}
    </Stack>
  );
}
