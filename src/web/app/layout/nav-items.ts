import type { IconName } from '../../components/icons';
import { MODULE_ROUTES } from '../../lib/module-routes';

export interface NavItem {
  to: string;
  /** i18n key of the label. */
  label: string;
  icon: IconName;
}

export const moduleNavItems: NavItem[] = Object.entries(MODULE_ROUTES).map(([code, route]) => ({
  to: route.path,
  label: `modules.${code}.title`,
  icon: route.icon,
}));

export const adminNavItems: (NavItem & { audience: 'admin' | 'inviter' })[] = [
  { to: '/admin/utilisateurs', label: 'nav.users', icon: 'users', audience: 'admin' },
  { to: '/admin/invitations', label: 'nav.invitations', icon: 'invitations', audience: 'inviter' },
  { to: '/admin/audit', label: 'nav.audit', icon: 'audit', audience: 'admin' },
  { to: '/admin/courriels', label: 'nav.outbox', icon: 'outbox', audience: 'admin' },
  {
    to: '/admin/domaines-partenariat',
    label: 'nav.partnershipDomains',
    icon: 'partnership',
    audience: 'admin',
  },
  { to: '/admin/themes', label: 'nav.experienceThemes', icon: 'experience', audience: 'admin' },
];
