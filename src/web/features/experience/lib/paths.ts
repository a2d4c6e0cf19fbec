// The module's French addresses (one place, so links and routes agree).
export const experiencePaths = {
  dashboard: '/experience-patient',
  comments: '/experience-patient/commentaires',
  comment: (id: number | string) => `/experience-patient/commentaires/${id}`,
  imports: '/experience-patient/imports',
  import: (id: string) => `/experience-patient/imports/${id}`,
  kiosks: '/experience-patient/bornes',
  kiosk: (token: string) => `/borne/${token}`,
  focusGroups: '/experience-patient/groupes',
  newFocusGroup: '/experience-patient/groupes/nouveau',
  focusGroup: (id: string) => `/experience-patient/groupes/${id}`,
  editFocusGroup: (id: string) => `/experience-patient/groupes/${id}/modifier`,
  model: '/experience-patient/modele',
  taxonomy: '/admin/themes',
} as const;

/** The query parameter that carries the chosen establishment between the module's pages. */
export const ESTABLISHMENT_PARAM = 'etablissement';
