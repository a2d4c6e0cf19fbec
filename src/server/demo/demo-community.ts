// The seed's community of practice ("Partenariat entre usagers et professionnels"), rebuilt with
// its structure — objectives, audience, pilots, contributors, deliverables, the five 2021
// meetings, related resources — and FICTIONAL people, organisations and contact details.
import type { CommunityValues } from '../modules/communities/communities.repository';

export const DEMO_COMMUNITY_SLUG = 'partenariat-usagers-professionnels';

export const DEMO_COMMUNITY: CommunityValues = {
  slug: DEMO_COMMUNITY_SLUG,
  title: 'Partenariat entre usagers et professionnels',
  tagline: 'Améliorer, faciliter l’implication de l’usager',
  status: 'active',
  isPublic: true,
  context: [
    'Pour améliorer la qualité et la sécurité des soins et des services, le **Programme national pour la sécurité des patients** fait de l’engagement des patients, à tous les niveaux du système de santé, une orientation majeure, en s’appuyant notamment sur le *modèle de Montréal*.',
    'Depuis plusieurs années, un groupe d’usagers experts (représentants des usagers et membres d’associations) apporte son regard sur les travaux de la structure régionale : promotion de la bientraitance, recherche en EHPAD, ateliers thématiques, bandes dessinées « histoires de patients »…',
    'Rassembler les usagers, leurs représentants et les professionnels des établissements répond à un souhait partagé de **co-construction**. De la loi 2002-2 pour le médico-social aux outils de dialogue de la Haute Autorité de santé : comment construire ensemble des outils de dialogue, de sensibilisation et de mise en œuvre du partenariat en matière de qualité et de sécurité ?',
  ].join('\n\n'),
  objectives: [
    'identifier des points de questionnement communs aux participants ;',
    'élaborer des stratégies et outils de sensibilisation et de communication mobilisables dans les établissements en faveur du partenariat usagers/professionnels ;',
    'partager les expériences entre les participants.',
  ],
  objectivesNote:
    'Selon les sujets identifiés, des sous-groupes de travail pourront être mis en place (par exemple sanitaire / médico-social).',
  definition:
    '« Groupe de personnes qui se rassemblent afin de partager et apprendre les uns des autres face à face. Ils sont tenus ensemble par un intérêt commun dans un champ de savoir et sont conduits par un désir et un besoin de partager des problèmes, des expériences, des modèles, des outils, et les meilleures pratiques. Les membres de la communauté approfondissent leurs connaissances en interagissant sur une base continue et, à long terme, ils développent un ensemble de bonnes pratiques. »',
  definitionSource:
    'Wenger, McDermott, Snyder, 2002 ; American Productivity and Quality Center, rapport, 2001, p. 8',
  audienceSectors: ['sanitaire', 'ehpad', 'handicap', 'ssiad'],
  audienceRoles: [
    'directeur',
    'encadrement',
    'medical',
    'paramedical',
    'referent_qualite',
    'representant_usagers',
    'autre',
  ],
  pilots: [
    { name: 'Bastien Morvan', phone: '01 99 00 41 10', email: 'pilote@demo.binome.fr' },
    { name: 'Maëlle Guillou', phone: '01 99 00 41 11', email: 'communaute@demo.binome.fr' },
  ],
  contributors: [
    {
      name: 'Aurélie Marchand',
      role: 'chargée de mission',
      organisation: 'Collectif des usagers (démo)',
    },
    { name: 'Josette Le Bihan', role: 'représentante d’usagers', organisation: null },
    {
      name: 'Yann Caradec',
      role: 'responsable qualité',
      organisation: 'Association Horizons (démo)',
    },
    { name: 'Monique Tessier', role: 'représentante d’usagers', organisation: null },
    {
      name: 'Hélène Baudry',
      role: 'directrice',
      organisation: 'Centre de rééducation de l’Estran (démo)',
    },
    { name: 'Samira Benali', role: 'représentante d’usagers', organisation: null },
    {
      name: 'Pauline Chevalier',
      role: 'responsable qualité',
      organisation: 'Institut public des Marais (démo)',
    },
    {
      name: 'Loïc Jaouen',
      role: 'responsable qualité',
      organisation: 'Les Ajoncs, santé mentale (démo)',
    },
    { name: 'Hervé Le Gall', role: 'représentant d’usagers', organisation: null },
    { name: 'Françoise Perrot', role: 'représentante d’usagers', organisation: null },
    { name: 'Nadia Haddad', role: 'représentante d’usagers', organisation: null },
    {
      name: 'Valérie Rolland',
      role: 'responsable des relations avec les usagers',
      organisation: 'Centre hospitalier de Lisière-sur-Loire',
    },
    { name: 'Michel Durand-Pichon', role: 'représentant d’usagers', organisation: null },
    { name: 'Jean-Paul Kervella', role: 'représentant d’usagers', organisation: null },
  ],
  partners: [],
  deliverables: [
    {
      title: 'Création d’outils de communication : « Ici, j’ai un rôle essentiel dans mes soins »',
      status: 'finalise',
      url: null,
    },
    {
      title: 'Campagne d’évaluation de la participation de l’usager',
      status: 'en_cours',
      url: null,
    },
    {
      title: 'Campagne d’évaluation « accès aux soins des personnes en situation de handicap »',
      status: 'en_cours',
      url: null,
    },
  ],
  modalities:
    'N’hésitez pas à prendre contact avec les pilotes pour de plus amples renseignements, ou demandez à rejoindre la communauté depuis cette page.',
};

/** The seed's five 2021 meetings: three in visio, two whose mode was still "? (-)". */
export const DEMO_MEETINGS = [
  { date: '2021-01-19', start: '14:30', end: '16:00', mode: 'visio' },
  { date: '2021-02-11', start: '10:00', end: '11:30', mode: 'visio' },
  { date: '2021-06-08', start: '14:30', end: '16:00', mode: 'visio' },
  { date: '2021-09-21', start: '14:30', end: '16:00', mode: 'a_definir' },
  { date: '2021-12-14', start: '14:30', end: '16:00', mode: 'a_definir' },
] as const;

export const DEMO_RESOURCES = [
  {
    slug: 'ethique-bientraitance',
    type: 'atelier_thematique',
    title: 'Sensibilisation à la démarche éthique et à la promotion de la bientraitance',
    subtitle: 'Enjeux, concept et outils',
    body: 'Un atelier d’une demi-journée pour des équipes mixtes (professionnels et représentants des usagers) : repères sur l’éthique du quotidien, situations vécues, outils pour en parler en équipe.',
  },
  {
    slug: 'role-essentiel-dans-mes-soins',
    type: 'outil',
    title: 'Ici, j’ai un rôle essentiel dans mes soins !',
    subtitle: 'Affiches et livret',
    body: 'Des affiches et un livret, conçus avec des usagers, qui invitent chaque patient à poser ses questions, signaler ce qui l’inquiète et participer aux décisions.',
  },
  {
    slug: 'jeu-recueil-experience',
    type: 'outil',
    title:
      'Le jeu « Jette-toi à l’eau » : recueil de la satisfaction et de l’expérience des usagers',
    subtitle: 'Pour les personnes qui ne remplissent pas de questionnaire',
    body: 'Un jeu de plateau pour recueillir l’expérience de résidents et de personnes accompagnées qui ne peuvent pas répondre à un questionnaire écrit.',
  },
  {
    slug: 'participation-usagers-2021',
    type: 'campagne_nationale',
    title: 'Démarche de participation des usagers',
    subtitle: 'Campagne nationale 2021',
    body: 'Évaluer comment les usagers et leurs représentants participent à la vie et à la qualité de l’établissement.',
  },
  {
    slug: 'acces-soins-handicap-2021',
    type: 'campagne_regionale',
    title: 'Évaluation de l’accès aux soins des personnes en situation de handicap',
    subtitle: 'Campagne régionale 2021',
    body: 'Une grille d’auto-évaluation et un recueil du point de vue des personnes concernées sur l’accès aux soins.',
  },
  {
    slug: 'mesurer-experience',
    type: 'atelier_thematique',
    title: 'Mesurer l’expérience patients/usagers',
    subtitle: 'Pourquoi ? Comment ?',
    body: 'Panorama des méthodes (questionnaires, entretiens, focus groups, patient traceur) et de leurs usages pour améliorer les pratiques.',
  },
] as const;

/** A few shared questions inspired by the second seed (risk cell with RU, focus groups, AI). */
export const DEMO_THREADS = [
  {
    author: 'qualite@demo.binome.fr',
    title: 'Ouvrir la cellule de gestion des risques aux représentants des usagers ?',
    body: 'Nous envisageons d’inviter nos RU à la cellule qui analyse les événements indésirables. Comment avez-vous géré la confidentialité et la préparation des séances ?',
    replies: [
      {
        author: 'usager@demo.binome.fr',
        body: 'Côté RU : recevoir les cas anonymisés une semaine avant change tout. Et un binôme avec la référente qualité pour préparer.',
      },
      {
        author: 'pilote@demo.binome.fr',
        body: 'Synthèse provisoire : charte de confidentialité signée, cas anonymisés envoyés à l’avance, un temps de préparation en binôme, et un retour écrit aux RU sur les actions décidées.',
      },
    ],
    synthesis: 1,
  },
  {
    author: 'membre@demo.binome.fr',
    title: 'Focus groups avec des usagers : combien de participants, quel rythme ?',
    body: 'Nous aimerions compléter les questionnaires par des focus groups. Retours d’expérience bienvenus.',
    replies: [
      {
        author: 'qualite@demo.binome.fr',
        body: 'Six à huit personnes, une heure trente, deux fois par an ; un RU co-anime, ce qui libère la parole.',
      },
    ],
    synthesis: null,
  },
] as const;
