import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DefinitionList } from '../../../components/definition-list';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { isApiError } from '../../../lib/api-error';
import { useEnumLabel } from '../../../lib/enum-options';
import { useInvitationPreview } from '../api/get-invitation-preview';
import { AcceptInvitationForm } from './accept-invitation-form';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const preview = useInvitationPreview(token);
  const label = useEnumLabel();
  const header = (
    <PageHeader
      title={t('pages.invitation.title')}
      description={t('pages.invitation.description')}
    />
  );

  if (!token || preview.isError) {
    const message = isApiError(preview.error)
      ? preview.error.title
      : t('errors:problem.invalidToken');
    return (
      <>
        {header}
        <Stack gap="md">
          <Alert color="red" variant="outline" role="alert">
            {token ? message : t('errors:problem.invalidToken')}
          </Alert>
          <Anchor component={Link} to="/connexion">
            {t('pages.forgot.backToLogin')}
          </Anchor>
        </Stack>
      </>
    );
  }
  if (preview.isPending)
    return (
      <>
        {header}
        <LoadingState />
      </>
    );

  const invitation = preview.data;
  return (
    <>
      {header}
      <Stack gap="xl">
        <DefinitionList
          items={[
            { label: t('fields.email'), value: invitation.email },
            {
              label: t('fields.platformRole'),
              value: label('platformRole', invitation.platformRole),
            },
            {
              label: t('fields.establishment'),
              value: invitation.establishmentName ?? t('common.none'),
            },
            {
              label: t('fields.establishmentRole'),
              value: label('establishmentRole', invitation.establishmentRole),
            },
          ]}
        />
        <AcceptInvitationForm token={token} />
      </Stack>
    </>
  );
}
