import type {
  EstablishmentRole,
  PlatformRole,
  Region,
  RoleCategory,
  Sector,
} from '../../shared/enums';
import { finessCheckDigit } from '../../shared/finess';

// Fictional demo data. The establishments mirror the seed's region (Pays de la Loire) and its
// four sectors; names, people and e-mails are invented.

export const DEMO_PASSWORD = 'binome-demo';

interface DemoEstablishment {
  key: string;
  name: string;
  sector: Sector;
  department: string;
  region: Region;
  /** 8-character prefix; the Luhn key is appended. */
  finessPrefix: string;
}

export const DEMO_ESTABLISHMENTS: DemoEstablishment[] = [
  {
    key: 'chl',
    name: 'Centre hospitalier de Lisière-sur-Loire',
    sector: 'sanitaire',
    department: '44',
    region: 'pays-de-la-loire',
    finessPrefix: '44000100',
  },
  {
    key: 'cliv',
    name: 'Clinique du Val d’Erdre',
    sector: 'sanitaire',
    department: '44',
    region: 'pays-de-la-loire',
    finessPrefix: '44000211',
  },
  {
    key: 'ssr',
    name: 'Centre de réadaptation des Trois Rivières',
    sector: 'sanitaire',
    department: '49',
    region: 'pays-de-la-loire',
    finessPrefix: '49000322',
  },
  {
    key: 'psy',
    name: 'Établissement public de santé mentale du Bocage',
    sector: 'sanitaire',
    department: '85',
    region: 'pays-de-la-loire',
    finessPrefix: '85000433',
  },
  {
    key: 'ehpad1',
    name: 'EHPAD Les Glycines',
    sector: 'ehpad',
    department: '44',
    region: 'pays-de-la-loire',
    finessPrefix: '44000544',
  },
  {
    key: 'ehpad2',
    name: 'EHPAD Résidence du Moulin Neuf',
    sector: 'ehpad',
    department: '72',
    region: 'pays-de-la-loire',
    finessPrefix: '72000655',
  },
  {
    key: 'ehpad3',
    name: 'EHPAD La Roseraie',
    sector: 'ehpad',
    department: '53',
    region: 'pays-de-la-loire',
    finessPrefix: '53000766',
  },
  {
    key: 'ime',
    name: 'IME Les Petits Chemins',
    sector: 'handicap',
    department: '49',
    region: 'pays-de-la-loire',
    finessPrefix: '49000877',
  },
  {
    key: 'fam',
    name: 'Foyer d’accueil médicalisé L’Escale',
    sector: 'handicap',
    department: '85',
    region: 'pays-de-la-loire',
    finessPrefix: '85000988',
  },
  {
    key: 'esat',
    name: 'ESAT Les Ateliers du Marais',
    sector: 'handicap',
    department: '44',
    region: 'pays-de-la-loire',
    finessPrefix: '44001099',
  },
  {
    key: 'ssiad1',
    name: 'SSIAD du Pays des Coteaux',
    sector: 'ssiad',
    department: '72',
    region: 'pays-de-la-loire',
    finessPrefix: '72001110',
  },
  {
    key: 'ssiad2',
    name: 'SSIAD Mayenne Nord',
    sector: 'ssiad',
    department: '53',
    region: 'pays-de-la-loire',
    finessPrefix: '53001221',
  },
].map((e) => ({ ...e, region: e.region as Region, sector: e.sector as Sector }));

export const demoFiness = (e: DemoEstablishment) =>
  `${e.finessPrefix}${finessCheckDigit(e.finessPrefix)}`;

interface DemoAccount {
  email: string;
  name: string;
  platformRole: PlatformRole;
  roleCategory: RoleCategory;
  organisation: string;
  sectors: Sector[];
  /** What the account shows in the start-up banner. */
  description: string;
  links: { establishment: string; role: EstablishmentRole }[];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@demo.binome.fr',
    name: 'Camille Roussel',
    platformRole: 'admin',
    roleCategory: 'autre',
    organisation: 'Structure régionale d’appui (démo)',
    sectors: [],
    description: 'administrateur de la plateforme',
    links: [],
  },
  {
    email: 'pilote@demo.binome.fr',
    name: 'Bastien Morvan',
    platformRole: 'pilot',
    roleCategory: 'referent_qualite',
    organisation: 'Structure régionale d’appui (démo)',
    sectors: ['sanitaire', 'ehpad', 'handicap', 'ssiad'],
    description: 'pilote de la communauté de pratiques',
    links: [],
  },
  {
    email: 'qualite@demo.binome.fr',
    name: 'Inès Garnier',
    platformRole: 'member',
    roleCategory: 'referent_qualite',
    organisation: 'Centre hospitalier de Lisière-sur-Loire',
    sectors: ['sanitaire'],
    description: 'référente qualité-risques du centre hospitalier',
    links: [{ establishment: 'chl', role: 'quality_manager' }],
  },
  {
    email: 'usager@demo.binome.fr',
    name: 'Gérard Le Floch',
    platformRole: 'member',
    roleCategory: 'representant_usagers',
    organisation: 'Association des usagers du Val (démo)',
    sectors: ['sanitaire'],
    description: 'représentant des usagers du centre hospitalier',
    links: [{ establishment: 'chl', role: 'user_representative' }],
  },
  {
    email: 'qualite.ehpad@demo.binome.fr',
    name: 'Sandrine Quéré',
    platformRole: 'member',
    roleCategory: 'encadrement',
    organisation: 'EHPAD Les Glycines',
    sectors: ['ehpad'],
    description: 'référente qualité de l’EHPAD Les Glycines',
    links: [{ establishment: 'ehpad1', role: 'quality_manager' }],
  },
  {
    email: 'membre@demo.binome.fr',
    name: 'Yannick Bodin',
    platformRole: 'member',
    roleCategory: 'patient_partenaire',
    organisation: 'Patient partenaire (démo)',
    sectors: ['sanitaire'],
    description: 'membre (patient partenaire)',
    links: [],
  },
  {
    email: 'observateur@demo.binome.fr',
    name: 'Hélène Arnaud',
    platformRole: 'observer',
    roleCategory: 'autre',
    organisation: 'Agence régionale de santé (démo)',
    sectors: [],
    description: 'observatrice régionale (ARS)',
    links: [],
  },
];
