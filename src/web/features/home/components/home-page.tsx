import { Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MODULES } from '../../../../shared/enums';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { useCurrentUser } from '../../../lib/auth';
import { BUILT_MODULES, MODULE_ROUTES } from '../../../lib/module-routes';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!user) return null;
  return (
    <>
      <PageHeader
        title={t('pages.home.title', { name: user.name })}
        documentTitle={t('nav.home')}
        description={t('pages.home.description')}
      />
      <Stack gap="xl">
        <Card withBorder radius="md" padding="lg">
          <Title order={2} size="h3" mb="sm">
            {t('pages.home.yourAccount')}
          </Title>
          <Group gap="xs" mb="sm">
            <Text>{t('pages.home.role')}</Text>
            <Badge variant="light" radius="sm">
              {t(`enums.platformRole.${user.platformRole}`)}
            </Badge>
          </Group>
          {user.establishments.length === 0 ? (
            <Text c="dimmed">{t('pages.home.noEstablishment')}</Text>
          ) : (
            <>
              <Text>{t('pages.home.establishments', { count: user.establishments.length })}</Text>
              <List mt="xs" spacing={4}>
                {user.establishments.map((e) => (
                  <List.Item key={e.id}>
                    <Link to={`/etablissements/${e.id}`} className="binome-inline-link">
                      {e.name}
                    </Link>
                    {' – '}
                    {t(`enums.establishmentRole.${e.role}`)}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Card>
        <section aria-labelledby="home-modules">
          <Title order={2} size="h3" mb="md" id="home-modules">
            {t('pages.home.modulesTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {MODULES.map((code) => (
              <Card key={code} withBorder radius="md" padding="lg" component="article">
                <Group gap="sm" mb="xs" wrap="nowrap" c="binome.8">
                  <Icon name={MODULE_ROUTES[code].icon} size={24} />
                  <Title order={3} size="h4">
                    <Link to={MODULE_ROUTES[code].path} className="binome-card-link">
                      {t(`modules.${code}.title`)}
                    </Link>
                  </Title>
                </Group>
                <Text size="sm" c="dimmed" mb="sm">
                  {t(`modules.${code}.summary`)}
                </Text>
                {!BUILT_MODULES.includes(code) && (
                  <Badge color="yellow.3" c="dark.9" variant="filled" radius="sm">
                    {t('comingSoon.badge')}
                  </Badge>
                )}
              </Card>
            ))}
          </SimpleGrid>
        </section>
      </Stack>
    </>
  );
}
