// Messages a person can act on, for validation and API errors. Keys are shared by the server
// (problem+json) and the web app (form errors). {{name}} placeholders are filled by i18next.
export const errorsFr = {
  validation: {
    required: 'Ce champ est obligatoire.',
    tooLong: 'Ce texte est trop long (au plus {{maximum}} caractères).',
    tooShort: 'Ce texte est trop court (au moins {{minimum}} caractères).',
    email: 'Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.',
    uuid: 'Identifiant invalide.',
    choose: 'Choisissez une valeur dans la liste.',
    invalid: 'Valeur invalide.',
    number: 'Saisissez un nombre.',
    url: 'Saisissez une adresse web complète, commençant par https:// (ou http://).',
    slug: 'L’adresse courte ne contient que des minuscules sans accent, des chiffres et des tirets (3 à 80 caractères), par exemple partenariat-usagers.',
  },
  password: {
    tooShort: 'Le mot de passe doit contenir au moins 12 caractères.',
    tooLong: 'Le mot de passe doit contenir au plus 128 caractères.',
    tooSimple:
      'Mélangez au moins trois types de caractères (minuscules, majuscules, chiffres, symboles) ou choisissez une phrase de passe de 16 caractères ou plus.',
    tooCommon: 'Ce mot de passe est trop courant : choisissez-en un autre.',
  },
  finess: {
    format:
      'Le numéro FINESS compte 9 caractères : 2 pour le département (ou 2A/2B), puis 7 chiffres. Exemple : 440000289.',
    checksum:
      'Ce numéro FINESS est mal saisi : sa clé de contrôle (dernier chiffre) ne correspond pas. Vérifiez-le sur le fichier FINESS.',
    taken: 'Un établissement porte déjà ce numéro FINESS.',
  },
  department: {
    format: 'Code de département invalide (ex. 44, 2A, 974).',
  },
  invitation: {
    establishmentAndRole:
      'Choisissez à la fois un établissement et un rôle dans cet établissement.',
  },
  thread: {
    subgroup: 'Choisissez un sous-groupe de cette communauté dont vous êtes membre.',
  },
  meeting: {
    subgroup: 'Ce sous-groupe n’appartient pas à cette communauté.',
    notMember: 'Cette personne n’est pas membre de la communauté.',
    date: 'Saisissez une date valide (jj/mm/aaaa).',
    time: 'Saisissez une heure au format hh:mm, par exemple 14:30.',
    endBeforeStart: 'L’heure de fin doit être après l’heure de début.',
  },
  partnership: {
    placeRequired: 'Indiquez le lieu de l’atelier en présentiel.',
    unknownCommunity: 'Cette communauté n’existe pas.',
    unknownEstablishment: 'Cet établissement n’existe pas.',
    notProfessional:
      'Cette personne n’est pas référente qualité-risques de cet établissement : rattachez-la d’abord à l’établissement avec ce rôle.',
    notRepresentative:
      'Cette personne n’est pas représentante des usagers de cet établissement : rattachez-la d’abord à l’établissement avec ce rôle.',
    ratingsIncomplete:
      'Évaluez chacun des domaines avant de transmettre votre cotation (vous pouvez enregistrer un brouillon en attendant).',
    unknownDomain: 'Ce domaine n’est pas proposé dans cet atelier.',
  },
  problem: {
    fileType:
      'Ce type de fichier n’est pas accepté, ou son contenu ne correspond pas à son extension. Formats acceptés : PDF, PNG, JPEG, texte, CSV, Word, Excel, PowerPoint, OpenDocument.',
    fileTooLarge: 'Ce fichier est trop volumineux (au plus {{max}} Mo).',
    fileMissing: 'Choisissez un fichier à déposer.',
    alreadyMember: 'Vous êtes déjà membre de cette communauté.',
    requestPending:
      'Votre demande est déjà transmise aux pilotes : ils vous répondront par e-mail.',
    requestDecided: 'Cette demande a déjà reçu une réponse.',
    lastPilot:
      'Vous êtes le dernier pilote : confiez le pilotage à un autre membre avant de quitter la communauté.',
    slugTaken: 'Une communauté utilise déjà cette adresse courte.',
    resourceSlugTaken: 'Une autre ressource de cette communauté utilise déjà cette adresse courte.',
    subgroupNameTaken: 'Un sous-groupe de cette communauté porte déjà ce nom.',
    domainNameTaken: 'Un domaine de partenariat porte déjà ce nom.',
    binomeMemberTaken:
      'Cette personne fait déjà partie d’un binôme de cet atelier : une personne ne peut être inscrite que dans un seul binôme par atelier.',
    expectationsRevealed:
      'Les attentes ont déjà été dévoilées : elles ne peuvent plus être modifiées.',
    ratingsSubmitted:
      'Vous avez déjà transmis votre cotation : elle ne peut plus être modifiée, afin que chacun réponde sans connaître la réponse de l’autre.',
    ratingsNotSubmitted:
      'Les deux membres du binôme doivent avoir transmis leur cotation avant de convenir d’une position commune.',
    workshopClosed: 'Cet atelier est clos : son contenu ne peut plus être modifié.',
    keepOnePilot: 'La communauté doit garder au moins un pilote : nommez-en un autre d’abord.',
    badRequest: 'La requête est invalide.',
    validation: 'Certains champs sont à corriger.',
    unauthenticated: 'Connectez-vous pour continuer.',
    forbidden: "Vous n'avez pas les droits pour cette action.",
    notFound: "Cette ressource n'existe pas ou n'est plus disponible.",
    conflict: 'Cette action entre en conflit avec des données existantes.',
    csrf: 'La page a expiré. Rechargez-la puis recommencez.',
    rateLimited: 'Trop de tentatives. Patientez une minute avant de réessayer.',
    invalidCredentials: 'Adresse e-mail ou mot de passe incorrect.',
    accountLocked:
      'Trop de tentatives échouées : le compte est verrouillé pendant {{minutes}} minutes. Vous pouvez aussi réinitialiser votre mot de passe.',
    invalidToken: 'Ce lien est invalide ou a expiré. Demandez-en un nouveau.',
    emailTaken: 'Un compte existe déjà avec cette adresse e-mail.',
    wrongPassword: 'Le mot de passe actuel est incorrect.',
    lastAdmin: 'Impossible : la plateforme doit garder au moins un administrateur.',
    payloadTooLarge: 'Le contenu envoyé est trop volumineux.',
    internal:
      "Une erreur inattendue s'est produite. Réessayez ; si elle persiste, contactez l'administrateur.",
    unavailable: 'La base de données ne répond pas.',
  },
};
export type ErrorMessages = typeof errorsFr;
