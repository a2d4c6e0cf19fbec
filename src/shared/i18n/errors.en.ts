import type { ErrorMessages } from './errors.fr';

export const errorsEn: ErrorMessages = {
  validation: {
    required: 'This field is required.',
    tooLong: 'This text is too long (at most {{maximum}} characters).',
    tooShort: 'This text is too short (at least {{minimum}} characters).',
    email: 'Enter a valid e-mail address, for example first.last@example.org.',
    uuid: 'Invalid identifier.',
    choose: 'Choose a value from the list.',
    date: 'Enter a valid date (dd/mm/yyyy).',
    invalid: 'Invalid value.',
    number: 'Enter a number.',
    url: 'Enter a full web address starting with https:// (or http://).',
    month: 'Enter a valid month, as yyyy-mm (e.g. 2025-03).',
    slug: 'The short address may only contain lower-case letters without accents, digits and hyphens (3 to 80 characters), e.g. user-partnership.',
  },
  password: {
    tooShort: 'The password must be at least 12 characters long.',
    tooLong: 'The password must be at most 128 characters long.',
    tooSimple:
      'Mix at least three kinds of characters (lower case, upper case, digits, symbols) or choose a passphrase of 16 characters or more.',
    tooCommon: 'This password is too common: choose another one.',
  },
  finess: {
    format:
      'A FINESS number has 9 characters: 2 for the département (or 2A/2B), then 7 digits. Example: 440000289.',
    checksum:
      'This FINESS number is mistyped: its check digit (the last one) does not match. Check it in the FINESS register.',
    taken: 'An establishment already has this FINESS number.',
  },
  department: {
    format: 'Invalid département code (e.g. 44, 2A, 974).',
  },
  invitation: {
    establishmentAndRole: 'Choose both an establishment and a role in that establishment.',
  },
  thread: {
    subgroup: 'Choose a sub-group of this community that you belong to.',
  },
  meeting: {
    subgroup: 'This sub-group does not belong to this community.',
    notMember: 'This person is not a member of the community.',
    date: 'Enter a valid date.',
    time: 'Enter a time as hh:mm, for example 14:30.',
    endBeforeStart: 'The end time must be after the start time.',
  },
  partnership: {
    placeRequired: 'Give the place of an in-person workshop.',
    unknownCommunity: 'This community does not exist.',
    unknownEstablishment: 'This establishment does not exist.',
    notProfessional:
      'This person is not a quality and risk manager of this establishment: link them to the establishment with this role first.',
    notRepresentative:
      'This person is not a user representative of this establishment: link them to the establishment with this role first.',
    ratingsIncomplete:
      'Rate every domain before handing in your ratings (you can save a draft meanwhile).',
    unknownDomain: 'This domain is not offered in this workshop.',
  },
  experience: {
    periodOrder: 'The end of the period must be on or after its start.',
    periodTooLong: 'A period covers at most 60 months: shorten it.',
    mappingText: 'Choose at least one comment column.',
    unknownColumn: 'The file has no such column.',
    unknownSource:
      'This source does not exist for this establishment: choose one from the list or name a new one.',
    unknownEstablishment: 'This establishment does not exist.',
    duplicateScoreLabel: 'Two questions have this label: give them different labels.',
    themeCode:
      'The code starts with a lower-case letter, then lower-case letters without accents, digits or _ (2 to 40 characters), e.g. waiting_time.',
    unknownTheme: 'This theme does not exist or was retired: choose one of the themes offered.',
    kioskAnsweredAt:
      'The answer’s date is out of the accepted range (at most 90 days before today): check the tablet’s date and time.',
    kioskEmptyAnswer: 'Answer at least one question or write a comment.',
  },
  focusGroup: {
    notProfessional:
      'This person is not a quality manager of this establishment: choose a professional from the list.',
    notRepresentative:
      'This person is not a user representative of this establishment: choose a representative from the list.',
    participantCount: 'Enter a number of participants between 1 and 50.',
    establishmentFixed: 'A focus group cannot move to another establishment.',
    unknownEstablishment: 'This establishment does not exist.',
  },
  problem: {
    importEmpty: 'This file is empty.',
    importNoHeader:
      'This file has no filled line: its first line must give the names of the columns.',
    importFormat:
      'Unknown format: upload a CSV file (separated by semicolons, commas or tabs) or an Excel workbook (.xlsx).',
    importXls:
      'Excel 97-2003 workbooks (.xls) cannot be read: open the file in Excel or LibreOffice and save it as .xlsx or CSV.',
    importUnreadable:
      'This file could not be read: it may be damaged, or not a real CSV or Excel file.',
    importStarted: 'This import has already started: its column mapping can no longer change.',
    llmDisabled:
      'Automatic summaries are not enabled on this platform (no language model is configured).',
    llmFailed:
      'The language model could not produce a summary right now. Try again in a few minutes.',
    themeCodeTaken: 'A theme already uses this code.',
    themeMerged:
      'This theme was merged into another one: its comments now carry the other theme, and a merge cannot be undone.',
    themeMergeTarget: 'Choose another theme, still in use, to merge this one into.',
    commentPending:
      'This comment has not been analysed yet: it can be reviewed once the analysis is done.',
    retrainRunning:
      'The model of this establishment is already being retrained: wait until it has finished.',
    modelNotActive:
      'Only the model in use can analyse the comments again: a newer model replaced this one, or it is not ready.',
    notEnoughCorrections:
      'At least {{min}} reviewed comments are needed to retrain the model and measure the change.',
    fileType:
      'This file type is not accepted, or its content does not match its extension. Accepted: PDF, PNG, JPEG, text, CSV, Word, Excel, PowerPoint, OpenDocument.',
    fileTooLarge: 'This file is too large (at most {{max}} MB).',
    fileMissing: 'Choose a file to upload.',
    alreadyMember: 'You are already a member of this community.',
    requestPending: 'Your request has already been sent to the pilots: they will answer by e-mail.',
    requestDecided: 'This request has already been answered.',
    lastPilot: 'You are the last pilot: hand over to another member before leaving the community.',
    slugTaken: 'Another community already uses this short address.',
    resourceSlugTaken: 'Another resource of this community already uses this short address.',
    subgroupNameTaken: 'A sub-group of this community already has this name.',
    domainNameTaken: 'A partnership domain already has this name.',
    binomeMemberTaken:
      'This person is already in a binôme of this workshop: a person can be in only one binôme per workshop.',
    expectationsRevealed:
      'The expectations have already been revealed: they can no longer be changed.',
    ratingsSubmitted:
      'You have already handed in your ratings: they can no longer be changed, so that each member answers without knowing the other’s answer.',
    ratingsNotSubmitted:
      'Both members of the binôme must hand in their ratings before agreeing on a shared position.',
    workshopClosed: 'This workshop is closed: its content can no longer be changed.',
    keepOnePilot: 'The community must keep at least one pilot: appoint another one first.',
    badRequest: 'The request is invalid.',
    validation: 'Some fields need correcting.',
    unauthenticated: 'Sign in to continue.',
    forbidden: 'You are not allowed to do this.',
    notFound: 'This resource does not exist or is no longer available.',
    conflict: 'This action conflicts with existing data.',
    csrf: 'The page has expired. Reload it and try again.',
    rateLimited: 'Too many attempts. Wait a minute before trying again.',
    invalidCredentials: 'Wrong e-mail address or password.',
    accountLocked:
      'Too many failed attempts: the account is locked for {{minutes}} minutes. You can also reset your password.',
    invalidToken: 'This link is invalid or has expired. Ask for a new one.',
    emailTaken: 'An account already exists with this e-mail address.',
    wrongPassword: 'The current password is wrong.',
    lastAdmin: 'Not possible: the platform must keep at least one administrator.',
    payloadTooLarge: 'The content sent is too large.',
    internal:
      'Something unexpected went wrong. Try again; if it persists, contact the administrator.',
    unavailable: 'The database is not responding.',
  },
};
