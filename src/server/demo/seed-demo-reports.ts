import { inArray } from 'drizzle-orm';
import type {
  PartnershipDomain,
  PartnershipLevel,
  ReportVisibility,
  Sector,
} from '../../shared/enums';
import type { Db } from '../db/client';
import { communityReports, establishments, users } from '../db/schema';
import { claimSeedStep, demoCommunityId } from './seed-marker';

const SEEDED_KEY = 'demo_reports_seeded_at';

interface DemoReport {
  author: string;
  establishment: string;
  sector: Sector;
  theme: PartnershipDomain;
  partnershipLevel: PartnershipLevel;
  title: string;
  whatWasDone: string;
  withWhom: string;
  results: string;
  lessons: string;
  contact: string;
  visibility: ReportVisibility;
  /** UTC day of writing (and of publication for public ones). */
  date: string;
}

// Fictional experience reports inspired by the seed's regional day (risk cell with user
// representatives, focus groups in the emergency department, AI on patients' comments).
export const DEMO_REPORTS: DemoReport[] = [
  {
    author: 'qualite@demo.binome.fr',
    establishment: 'Centre hospitalier de Lisière-sur-Loire',
    sector: 'sanitaire',
    theme: 'evenements_indesirables',
    partnershipLevel: 'co_construction',
    title: 'Les représentants des usagers à la cellule de gestion des risques',
    whatWasDone:
      'Depuis un an, un représentant des usagers siège à chaque cellule de gestion des risques, tous les quinze jours. Il reçoit les fiches d’événements indésirables anonymisées la veille, participe à l’analyse des causes et à la construction du plan d’actions.',
    withWhom:
      'Les deux représentants des usagers de la commission des usagers, l’équipe qualité-risques, les cadres de santé des services concernés.',
    results:
      'Douze événements analysés avec les usagers ; trois actions proposées par eux (affichage en chambre, appel du lendemain après une sortie, information des familles) sont en place.',
    lessons:
      'Former les représentants à la méthode d’analyse avant leur première cellule, et leur laisser la parole en premier : un échange sans filtre qui change le regard de l’équipe.',
    contact: 'Inès Garnier, référente qualité-risques (qualite@demo.binome.fr)',
    visibility: 'public',
    date: '2024-03-12',
  },
  {
    author: 'usager@demo.binome.fr',
    establishment: 'Clinique du Val d’Erdre',
    sector: 'sanitaire',
    theme: 'parcours_soins',
    partnershipLevel: 'collaboration',
    title: 'Des focus groupes pour améliorer le parcours aux urgences',
    whatWasDone:
      'Trois focus groupes de huit patients passés par les urgences dans le mois, animés par un représentant des usagers et une infirmière d’accueil, pour décrire l’attente, l’information reçue et la sortie.',
    withWhom:
      'Patients et proches volontaires, l’équipe des urgences, le service qualité de la clinique.',
    results:
      'Un écran d’information sur les délais d’attente et un livret de sortie réécrit avec les patients.',
    lessons:
      'Recruter les participants dès leur passage, et restituer les actions aux participants quelques mois plus tard.',
    contact: 'Gérard Le Floch, représentant des usagers (usager@demo.binome.fr)',
    visibility: 'community',
    date: '2024-05-21',
  },
  {
    author: 'membre@demo.binome.fr',
    establishment: 'Centre de réadaptation des Trois Rivières',
    sector: 'sanitaire',
    theme: 'experience_patient',
    partnershipLevel: 'consultation',
    title: 'L’intelligence artificielle pour analyser les commentaires des patients',
    whatWasDone:
      'Les commentaires libres des questionnaires de sortie (environ 1 500 par an) sont classés par thème avec un outil d’analyse automatique, puis relus par un binôme patient partenaire et qualiticien avant la commission des usagers.',
    withWhom: 'Un patient partenaire, la cellule qualité, le service informatique.',
    results:
      'Les thèmes de la restauration et du bruit la nuit ressortent nettement ; deux groupes de travail ont été lancés.',
    lessons:
      'L’outil trie, il ne décide pas : la relecture à deux reste indispensable, et les commentaires ne doivent contenir aucune donnée nominative.',
    contact: 'Yannick Bodin, patient partenaire (membre@demo.binome.fr)',
    visibility: 'community',
    date: '2024-09-03',
  },
];

/**
 * Adds the demo community's experience reports once (own marker, so that a database seeded
 * before reports existed gets them). Returns false when there is nothing to do.
 */
export async function seedDemoReports(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    const communityId = await demoCommunityId(tx);
    if (!communityId) return false;
    if (!(await claimSeedStep(tx, SEEDED_KEY))) return false;
    const people = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, [...new Set(DEMO_REPORTS.map((r) => r.author))]));
    const places = await tx
      .select({ id: establishments.id, name: establishments.name })
      .from(establishments)
      .where(inArray(establishments.name, [...new Set(DEMO_REPORTS.map((r) => r.establishment))]));
    await tx.insert(communityReports).values(
      DEMO_REPORTS.map(({ author, establishment, date, ...report }) => {
        const at = new Date(`${date}T09:00:00Z`);
        return {
          ...report,
          communityId: communityId,
          authorId: people.find((p) => p.email === author)?.id ?? null,
          establishmentId: places.find((p) => p.name === establishment)?.id ?? null,
          establishmentName: establishment,
          publishedAt: report.visibility === 'public' ? at : null,
          createdAt: at,
          updatedAt: at,
        };
      }),
    );
    return true;
  });
}
