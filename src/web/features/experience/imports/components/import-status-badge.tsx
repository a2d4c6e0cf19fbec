import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '../../../../../shared/schemas/experience';

const COLORS: Record<ImportStatus, string> = {
  uploaded: 'yellow',
  queued: 'blue',
  importing: 'blue',
  analysing: 'blue',
  done: 'green',
  failed: 'red',
};

/** Where an import stands, in words (colour only repeats them). */
export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} c="dark.8">
      {t(`experience.imports.status.${status}`)}
    </Badge>
  );
}
