import { Alert, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useThemes } from '../lib/themes';
import { ThemeForm } from './components/theme-form';
import { ThemeTable } from './components/theme-table';

/** Administrators edit the taxonomy of comment themes: add, rename, retire, merge. */
export function TaxonomyPage() {
  const { t } = useTranslation();
  const themes = useThemes();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title={t('experience.taxonomy.title')}
        description={t('experience.taxonomy.description')}
      />
      <Stack gap="xl">
        {notice && (
          <Alert color="green" variant="light" role="status">
            {notice}
          </Alert>
        )}
        {themes.isPending ? (
          <LoadingState />
        ) : themes.isError ? (
          <QueryError error={themes.error} onRetry={() => void themes.refetch()} />
        ) : themes.data.length === 0 ? (
          <EmptyState title={t('experience.taxonomy.empty')} />
        ) : (
          <ThemeTable themes={themes.data} onNotice={setNotice} />
        )}
        <Paper
          withBorder
          radius="md"
          p="lg"
          component="section"
          aria-labelledby="nouveau-theme-titre"
        >
          <Title order={2} size="h3" id="nouveau-theme-titre" mb="sm">
            {t('experience.taxonomy.new')}
          </Title>
          <ThemeForm
            onDone={(saved) =>
              setNotice(saved ? t('experience.taxonomy.created', { name: saved.labelFr }) : null)
            }
          />
        </Paper>
      </Stack>
    </>
  );
}
