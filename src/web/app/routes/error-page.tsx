import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { isApiError } from '../../lib/api-error';
import { PublicLayout } from '../layout/public-layout';
import { NotFoundPage } from './not-found-page';

/** Content of the error boundary: what happened, and a way to try again. */
export function ErrorContent() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const message = isApiError(error) ? error.title : error instanceof Error ? error.message : null;
  return (
    <Stack gap="md">
      <PageHeader title={t('pages.error.title')} />
      <Alert color="red" variant="outline" role="alert" title={t('pages.error.heading')}>
        <Text size="sm">{t('pages.error.body')}</Text>
        {message && (
          <Text size="sm" mt="xs">
            {t('pages.error.details')} <Code>{message}</Code>
          </Text>
        )}
      </Alert>
      <Group gap="sm">
        <Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>
        <Button component={Link} to="/" variant="outline" reloadDocument>
          {t('pages.notFound.home')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Root error boundary: the shell itself may be what failed, so it uses the public layout. */
export function RootErrorPage() {
  return (
    <PublicLayout>
      <ErrorContent />
    </PublicLayout>
  );
}
