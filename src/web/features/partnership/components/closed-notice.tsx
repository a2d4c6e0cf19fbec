import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown where the workshop is closed: nothing can be changed any more (until reopened). */
export function ClosedNotice({ facilitator = false }: { facilitator?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert variant="outline" color="gray" title={t('partnership.closed.title')}>
      {facilitator ? t('partnership.closed.facilitator') : t('partnership.closed.member')}
    </Alert>
  );
}
