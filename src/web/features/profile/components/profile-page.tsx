import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DefinitionList } from '../../../components/definition-list';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useEnumLabel } from '../../../lib/enum-options';
import { DigestSetting } from '../../notifications/components/digest-setting';
import { useProfile } from '../api/get-profile';
import { DeleteAccountSection } from './delete-account-section';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" mb="md" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const profile = useProfile();
  const label = useEnumLabel();
  const header = (
    <PageHeader title={t('pages.profile.title')} description={t('pages.profile.description')} />
  );
  if (profile.isPending)
    return (
      <>
        {header}
        <LoadingState />
      </>
    );
  if (profile.isError)
    return (
      <>
        {header}
        <QueryError error={profile.error} onRetry={() => void profile.refetch()} />
      </>
    );

  const p = profile.data;
  return (
    <>
      {header}
      <Stack gap="xl">
        <Section id="profil-compte" title={t('pages.profile.account')}>
          <DefinitionList
            items={[
              { label: t('fields.email'), value: p.email },
              { label: t('fields.platformRole'), value: label('platformRole', p.platformRole) },
              {
                label: t('fields.establishments'),
                value: p.establishments.length
                  ? p.establishments
                      .map((e) => `${e.name} (${label('establishmentRole', e.role)})`)
                      .join(', ')
                  : t('common.none'),
              },
            ]}
          />
        </Section>
        <Section id="profil-infos" title={t('pages.profile.information')}>
          <ProfileForm profile={p} />
        </Section>
        <Section id="profil-mot-de-passe" title={t('pages.profile.password')}>
          <PasswordForm />
        </Section>
        <Section id="profil-notifications" title={t('notifications.digest.title')}>
          <DigestSetting />
        </Section>
        <Section id="profil-donnees" title={t('pages.profile.data')}>
          <Text mb="md">{t('pages.profile.dataBody')}</Text>
          <Button
            component="a"
            href="/api/me/export"
            download="binome-mes-donnees.json"
            variant="outline"
          >
            {t('pages.profile.download')}
          </Button>
        </Section>
        <Section id="profil-suppression" title={t('pages.profile.delete')}>
          <DeleteAccountSection />
        </Section>
      </Stack>
    </>
  );
}
