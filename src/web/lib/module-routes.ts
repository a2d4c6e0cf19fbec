import type { ModuleCode } from '../../shared/enums';
import type { IconName } from '../components/icons';

/** The six modules of the brief, with their French URLs and icons. */
export const MODULE_ROUTES: Record<ModuleCode, { path: string; icon: IconName }> = {
  communities: { path: '/communautes', icon: 'communities' },
  partnership: { path: '/partenariat', icon: 'partnership' },
  campaigns: { path: '/campagnes', icon: 'campaigns' },
  'patient-experience': { path: '/experience-patient', icon: 'experience' },
  'quality-risks': { path: '/qualite-risques', icon: 'risks' },
  regional: { path: '/pilotage', icon: 'regional' },
};

/** Modules with their own pages; the others show an honest "coming soon" placeholder. */
export const BUILT_MODULES: readonly ModuleCode[] = [
  'communities',
  'partnership',
  'patient-experience',
];
