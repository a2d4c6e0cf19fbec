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
    date: 'Saisissez une date valide (jj/mm/aaaa).',
    invalid: 'Valeur invalide.',
    number: 'Saisissez un nombre.',
    url: 'Saisissez une adresse web complète, commençant par https:// (ou http://).',
    month: 'Saisissez un mois valide, au format aaaa-mm (par exemple 2025-03).',
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
  experience: {
    periodOrder: 'La fin de la période doit être postérieure ou égale à son début.',
    periodTooLong: 'La période couvre au plus 60 mois : raccourcissez-la.',
    mappingText: 'Choisissez au moins une colonne de commentaire.',
    unknownColumn: 'Cette colonne n’existe pas dans le fichier.',
    unknownSource:
      'Cette source n’existe pas pour cet établissement : choisissez-en une dans la liste ou nommez-en une nouvelle.',
    unknownEstablishment: 'Cet établissement n’existe pas.',
    duplicateScoreLabel: 'Deux questions portent ce libellé : donnez-leur des libellés différents.',
    themeCode:
      'Le code commence par une lettre minuscule, puis des minuscules sans accent, des chiffres ou _ (2 à 40 caractères), par exemple temps_attente.',
    unknownTheme: 'Ce thème n’existe pas ou a été retiré : choisissez un thème proposé.',
    kioskAnsweredAt:
      'La date de la réponse est hors des limites acceptées (au plus 90 jours avant aujourd’hui) : vérifiez la date et l’heure de la tablette.',
    kioskEmptyAnswer: 'Répondez à au moins une question ou écrivez un commentaire.',
  },
  focusGroup: {
    notProfessional:
      'Cette personne n’est pas référente qualité de cet établissement : choisissez un professionnel proposé dans la liste.',
    notRepresentative:
      'Cette personne n’est pas représentante des usagers de cet établissement : choisissez un représentant proposé dans la liste.',
    participantCount: 'Indiquez un nombre de participants entre 1 et 50.',
    establishmentFixed: 'Un groupe d’expression ne peut pas changer d’établissement.',
    unknownEstablishment: 'Cet établissement n’existe pas.',
  },
  problem: {
    importEmpty: 'Ce fichier est vide.',
    importNoHeader:
      'Ce fichier ne contient aucune ligne remplie : sa première ligne doit donner le nom des colonnes.',
    importFormat:
      'Format non reconnu : déposez un fichier CSV (séparateur point-virgule, virgule ou tabulation) ou un classeur Excel (.xlsx).',
    importXls:
      'Les classeurs Excel 97-2003 (.xls) ne sont pas lus : ouvrez le fichier dans Excel ou LibreOffice, puis enregistrez-le au format .xlsx ou CSV.',
    importUnreadable:
      'Ce fichier n’a pas pu être lu : il est peut-être endommagé, ou ce n’est pas un vrai fichier CSV ou Excel.',
    importStarted:
      'Cet import est déjà lancé : sa correspondance des colonnes ne peut plus être modifiée.',
    llmDisabled:
      'Le résumé automatique n’est pas activé sur cette plateforme (aucun modèle de langue n’est configuré).',
    llmFailed:
      'Le modèle de langue n’a pas pu produire de résumé pour le moment. Réessayez dans quelques minutes.',
    themeCodeTaken: 'Un thème utilise déjà ce code.',
    themeMerged:
      'Ce thème a été fusionné dans un autre : ses commentaires portent désormais l’autre thème, la fusion ne peut pas être annulée.',
    themeMergeTarget: 'Choisissez un autre thème, en service, dans lequel fusionner celui-ci.',
    commentPending:
      'Ce commentaire n’a pas encore été analysé : il pourra être relu une fois l’analyse terminée.',
    retrainRunning:
      'Un réentraînement du modèle est déjà en cours pour cet établissement : attendez qu’il se termine.',
    modelNotActive:
      'Seul le modèle en service peut réanalyser les commentaires : un modèle plus récent l’a remplacé, ou celui-ci n’est pas prêt.',
    notEnoughCorrections:
      'Il faut au moins {{min}} commentaires relus pour réentraîner le modèle et mesurer le changement.',
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
