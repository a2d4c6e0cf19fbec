import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PageHeader title={t('pages.notFound.title')} />
      <Text>{t('pages.notFound.body')}</Text>
      <div>
        <Button component={Link} to="/">
          {t('pages.notFound.home')}
        </Button>
      </div>
    </Stack>
  );
}
