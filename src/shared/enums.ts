// Lists from the brief and the seed documents. Codes are stable identifiers; labels live in i18n.

export const SECTORS = ['sanitaire', 'ehpad', 'handicap', 'ssiad'] as const;
export type Sector = (typeof SECTORS)[number];

export const ROLE_CATEGORIES = [
  'directeur',
  'encadrement',
  'medical',
  'paramedical',
  'referent_qualite',
  'representant_usagers',
  'membre_association',
  'patient_partenaire',
  'autre',
] as const;
export type RoleCategory = (typeof ROLE_CATEGORIES)[number];

/** Platform-wide role of an account. */
export const PLATFORM_ROLES = ['admin', 'pilot', 'member', 'observer'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** Role of an account inside one establishment. */
export const ESTABLISHMENT_ROLES = ['quality_manager', 'user_representative'] as const;
export type EstablishmentRole = (typeof ESTABLISHMENT_ROLES)[number];

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const REGIONS = [
  'auvergne-rhone-alpes',
  'bourgogne-franche-comte',
  'bretagne',
  'centre-val-de-loire',
  'corse',
  'grand-est',
  'guadeloupe',
  'guyane',
  'hauts-de-france',
  'ile-de-france',
  'la-reunion',
  'martinique',
  'mayotte',
  'normandie',
  'nouvelle-aquitaine',
  'occitanie',
  'pays-de-la-loire',
  'provence-alpes-cote-d-azur',
] as const;
export type Region = (typeof REGIONS)[number];

/** The six modules of the brief, in navigation order. */
export const MODULES = [
  'communities',
  'partnership',
  'campaigns',
  'patient-experience',
  'quality-risks',
  'regional',
] as const;
export type ModuleCode = (typeof MODULES)[number];

/** Communities of practice (issue 3). */
export const COMMUNITY_STATUSES = ['active', 'archived'] as const;
export type CommunityStatus = (typeof COMMUNITY_STATUSES)[number];

export const COMMUNITY_ROLES = ['pilot', 'member'] as const;
export type CommunityRole = (typeof COMMUNITY_ROLES)[number];

export const DELIVERABLE_STATUSES = ['en_cours', 'finalise', 'abandonne'] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];

/** "à définir" covers the seed's "? (-)" meetings: date known, mode and place not yet. */
export const MEETING_MODES = ['visio', 'presentiel', 'a_definir'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

export const RESOURCE_TYPES = [
  'atelier_thematique',
  'outil',
  'projet',
  'campagne_nationale',
  'campagne_regionale',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/**
 * Domains where users and professionals can work in partnership (the second seed's grid).
 * Experience reports are filed under one of them; the partnership module reuses the list.
 */
export const PARTNERSHIP_DOMAINS = [
  'evenements_indesirables',
  'plaintes_mediation',
  'experience_patient',
  'projet_etablissement',
  'certification_evaluation',
  'documents_information',
  'formation',
  'parcours_soins',
  'instances',
] as const;
export type PartnershipDomain = (typeof PARTNERSHIP_DOMAINS)[number];

/** Levels of user partnership, from the least to the most shared. */
export const PARTNERSHIP_LEVELS = [
  'information',
  'consultation',
  'collaboration',
  'co_construction',
] as const;
export type PartnershipLevel = (typeof PARTNERSHIP_LEVELS)[number];

/** Who can read an experience report: the community's members, or everyone once the author publishes it. */
export const REPORT_VISIBILITIES = ['community', 'public'] as const;
export type ReportVisibility = (typeof REPORT_VISIBILITIES)[number];

/** In-app notification kinds. */
export const NOTIFICATION_KINDS = [
  'mention',
  'reply',
  'synthesis',
  'join_request',
  'join_decision',
  'meeting_invitation',
  'meeting_changed',
  'meeting_cancelled',
  'report_published',
  'workshop_registration',
  'workshop_revealed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Partnership workshops (issue 6). */
export const WORKSHOP_MODES = ['visio', 'presentiel'] as const;
export type WorkshopMode = (typeof WORKSHOP_MODES)[number];

/** The two members of a binôme. */
export const BINOME_SIDES = ['professional', 'representative'] as const;
export type BinomeSide = (typeof BINOME_SIDES)[number];

/** Actions decided from a partnership gap (until the action-plan module takes them over). */
export const ACTION_STATUSES = ['a_faire', 'en_cours', 'fait', 'abandonne'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
