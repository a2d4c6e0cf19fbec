import { eq, inArray, isNotNull } from 'drizzle-orm';
import {
  PARTNERSHIP_DOMAINS,
  PARTNERSHIP_LEVELS,
  type ActionStatus,
  type PartnershipDomain,
  type PartnershipLevel,
  type RoleCategory,
  type Sector,
} from '../../shared/enums';
import type { Db, Tx } from '../db/client';
import {
  appMeta,
  establishments,
  partnershipActions,
  partnershipBinomes,
  partnershipDomains,
  partnershipExpectations,
  partnershipPositions,
  partnershipRatingSubmissions,
  partnershipRatings,
  partnershipStories,
  partnershipWorkshopCommunities,
  partnershipWorkshops,
  userEstablishments,
  users,
} from '../db/schema';
import { parisTime } from '../lib/paris-time';
import { hashPassword } from '../lib/passwords';
import { DEMO_ESTABLISHMENTS, DEMO_PASSWORD, demoFiness } from './demo-data';
import { claimSeedStep, demoCommunityId } from './seed-marker';

const SEEDED_KEY = 'demo_partnership_seeded_at';
const FACILITATOR = 'pilote@demo.binome.fr';

/**
 * Fictional people met only in the partnership workshops: the quality managers and user
 * representatives of the other demo establishments. Not in the start-up banner (same password).
 */
export const DEMO_PARTNERSHIP_PEOPLE: {
  email: string;
  name: string;
  roleCategory: RoleCategory;
  organisation: string;
  establishment: string;
  role: 'quality_manager' | 'user_representative';
}[] = [
  {
    email: 'qualite.clinique@demo.binome.fr',
    name: 'Marc Delaunay',
    roleCategory: 'referent_qualite',
    organisation: 'Clinique du Val d’Erdre',
    establishment: 'cliv',
    role: 'quality_manager',
  },
  {
    email: 'ru.clinique@demo.binome.fr',
    name: 'Françoise Ménard',
    roleCategory: 'representant_usagers',
    organisation: 'Ligue contre les maladies chroniques, délégation de Loire (démo)',
    establishment: 'cliv',
    role: 'user_representative',
  },
  {
    email: 'qualite.readaptation@demo.binome.fr',
    name: 'Nadia Benali',
    roleCategory: 'referent_qualite',
    organisation: 'Centre de réadaptation des Trois Rivières',
    establishment: 'ssr',
    role: 'quality_manager',
  },
  {
    email: 'ru.readaptation@demo.binome.fr',
    name: 'Jean-Pierre Tessier',
    roleCategory: 'representant_usagers',
    organisation: 'Association des accidentés de la route et de leurs familles (démo)',
    establishment: 'ssr',
    role: 'user_representative',
  },
  {
    email: 'cvs.ehpad@demo.binome.fr',
    name: 'Odile Chauvin',
    roleCategory: 'representant_usagers',
    organisation: 'Conseil de la vie sociale de l’EHPAD Les Glycines',
    establishment: 'ehpad1',
    role: 'user_representative',
  },
  {
    email: 'qualite.ime@demo.binome.fr',
    name: 'Thomas Lemaire',
    roleCategory: 'referent_qualite',
    organisation: 'IME Les Petits Chemins',
    establishment: 'ime',
    role: 'quality_manager',
  },
  {
    email: 'ru.ime@demo.binome.fr',
    name: 'Martine Guérin',
    roleCategory: 'representant_usagers',
    organisation: 'Association de parents d’enfants en situation de handicap (démo)',
    establishment: 'ime',
    role: 'user_representative',
  },
  {
    email: 'qualite.ssiad@demo.binome.fr',
    name: 'Élodie Marchand',
    roleCategory: 'encadrement',
    organisation: 'SSIAD du Pays des Coteaux',
    establishment: 'ssiad1',
    role: 'quality_manager',
  },
  {
    email: 'ru.ssiad@demo.binome.fr',
    name: 'Bernard Rousseau',
    roleCategory: 'representant_usagers',
    organisation: 'Association des retraités du Pays des Coteaux (démo)',
    establishment: 'ssiad1',
    role: 'user_representative',
  },
];

/** Demo accounts of DEMO_ACCOUNTS that sit in binômes, with the link they need. */
const EXISTING_LINKS = [
  { email: 'qualite@demo.binome.fr', establishment: 'chl', role: 'quality_manager' },
  { email: 'usager@demo.binome.fr', establishment: 'chl', role: 'user_representative' },
  { email: 'qualite.ehpad@demo.binome.fr', establishment: 'ehpad1', role: 'quality_manager' },
] as const;

interface Member {
  email: string;
  expectations: string;
  preconceptions: string;
  /** Nine current/target pairs in the order of PARTNERSHIP_DOMAINS, levels 1 to 4: "23 12 …". */
  ratings: string;
}

interface DemoBinome {
  establishment: string;
  professional: Member;
  representative: Member;
  /** The agreed positions, same format, with one comment per domain. */
  positions: string;
  comments: string[];
  stories: { title: string; story: string; domain: PartnershipDomain | null; by: 'pro' | 'ru' }[];
  actions: {
    title: string;
    owner: string;
    dueOn: string;
    status: ActionStatus;
    domain: PartnershipDomain | null;
  }[];
}

// Inspired by the seed's regional day: binômes of quality professionals and user representatives
// of the same establishment say what they expect and fear, rate the partnership, agree a position
// and tell what working together brought.
export const DEMO_PAST_BINOMES: DemoBinome[] = [
  {
    establishment: 'chl',
    professional: {
      email: 'qualite@demo.binome.fr',
      expectations:
        'Que les représentants des usagers apportent le regard du patient dans l’analyse des événements indésirables, pas seulement en commission des usagers. Construire ensemble les actions plutôt que les présenter une fois décidées.',
      preconceptions:
        'J’avais peur que la cellule de gestion des risques devienne un tribunal des équipes, et que les usagers ne retiennent que les plaintes. Je craignais aussi le secret : comment partager des fiches sans exposer les soignants ?',
      ratings: '44 34 33 23 34 24 12 23 44',
    },
    representative: {
      email: 'usager@demo.binome.fr',
      expectations:
        'Recevoir les documents assez tôt pour les lire, pouvoir poser des questions sans passer pour un contrôleur, et savoir ce que deviennent nos propositions.',
      preconceptions:
        'Je pensais servir de caution : être invité pour la photo de la certification, une fois le plan d’actions écrit. Et que le vocabulaire de la qualité nous tiendrait à distance.',
      ratings: '34 24 23 13 24 34 13 23 34',
    },
    positions: '44 34 23 13 34 24 12 23 34',
    comments: [
      'Le RU siège à la cellule de gestion des risques tous les quinze jours depuis un an.',
      'Les réclamations sont relues ensemble avant la CDU ; reste à associer le RU aux réponses.',
      'Le questionnaire de sortie a été revu avec les usagers, pas encore son analyse.',
      'Le projet d’établissement est présenté aux usagers une fois rédigé.',
      'Patients traceurs menés en binôme lors de la dernière visite.',
      'Le livret d’accueil est relu par les RU ; viser une écriture commune.',
      'Aucune intervention d’usager en formation pour l’instant.',
      'Focus groupe sortie d’hospitalisation prévu ; la parole des proches manque.',
      'CDU active, ordre du jour construit avec la présidente usager.',
    ],
    stories: [
      {
        title: 'Le représentant des usagers à la cellule de gestion des risques',
        story:
          'Tous les quinze jours, Gérard reçoit la veille les fiches d’événements indésirables anonymisées. Sa question sur l’information donnée à la famille après une chute a conduit à un appel systématique du lendemain. « Un échange sans filtre », dit l’équipe, qui prend désormais la parole après lui.',
        domain: 'evenements_indesirables',
        by: 'pro',
      },
      {
        title: 'Des réponses aux réclamations plus humaines',
        story:
          'En relisant ensemble les courriers de réponse, nous avons supprimé le jargon et ajouté le nom d’une personne à joindre. Les demandes de médiation ont baissé sur le semestre.',
        domain: 'plaintes_mediation',
        by: 'ru',
      },
    ],
    actions: [
      {
        title:
          'Inviter un représentant des usagers à une session de formation des nouveaux arrivants',
        owner: 'Direction des soins et RU',
        dueOn: '2025-11-30',
        status: 'fait',
        domain: 'formation',
      },
      {
        title: 'Coécrire avec les RU la trame de réponse aux réclamations',
        owner: 'Chargée des relations avec les usagers',
        dueOn: '2026-03-31',
        status: 'en_cours',
        domain: 'plaintes_mediation',
      },
      {
        title: 'Associer la CDU au bilan du projet d’établissement',
        owner: 'Direction générale',
        dueOn: '2026-06-30',
        status: 'a_faire',
        domain: 'projet_etablissement',
      },
    ],
  },
  {
    establishment: 'cliv',
    professional: {
      email: 'qualite.clinique@demo.binome.fr',
      expectations:
        'Mieux comprendre ce que vivent les patients aux urgences et en ambulatoire, au-delà des scores de satisfaction. Des représentants présents toute l’année, pas seulement quatre fois par an.',
      preconceptions:
        'Je redoutais une posture de revendication : que les usagers ne parlent que des plaintes et des délais d’attente, sans voir les contraintes des équipes.',
      ratings: '23 33 34 12 33 23 12 34 33',
    },
    representative: {
      email: 'ru.clinique@demo.binome.fr',
      expectations:
        'Être associée avant les décisions, avoir accès aux résultats des enquêtes et aux suites données. Que l’on nous explique les sigles.',
      preconceptions:
        'Une clinique privée, je pensais que la qualité y était surtout une affaire de chiffres et de certification, et que l’on n’attendait pas grand-chose des usagers.',
      ratings: '13 23 24 12 23 23 13 34 23',
    },
    positions: '23 23 34 12 23 23 12 34 23',
    comments: [
      'Les événements graves sont présentés en CDU ; pas encore d’analyse en commun.',
      'Les réclamations sont examinées en CDU, avec un délai de réponse qui s’améliore.',
      'Les verbatims des questionnaires sont relus en binôme chaque trimestre.',
      'Projet d’établissement piloté par le groupe, peu de marge locale.',
      'RU présente lors des patients traceurs ; aller vers la préparation commune.',
      'Affichage des droits revu avec la RU.',
      'Pas d’action de formation avec les usagers.',
      'Focus groupes aux urgences menés avec la RU : à poursuivre en ambulatoire.',
      'CDU régulière ; la RU souhaite un temps d’échange avant chaque séance.',
    ],
    stories: [
      {
        title: 'Un focus groupe pour le parcours aux urgences',
        story:
          'Huit patients passés par les urgences ont décrit leur attente, animés par Françoise et une infirmière d’accueil. Résultat : un écran indiquant les délais, et un livret de sortie réécrit avec eux.',
        domain: 'parcours_soins',
        by: 'ru',
      },
    ],
    actions: [
      {
        title: 'Étendre les focus groupes au parcours ambulatoire',
        owner: 'Responsable qualité et RU',
        dueOn: '2026-01-31',
        status: 'en_cours',
        domain: 'parcours_soins',
      },
      {
        title: 'Analyser en binôme une plainte par trimestre, de la réception à la réponse',
        owner: 'Responsable qualité',
        dueOn: '2025-12-15',
        status: 'a_faire',
        domain: 'plaintes_mediation',
      },
    ],
  },
  {
    establishment: 'ssr',
    professional: {
      email: 'qualite.readaptation@demo.binome.fr',
      expectations:
        'Un regard extérieur sur nos documents, souvent trop techniques, et des idées pour associer les familles aux longues rééducations.',
      preconceptions:
        'J’ai longtemps pensé que les représentants des usagers manquaient de disponibilité, et qu’on ne pouvait pas leur demander plus que la CDU.',
      ratings: '23 23 23 12 23 34 13 23 23',
    },
    representative: {
      email: 'ru.readaptation@demo.binome.fr',
      expectations:
        'Faire entendre ce que vivent les patients après un accident : le retour à domicile, l’information des proches. Être utile concrètement.',
      preconceptions:
        'J’avais l’impression que l’on venait nous chercher pour cocher une case de la certification, et que les vraies décisions se prenaient ailleurs.',
      ratings: '13 13 23 12 13 34 12 24 23',
    },
    positions: '13 23 23 12 23 34 13 23 23',
    comments: [
      'Le RU n’a jamais vu d’analyse d’événement ; première participation prévue.',
      'Réclamations peu nombreuses, traitées en CDU avec le RU.',
      'Questionnaire adapté aux longs séjours, relu par le RU.',
      'Projet d’établissement en cours de rédaction, sans les usagers.',
      'RU interrogé lors de la visite ; pas de préparation commune.',
      'Livret d’accueil en FALC écrit avec le RU et des patients.',
      'Idée : témoignage de patients dans la formation des rééducateurs.',
      'Désaccord sur le retour à domicile : les proches ne se sentent pas préparés.',
      'CDU régulière et écoutée.',
    ],
    stories: [
      {
        title: 'Le livret d’accueil en FALC',
        story:
          'Jean-Pierre a réuni quatre patients pour relire le livret d’accueil ligne à ligne. La version en facile à lire et à comprendre, avec pictogrammes, est remise à chaque entrée ; les équipes la donnent aussi aux familles.',
        domain: 'documents_information',
        by: 'pro',
      },
      {
        title: 'La parole des proches sur le retour à domicile',
        story:
          'Des appels à des proches, trois mois après la sortie, ont montré qu’ils ne savaient pas qui appeler en cas de difficulté. Une fiche contact est désormais remise avec le courrier de sortie.',
        domain: 'parcours_soins',
        by: 'ru',
      },
    ],
    actions: [
      {
        title: 'Associer le RU à l’analyse d’un événement indésirable par trimestre',
        owner: 'Responsable qualité',
        dueOn: '2025-12-31',
        status: 'en_cours',
        domain: 'evenements_indesirables',
      },
      {
        title: 'Organiser une réunion d’information des proches avant la sortie',
        owner: 'Cadre de santé et RU',
        dueOn: '2026-04-30',
        status: 'a_faire',
        domain: 'parcours_soins',
      },
    ],
  },
  {
    establishment: 'ehpad1',
    professional: {
      email: 'qualite.ehpad@demo.binome.fr',
      expectations:
        'Que le conseil de la vie sociale devienne un lieu de travail et pas seulement d’information. Associer les familles à l’évaluation externe.',
      preconceptions:
        'Je craignais que les familles n’arrivent qu’avec des réclamations sur les repas et le linge, et que l’on passe les séances à se justifier.',
      ratings: '12 23 23 34 23 23 12 12 34',
    },
    representative: {
      email: 'cvs.ehpad@demo.binome.fr',
      expectations:
        'Être informée des incidents qui touchent les résidents, et que les résidents eux-mêmes puissent s’exprimer, pas seulement les familles.',
      preconceptions:
        'Je pensais que la direction déciderait de tout et que le conseil de la vie sociale ne serait qu’une chambre d’enregistrement.',
      ratings: '11 12 23 24 13 23 12 12 34',
    },
    positions: '12 23 23 34 23 23 12 12 34',
    comments: [
      'Les événements indésirables ne sont pas présentés au CVS ; à ouvrir progressivement.',
      'Les réclamations sont lues au CVS ; la présidente souhaite connaître les suites.',
      'Enquête de satisfaction construite avec le CVS ; résultats partagés.',
      'Le CVS a coécrit le volet vie sociale du projet d’établissement.',
      'Familles rencontrées par les évaluateurs ; préparation à faire ensemble.',
      'Règlement de fonctionnement relu par le CVS.',
      'Pas de formation commune pour l’instant.',
      'Les admissions restent une affaire de l’équipe.',
      'CVS présidé par une représentante des familles, ordre du jour partagé.',
    ],
    stories: [
      {
        title: 'Le CVS coauteur du projet d’établissement',
        story:
          'Trois ateliers avec des résidents et des familles ont nourri le volet vie sociale : horaires des repas plus souples, sorties au marché, accueil des petits-enfants le mercredi.',
        domain: 'projet_etablissement',
        by: 'pro',
      },
    ],
    actions: [
      {
        title: 'Présenter au CVS un bilan anonymisé des événements indésirables chaque semestre',
        owner: 'Référente qualité',
        dueOn: '2026-01-15',
        status: 'a_faire',
        domain: 'evenements_indesirables',
      },
    ],
  },
  {
    establishment: 'ime',
    professional: {
      email: 'qualite.ime@demo.binome.fr',
      expectations:
        'Donner la parole aux jeunes accompagnés, avec les outils adaptés, et travailler avec les parents sur l’évaluation.',
      preconceptions:
        'Je croyais que les parents n’auraient pas le temps, et que la démarche qualité leur paraîtrait bien loin du quotidien de leur enfant.',
      ratings: '12 12 23 23 23 34 13 23 34',
    },
    representative: {
      email: 'ru.ime@demo.binome.fr',
      expectations:
        'Que les documents soient compréhensibles par les jeunes eux-mêmes, et que les parents soient consultés sur les projets personnalisés.',
      preconceptions:
        'J’avais peur d’être la mère qui se plaint, et que mes remarques soient prises comme une critique des éducateurs.',
      ratings: '12 12 13 23 13 24 12 23 23',
    },
    positions: '12 12 23 23 23 34 13 23 23',
    comments: [
      'Incidents présentés en CVS, sans analyse commune.',
      'Peu de réclamations écrites ; les parents en parlent aux éducateurs.',
      'Questionnaire en FALC pour les jeunes, testé cette année.',
      'Projet d’établissement relu par deux parents.',
      'Parents et jeunes rencontrés par les évaluateurs.',
      'Livret d’accueil et règlement en FALC, écrits avec des jeunes.',
      'Une mère de l’association intervient dans la formation des nouveaux éducateurs.',
      'Les transitions vers l’âge adulte inquiètent les familles.',
      'CVS actif ; les jeunes y siègent avec un accompagnement.',
    ],
    stories: [
      {
        title: 'Des documents en FALC écrits avec les jeunes',
        story:
          'Un groupe de cinq jeunes a choisi les pictogrammes et testé chaque phrase du livret d’accueil. Ils le présentent eux-mêmes aux nouveaux arrivants.',
        domain: 'documents_information',
        by: 'ru',
      },
    ],
    actions: [
      {
        title: 'Créer une réunion parents sur le passage vers les structures adultes',
        owner: 'Chef de service et association de parents',
        dueOn: '2026-02-28',
        status: 'en_cours',
        domain: 'parcours_soins',
      },
      {
        title: 'Traduire en FALC le questionnaire de satisfaction des familles',
        owner: 'Référent qualité',
        dueOn: '2025-10-31',
        status: 'fait',
        domain: 'experience_patient',
      },
    ],
  },
  {
    establishment: 'ssiad1',
    professional: {
      email: 'qualite.ssiad@demo.binome.fr',
      expectations:
        'Trouver comment associer des usagers qui vivent chez eux, souvent âgés et isolés. Un représentant pour relire nos documents et nos enquêtes.',
      preconceptions:
        'Dans un petit service, je pensais que la participation des usagers était réservée aux hôpitaux, et qu’on n’en avait pas les moyens.',
      ratings: '12 22 23 12 23 23 12 23 12',
    },
    representative: {
      email: 'ru.ssiad@demo.binome.fr',
      expectations:
        'Que l’on écoute les aidants, qui sont en première ligne à domicile, et que les horaires de passage soient discutés avec les familles.',
      preconceptions:
        'Je pensais que l’on me demanderait seulement de signer un compte rendu, et que mon avis ne changerait rien à l’organisation des tournées.',
      ratings: '12 12 13 12 12 23 12 34 12',
    },
    positions: '12 12 23 12 23 23 12 23 12',
    comments: [
      'Les incidents à domicile sont analysés en équipe, sans usager.',
      'Peu de réclamations ; un cahier de liaison recueille les remarques.',
      'Enquête annuelle par téléphone, construite avec le RU.',
      'Projet de service rédigé par l’équipe d’encadrement.',
      'Évaluation préparée en équipe ; le RU sera invité.',
      'Livret d’accueil relu par le RU ; ajout d’une page pour les aidants.',
      'Pas de formation commune.',
      'Désaccord sur les horaires de passage : le RU voudrait les décider avec les familles.',
      'Pas d’instance propre au service ; un groupe d’expression est envisagé.',
    ],
    stories: [
      {
        title: 'Une page pour les aidants dans le livret d’accueil',
        story:
          'Bernard a rappelé que les aidants ne savaient pas qui prévenir en cas d’absence du soignant. Une page pratique, avec les numéros utiles et les horaires, est désormais remise à chaque prise en charge.',
        domain: 'documents_information',
        by: 'ru',
      },
    ],
    actions: [
      {
        title: 'Réunir un groupe d’expression des aidants deux fois par an',
        owner: 'Infirmière coordinatrice',
        dueOn: '2026-05-31',
        status: 'a_faire',
        domain: 'instances',
      },
    ],
  },
];

/** The upcoming workshop's binômes (registered, nothing answered yet). */
export const DEMO_UPCOMING_BINOMES = [
  {
    establishment: 'chl',
    professional: 'qualite@demo.binome.fr',
    representative: 'usager@demo.binome.fr',
  },
  {
    establishment: 'ehpad1',
    professional: 'qualite.ehpad@demo.binome.fr',
    representative: 'cvs.ehpad@demo.binome.fr',
  },
];

export const DEMO_PAST_WORKSHOP = {
  title: 'Journée régionale partenariat usagers / professionnels',
  description:
    'Des binômes qualiticien / représentant des usagers d’un même établissement expriment leurs attentes et leurs a priori, situent leur partenariat domaine par domaine, puis racontent ce que le travail en commun a apporté.',
  date: '2025-06-12',
  start: '09:30',
  end: '16:30',
  mode: 'presentiel',
  place: 'Maison des associations, Lisière-sur-Loire',
};

export const DEMO_UPCOMING_WORKSHOP = {
  title: 'Atelier partenariat : du constat aux actions',
  description:
    'Deuxième atelier régional : chaque binôme reprend ses positions communes, mesure le chemin parcouru et choisit les actions de l’année.',
  date: '2027-03-18',
  start: '14:00',
  end: '17:00',
  mode: 'visio',
  link: 'https://visio.example.org/binome-atelier-partenariat',
};

const level = (digit: string | undefined): PartnershipLevel =>
  PARTNERSHIP_LEVELS[Number(digit) - 1] ?? 'information';
/** "23 12 …" → [{ current, target }, …] */
const pairs = (value: string) =>
  value.split(' ').map((pair) => ({ current: level(pair[0]), target: level(pair[1]) }));

/** Minutes after the workshop's start, as an instant. */
const during = (minutes: number) =>
  new Date(
    parisTime(DEMO_PAST_WORKSHOP.date, DEMO_PAST_WORKSHOP.start).getTime() + minutes * 60_000,
  );

/**
 * Adds the partnership workshops once (own marker): a past regional day with six binômes from
 * the four sectors, fully answered, and an upcoming one to try the live flow. Returns false when
 * there is nothing to do.
 */
export async function seedDemoPartnership(db: Db): Promise<boolean> {
  const [already] = await db.select().from(appMeta).where(eq(appMeta.key, SEEDED_KEY));
  if (already) return false;
  // One hash for all the new people: they share the demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const communityId = await demoCommunityId(tx);
    if (!communityId) return false;
    if (!(await claimSeedStep(tx, SEEDED_KEY))) return false;

    const places = await tx
      .select({ id: establishments.id, finess: establishments.finess })
      .from(establishments)
      .where(inArray(establishments.finess, DEMO_ESTABLISHMENTS.map(demoFiness)));
    const placeOf = new Map(
      DEMO_ESTABLISHMENTS.map((e) => [e.key, places.find((p) => p.finess === demoFiness(e))?.id]),
    );
    const sectorOf = new Map<string, Sector>(DEMO_ESTABLISHMENTS.map((e) => [e.key, e.sector]));

    await tx
      .insert(users)
      .values(
        DEMO_PARTNERSHIP_PEOPLE.map((p) => ({
          email: p.email,
          name: p.name,
          passwordHash,
          platformRole: 'member',
          roleCategory: p.roleCategory,
          organisation: p.organisation,
          sectors: [sectorOf.get(p.establishment) ?? 'sanitaire'],
        })),
      )
      .onConflictDoNothing({ target: users.email });
    const people = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(
        inArray(users.email, [
          FACILITATOR,
          ...DEMO_PARTNERSHIP_PEOPLE.map((p) => p.email),
          ...EXISTING_LINKS.map((l) => l.email),
        ]),
      );
    const idOf = new Map(people.map((p) => [p.email, p.id]));

    // Binôme members must be their establishment's quality manager and user representative.
    const links = [...DEMO_PARTNERSHIP_PEOPLE, ...EXISTING_LINKS].flatMap((l) => {
      const userId = idOf.get(l.email);
      const establishmentId = placeOf.get(l.establishment);
      return userId && establishmentId ? [{ userId, establishmentId, role: l.role }] : [];
    });
    if (links.length > 0) await tx.insert(userEstablishments).values(links).onConflictDoNothing();

    const domains = await tx
      .select({ id: partnershipDomains.id, code: partnershipDomains.code })
      .from(partnershipDomains)
      .where(isNotNull(partnershipDomains.code));
    const domainOf = (code: string | null) =>
      code ? domains.find((d) => d.code === code)?.id : undefined;

    const past = await insertWorkshop(tx, communityId, idOf.get(FACILITATOR) ?? null, {
      ...DEMO_PAST_WORKSHOP,
      link: null,
      revealedAt: during(75),
      closedAt: parisTime('2025-06-20', '12:00'),
    });
    for (const [index, binome] of DEMO_PAST_BINOMES.entries()) {
      const establishmentId = placeOf.get(binome.establishment);
      const professionalId = idOf.get(binome.professional.email);
      const representativeId = idOf.get(binome.representative.email);
      if (!establishmentId || !professionalId || !representativeId) continue;
      const [row] = await tx
        .insert(partnershipBinomes)
        .values({
          workshopId: past,
          establishmentId,
          professionalId,
          representativeId,
          createdAt: parisTime('2025-05-20', '10:00'),
        })
        .returning({ id: partnershipBinomes.id });
      if (!row) continue;
      const binomeId = row.id;
      const members = [
        { side: 'professional', userId: professionalId, member: binome.professional },
        { side: 'representative', userId: representativeId, member: binome.representative },
      ];
      await tx.insert(partnershipExpectations).values(
        members.map((m, i) => ({
          binomeId,
          userId: m.userId,
          side: m.side,
          expectations: m.member.expectations,
          preconceptions: m.member.preconceptions,
          submittedAt: during(20 + index * 3 + i * 2),
          updatedAt: during(20 + index * 3 + i * 2),
        })),
      );
      await tx.insert(partnershipRatings).values(
        members.flatMap((m) =>
          pairs(m.member.ratings).flatMap((pair, i) => {
            const domainId = domainOf(PARTNERSHIP_DOMAINS[i] ?? null);
            return domainId
              ? [
                  {
                    binomeId,
                    userId: m.userId,
                    domainId,
                    ...pairLevels(pair),
                    updatedAt: during(110),
                  },
                ]
              : [];
          }),
        ),
      );
      await tx
        .insert(partnershipRatingSubmissions)
        .values(
          members.map((m, i) => ({ binomeId, userId: m.userId, submittedAt: during(115 + i * 4) })),
        );
      await tx.insert(partnershipPositions).values(
        pairs(binome.positions).flatMap((pair, i) => {
          const domainId = domainOf(PARTNERSHIP_DOMAINS[i] ?? null);
          return domainId
            ? [
                {
                  binomeId,
                  domainId,
                  ...pairLevels(pair),
                  comment: binome.comments[i] ?? '',
                  agreedBy: i % 2 === 0 ? professionalId : representativeId,
                  agreedAt: during(240 + i * 6),
                },
              ]
            : [];
        }),
      );
      if (binome.stories.length > 0) {
        await tx.insert(partnershipStories).values(
          binome.stories.map((s, i) => ({
            binomeId,
            domainId: domainOf(s.domain) ?? null,
            title: s.title,
            story: s.story,
            authorId: s.by === 'pro' ? professionalId : representativeId,
            createdAt: during(320 + i * 5),
          })),
        );
      }
      if (binome.actions.length > 0) {
        await tx.insert(partnershipActions).values(
          binome.actions.map((a, i) => ({
            binomeId,
            domainId: domainOf(a.domain) ?? null,
            title: a.title,
            owner: a.owner,
            dueOn: a.dueOn,
            status: a.status,
            createdBy: i % 2 === 0 ? professionalId : representativeId,
            createdAt: during(350 + i * 5),
            updatedAt: during(350 + i * 5),
          })),
        );
      }
    }

    const upcoming = await insertWorkshop(tx, communityId, idOf.get(FACILITATOR) ?? null, {
      ...DEMO_UPCOMING_WORKSHOP,
      place: null,
      revealedAt: null,
      closedAt: null,
    });
    const registered = DEMO_UPCOMING_BINOMES.flatMap((b) => {
      const establishmentId = placeOf.get(b.establishment);
      const professionalId = idOf.get(b.professional);
      const representativeId = idOf.get(b.representative);
      return establishmentId && professionalId && representativeId
        ? [{ workshopId: upcoming, establishmentId, professionalId, representativeId }]
        : [];
    });
    if (registered.length > 0) await tx.insert(partnershipBinomes).values(registered);
    return true;
  });
}

const pairLevels = (pair: { current: PartnershipLevel; target: PartnershipLevel }) => ({
  currentLevel: pair.current,
  targetLevel: pair.target,
});

async function insertWorkshop(
  tx: Tx,
  communityId: string,
  createdBy: string | null,
  w: {
    title: string;
    description: string;
    date: string;
    start: string;
    end: string;
    mode: string;
    place: string | null;
    link: string | null;
    revealedAt: Date | null;
    closedAt: Date | null;
  },
): Promise<string> {
  const [row] = await tx
    .insert(partnershipWorkshops)
    .values({
      title: w.title,
      description: w.description,
      startsAt: parisTime(w.date, w.start),
      endsAt: parisTime(w.date, w.end),
      mode: w.mode,
      place: w.place,
      link: w.link,
      createdBy,
      revealedAt: w.revealedAt,
      closedAt: w.closedAt,
    })
    .returning({ id: partnershipWorkshops.id });
  if (!row) throw new Error('insert returned no row');
  await tx.insert(partnershipWorkshopCommunities).values({ workshopId: row.id, communityId });
  return row.id;
}
