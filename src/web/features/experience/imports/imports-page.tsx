import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { ExperienceNav } from '../components/experience-nav';
import { ManagedEstablishmentSelect } from '../components/managed-establishment-select';
import { useEstablishmentParam } from '../lib/use-establishment-param';
import { ImportList } from './components/import-list';
import { UploadForm } from './components/upload-form';

/** /experience-patient/imports: send a CSV or Excel file, and the establishment's past imports. */
export function ImportsPage() {
  const { t } = useTranslation();
  const { establishmentId, canManage } = useEstablishmentParam();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Math.trunc(Number(params.get('page'))) || 1);
  const setPage = (next: number) => {
    const search = new URLSearchParams(params);
    if (next > 1) search.set('page', String(next));
    else search.delete('page');
    setParams(search);
  };

  return (
    <>
      <PageHeader
        title={t('experience.imports.page.title')}
        description={t('experience.imports.page.description')}
      />
      <ExperienceNav />
      <Stack gap="xl" mt="lg">
        <ManagedEstablishmentSelect id="imports-etablissement" />
        {!establishmentId ? (
          <Text>{t('experience.imports.page.chooseEstablishment')}</Text>
        ) : !canManage ? (
          <Alert color="blue" variant="outline" c="dark.8">
            {t('experience.imports.page.notAllowed')}
          </Alert>
        ) : (
          <>
            <section aria-labelledby="imports-deposer">
              <Title order={2} id="imports-deposer" mb="md">
                {t('experience.imports.upload.title')}
              </Title>
              <UploadForm key={establishmentId} establishmentId={establishmentId} />
            </section>
            <section aria-labelledby="imports-historique">
              <Title order={2} id="imports-historique" mb="md">
                {t('experience.imports.list.title')}
              </Title>
              <ImportList establishmentId={establishmentId} page={page} onPage={setPage} />
            </section>
          </>
        )}
      </Stack>
    </>
  );
}
