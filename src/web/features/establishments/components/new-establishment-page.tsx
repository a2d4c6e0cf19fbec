import { Anchor, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useCreateEstablishment } from '../api/create-establishment';
import { EstablishmentForm } from './establishment-form';

export function NewEstablishmentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEstablishment();
  return (
    <>
      <Anchor component={Link} to="/etablissements" size="sm" mb="xs" display="inline-block">
        {t('pages.establishment.back')}
      </Anchor>
      <PageHeader
        title={t('pages.establishmentForm.newTitle')}
        description={t('pages.establishmentForm.newDescription')}
      />
      <Paper withBorder radius="md" p="xl">
        <EstablishmentForm
          submitLabel={t('pages.establishmentForm.create')}
          pending={create.isPending}
          onSubmit={async (body) => {
            const created = await create.mutateAsync(body);
            await navigate('/etablissements', {
              state: { notice: t('pages.establishmentForm.created', { name: created.name }) },
            });
          }}
        />
      </Paper>
    </>
  );
}
