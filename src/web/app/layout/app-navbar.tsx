import { NavLink as MantineNavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useMatch, useResolvedPath } from 'react-router';
import { Icon } from '../../components/icons';
import { canInvite, isAdmin, useCurrentUser } from '../../lib/auth';
import { adminNavItems, moduleNavItems, type NavItem } from './nav-items';

function NavEntry({
  item,
  end = false,
  onNavigate,
}: {
  item: NavItem;
  end?: boolean;
  onNavigate: () => void;
}) {
  const { t } = useTranslation();
  const resolved = useResolvedPath(item.to);
  const active = Boolean(useMatch({ path: resolved.pathname, end }));
  return (
    <li>
      <MantineNavLink
        component={NavLink}
        to={item.to}
        end={end}
        label={t(item.label)}
        leftSection={<Icon name={item.icon} />}
        active={active}
        onClick={onNavigate}
        fw={active ? 700 : 500}
        styles={{ root: { borderRadius: 'var(--mantine-radius-md)' } }}
      />
    </li>
  );
}

function NavGroup({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <Text id={id} size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4} mt="sm">
        {title}
      </Text>
      <ul aria-labelledby={id} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {children}
      </ul>
    </div>
  );
}

/** Main navigation: home, the six modules, establishments, administration, profile. */
export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const admin = adminNavItems.filter((item) =>
    item.audience === 'admin' ? isAdmin(user) : canInvite(user),
  );
  return (
    <ScrollArea type="auto" style={{ flex: 1 }}>
      <Stack gap="xs" p="sm">
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          <NavEntry
            item={{ to: '/', label: 'nav.home', icon: 'home' }}
            end
            onNavigate={onNavigate}
          />
        </ul>
        <NavGroup id="nav-modules" title={t('nav.modules')}>
          {moduleNavItems.map((item) => (
            <NavEntry key={item.to} item={item} onNavigate={onNavigate} />
          ))}
        </NavGroup>
        <NavGroup id="nav-directory" title={t('nav.directory')}>
          <NavEntry
            item={{ to: '/etablissements', label: 'nav.establishments', icon: 'establishments' }}
            onNavigate={onNavigate}
          />
          <NavEntry
            item={{ to: '/profil', label: 'nav.profile', icon: 'profile' }}
            onNavigate={onNavigate}
          />
        </NavGroup>
        {admin.length > 0 && (
          <NavGroup id="nav-admin" title={t('nav.admin')}>
            {admin.map((item) => (
              <NavEntry key={item.to} item={item} onNavigate={onNavigate} />
            ))}
          </NavGroup>
        )}
      </Stack>
    </ScrollArea>
  );
}
