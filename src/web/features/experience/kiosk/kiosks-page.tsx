import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { ExperienceNav } from '../components/experience-nav';
import { ManagedEstablishmentSelect } from '../components/managed-establishment-select';
import { useEstablishmentParam } from '../lib/use-establishment-param';
import { useKiosks } from './api/kiosks';
import { KioskCard } from './components/kiosk-card';
import { KioskForm } from './components/kiosk-form';
import { KioskSetupHelp } from './components/kiosk-setup-help';

/** /experience-patient/bornes: the establishment's kiosks, a new kiosk, how to set a tablet up. */
export function KiosksPage() {
  const { t } = useTranslation();
  const { establishmentId, canManage } = useEstablishmentParam();
  const kiosks = useKiosks(establishmentId, canManage);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title={t('experience.kiosk.page.title')}
        description={t('experience.kiosk.page.description')}
      />
      <ExperienceNav />
      <Stack gap="xl" mt="lg">
        <ManagedEstablishmentSelect id="bornes-etablissement" onChange={() => setNotice(null)} />
        {!establishmentId ? (
          <Text>{t('experience.kiosk.page.chooseEstablishment')}</Text>
        ) : !canManage ? (
          <Alert color="blue" variant="outline" c="dark.8">
            {t('experience.kiosk.page.notAllowed')}
          </Alert>
        ) : (
          <>
            <section aria-labelledby="bornes-liste">
              <Title order={2} id="bornes-liste" mb="md">
                {t('experience.kiosk.page.listTitle')}
              </Title>
              <div role="status">
                {notice && (
                  <Alert color="green" variant="outline" mb="md" c="dark.8">
                    {notice}
                  </Alert>
                )}
              </div>
              {kiosks.isPending ? (
                <LoadingState />
              ) : kiosks.isError ? (
                <QueryError error={kiosks.error} onRetry={() => void kiosks.refetch()} />
              ) : kiosks.data.length === 0 ? (
                <EmptyState title={t('experience.kiosk.page.emptyTitle')} order={3}>
                  {t('experience.kiosk.page.emptyText')}
                </EmptyState>
              ) : (
                <Stack gap="md">
                  {kiosks.data.map((kiosk) => (
                    <KioskCard key={kiosk.id} kiosk={kiosk} onDone={setNotice} />
                  ))}
                </Stack>
              )}
            </section>
            <section aria-labelledby="bornes-creer">
              <Title order={2} id="bornes-creer" mb="md">
                {t('experience.kiosk.create.title')}
              </Title>
              <KioskForm
                establishmentId={establishmentId}
                onCreated={(kiosk) =>
                  setNotice(t('experience.kiosk.create.done', { name: kiosk.name }))
                }
              />
            </section>
            <KioskSetupHelp />
          </>
        )}
      </Stack>
    </>
  );
}
