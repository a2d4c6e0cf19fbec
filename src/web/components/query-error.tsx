import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-error';

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load: the server's message (already translated) and a retry button. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const title = isApiError(error) ? error.title : t('problems.unexpected', { status: '' });
  return (
    <Alert color="red" variant="outline" title={t('problems.loadFailed')} role="alert">
      <Text size="sm">{title}</Text>
      {onRetry && (
        <Button mt="sm" variant="outline" color="red.9" size="xs" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
