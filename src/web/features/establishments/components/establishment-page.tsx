import { Anchor, Button, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DefinitionList } from '../../../components/definition-list';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { isAdmin, useCurrentUser } from '../../../lib/auth';
import { useEnumLabel } from '../../../lib/enum-options';
import { useEstablishment } from '../api/get-establishment';
import { useUpdateEstablishment } from '../api/update-establishment';
import { DeleteEstablishmentButton } from './delete-establishment-button';
import { EstablishmentForm } from './establishment-form';
import { EstablishmentMembers } from './establishment-members';

export function EstablishmentPage() {
  const { t, i18n } = useTranslation();
  const id = useParams().id ?? '';
  const user = useCurrentUser();
  const establishment = useEstablishment(id);
  const update = useUpdateEstablishment();
  const label = useEnumLabel();
  const [editing, setEditing] = useState(false);
  const back = (
    <Anchor component={Link} to="/etablissements" size="sm" mb="xs" display="inline-block">
      {t('pages.establishment.back')}
    </Anchor>
  );

  if (establishment.isPending || establishment.isError) {
    return (
      <>
        {back}
        <PageHeader title={t('pages.establishment.title')} />
        {establishment.isPending ? (
          <LoadingState />
        ) : (
          <QueryError error={establishment.error} onRetry={() => void establishment.refetch()} />
        )}
      </>
    );
  }

  const e = establishment.data;
  const admin = isAdmin(user);
  return (
    <>
      {back}
      <PageHeader
        title={e.name}
        description={label('sector', e.sector)}
        actions={
          admin &&
          !editing && (
            <>
              <Button variant="outline" onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
              <DeleteEstablishmentButton id={e.id} name={e.name} />
            </>
          )
        }
      />
      <Stack gap="xl">
        <Paper withBorder radius="md" p="xl">
          {editing ? (
            <>
              <Title order={2} size="h3" mb="md">
                {t('pages.establishmentForm.editTitle')}
              </Title>
              <EstablishmentForm
                initial={{
                  name: e.name,
                  finess: e.finess,
                  sector: e.sector,
                  department: e.department,
                  region: e.region,
                }}
                submitLabel={t('common.save')}
                pending={update.isPending}
                onCancel={() => setEditing(false)}
                onSubmit={async (body) => {
                  await update.mutateAsync({ id: e.id, body });
                  setEditing(false);
                }}
              />
            </>
          ) : (
            <DefinitionList
              cols={3}
              items={[
                { label: t('fields.finess'), value: e.finess },
                { label: t('fields.sector'), value: label('sector', e.sector) },
                { label: t('fields.department'), value: e.department },
                { label: t('fields.region'), value: label('region', e.region) },
                { label: t('fields.memberCount'), value: e.memberCount },
                {
                  label: t('fields.updatedAt'),
                  value: new Date(e.updatedAt).toLocaleDateString(i18n.language, {
                    dateStyle: 'long',
                  }),
                },
              ]}
            />
          )}
        </Paper>
        <EstablishmentMembers id={e.id} />
      </Stack>
    </>
  );
}
