import { Group, NavLink as MantineNavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { experiencePaths } from '../lib/paths';
import { useEstablishmentParam } from '../lib/use-establishment-param';

/** The module's sub-navigation; pages an account may not use are not offered (the API checks). */
export function ExperienceNav() {
  const { t } = useTranslation();
  const { keep, canManage, canRead } = useEstablishmentParam();
  const items = [
    { to: experiencePaths.dashboard, label: t('experience.nav.dashboard'), show: true },
    { to: experiencePaths.comments, label: t('experience.nav.comments'), show: canRead },
    { to: experiencePaths.imports, label: t('experience.nav.imports'), show: canManage },
    { to: experiencePaths.kiosks, label: t('experience.nav.kiosks'), show: canManage },
    { to: experiencePaths.focusGroups, label: t('experience.nav.focusGroups'), show: canRead },
    { to: experiencePaths.model, label: t('experience.nav.model'), show: canManage },
  ].filter((item) => item.show);
  return (
    <nav aria-label={t('experience.nav.label')}>
      <Group gap={4} wrap="wrap">
        {items.map((item) => (
          <MantineNavLink
            key={item.to}
            component={NavLink}
            to={item.to + keep}
            end
            label={item.label}
            w="auto"
            styles={{ root: { borderRadius: 'var(--mantine-radius-sm)' } }}
          />
        ))}
      </Group>
    </nav>
  );
}
