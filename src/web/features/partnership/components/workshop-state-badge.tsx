import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkshopSummary } from '../../../../shared/schemas/partnership';

/** Where a workshop stands: open, expectations revealed, or closed (read-only). */
export function WorkshopStateBadge({
  workshop,
}: {
  workshop: Pick<WorkshopSummary, 'revealedAt' | 'closedAt'>;
}) {
  const { t } = useTranslation();
  if (workshop.closedAt)
    return (
      <Badge variant="light" color="gray" c="dark.8">
        {t('partnership.state.closed')}
      </Badge>
    );
  if (workshop.revealedAt)
    return (
      <Badge variant="light" color="grape" c="dark.8">
        {t('partnership.state.revealed')}
      </Badge>
    );
  return (
    <Badge variant="light" color="green" c="dark.8">
      {t('partnership.state.open')}
    </Badge>
  );
}
