import { AppShell, Container } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { AppHeader } from './app-header';
import { AppNavbar } from './app-navbar';
import { NavigationProgress } from './navigation-progress';
import { MAIN_ID, SkipLink } from './skip-link';
import { useRouteFocus } from './use-route-focus';

const NAV_ID = 'navigation-principale';

/** Shell of signed-in pages: skip link, header, navigation (a drawer on mobile) and <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isMobile = useMediaQuery('(max-width: 61.99em)');
  useRouteFocus();
  return (
    <>
      <SkipLink />
      <NavigationProgress />
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 272, breakpoint: 'md', collapsed: { mobile: !opened } }}
        padding={{ base: 'md', md: 'xl' }}
      >
        <AppShell.Header>
          <AppHeader navOpened={opened} onToggleNav={toggle} navId={NAV_ID} />
        </AppShell.Header>
        <AppShell.Navbar
          id={NAV_ID}
          aria-label={t('nav.label')}
          inert={isMobile && !opened ? true : undefined}
          onKeyDown={(event) => event.key === 'Escape' && close()}
        >
          <AppNavbar onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_ID} tabIndex={-1} bg="gray.0">
          <Container size="lg" px={0}>
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
