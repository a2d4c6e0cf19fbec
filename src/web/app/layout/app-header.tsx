import { ActionIcon, Badge, Burger, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/icons';
import { useCurrentUser, useLogout } from '../../lib/auth';
import { NotificationsBell } from '../../features/notifications/components/notifications-bell';
import { LanguageSwitch } from './language-switch';
import { Logo } from './logo';

interface AppHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
  navId: string;
}

export function AppHeader({ navOpened, onToggleNav, navId }: AppHeaderProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="md"
          size="sm"
          aria-label={navOpened ? t('nav.closeMenu') : t('nav.openMenu')}
          aria-expanded={navOpened}
          aria-controls={navId}
        />
        <UnstyledButton component={Link} to="/" aria-label={t('header.homeLink')}>
          <Logo />
        </UnstyledButton>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <LanguageSwitch />
        {user && <NotificationsBell />}
        {user && (
          <Group gap="xs" visibleFrom="sm" wrap="nowrap">
            <Text size="sm" fw={600}>
              {user.name}
            </Text>
            <Badge variant="light" color="binome" radius="sm">
              {t(`enums.platformRole.${user.platformRole}`)}
            </Badge>
          </Group>
        )}
        {user && (
          <>
            <Button
              visibleFrom="sm"
              variant="outline"
              size="compact-md"
              leftSection={<Icon name="logout" size={18} />}
              onClick={() => logout.mutate()}
              loading={logout.isPending}
            >
              {t('header.logout')}
            </Button>
            <ActionIcon
              hiddenFrom="sm"
              variant="outline"
              size="lg"
              aria-label={t('header.logout')}
              onClick={() => logout.mutate()}
              loading={logout.isPending}
            >
              <Icon name="logout" size={18} />
            </ActionIcon>
          </>
        )}
      </Group>
    </Group>
  );
}
