import { Alert, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { ExperienceNav } from '../components/experience-nav';
import { ManagedEstablishmentSelect } from '../components/managed-establishment-select';
import { useEstablishmentParam } from '../lib/use-establishment-param';
import { useModels } from './api/models';
import { ModelCard } from './components/model-card';
import { RetrainPanel } from './components/retrain-panel';

/** The establishment's analysis model: what retraining does, the retrains and their quality. */
export function ModelPage() {
  const { t } = useTranslation();
  const { establishmentId, canManage } = useEstablishmentParam();
  const overview = useModels(canManage ? establishmentId : null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title={t('experience.review.model.title')}
        description={t('experience.review.model.description')}
      />
      <Stack gap="xl">
        <ExperienceNav />
        <ManagedEstablishmentSelect id="modele-etablissement" />
        {notice && (
          <Alert
            color="green"
            variant="light"
            role="status"
            withCloseButton
            onClose={() => setNotice(null)}
            closeButtonLabel={t('common.close')}
          >
            {notice}
          </Alert>
        )}
        {!establishmentId ? (
          <EmptyState title={t('experience.review.model.chooseTitle')}>
            {t('experience.review.model.choose')}
          </EmptyState>
        ) : !canManage ? (
          <Alert color="blue" variant="outline">
            {t('experience.review.model.managersOnly')}
          </Alert>
        ) : overview.isPending ? (
          <LoadingState />
        ) : overview.isError ? (
          <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
        ) : (
          <>
            <RetrainPanel
              establishmentId={establishmentId}
              overview={overview.data}
              onNotice={setNotice}
            />
            <Stack gap="md" component="section" aria-labelledby="modeles-historique">
              <Title order={2} size="h3" id="modeles-historique">
                {t('experience.review.model.history')}
              </Title>
              {overview.data.models.length === 0 ? (
                <EmptyState title={t('experience.review.model.emptyTitle')} order={3}>
                  {t('experience.review.model.empty')}
                </EmptyState>
              ) : (
                overview.data.models.map((model) => (
                  <ModelCard key={model.id} model={model} onNotice={setNotice} />
                ))
              )}
            </Stack>
          </>
        )}
      </Stack>
    </>
  );
}
