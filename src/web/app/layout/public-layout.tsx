import { Box, Container, Group, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { Logo } from './logo';
import { MAIN_ID, SkipLink } from './skip-link';
import { useRouteFocus } from './use-route-focus';

/**
 * Layout of pages for signed-out visitors: narrow for sign-in, password reset and invitation,
 * `wide` for public content such as a community's page.
 */
export function PublicLayout({
  children,
  wide = false,
}: {
  children?: React.ReactNode;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  useRouteFocus();
  return (
    <Box mih="100vh" bg="gray.0">
      <SkipLink />
      <Box
        component="header"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Container size="lg" h={64}>
          <Group h="100%" justify="space-between">
            <Link to="/" aria-label={t('header.homeLink')} style={{ textDecoration: 'none' }}>
              <Logo />
            </Link>
            <LanguageSwitch />
          </Group>
        </Container>
      </Box>
      <Container component="main" id={MAIN_ID} tabIndex={-1} size={wide ? 'lg' : 560} py="xl">
        <Paper withBorder radius="md" p={{ base: 'lg', sm: 'xl' }} shadow="xs">
          {children ?? <Outlet />}
        </Paper>
      </Container>
    </Box>
  );
}
