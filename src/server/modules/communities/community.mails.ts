import type { Language } from '../../../shared/enums';

// Short plain-text e-mails in the recipient's language; the requester's message is not copied
// into them (it stays in Binôme, behind the sign-in).

export function joinRequestedMail(
  language: Language,
  community: string,
  person: string,
  link: string,
) {
  return language === 'en'
    ? {
        subject: `Binôme: ${person} asks to join “${community}”`,
        text: `Hello,\n\n${person} asks to join the community “${community}”.\nAccept or decline the request here:\n\n${link}\n\nBinôme`,
      }
    : {
        subject: `Binôme : ${person} demande à rejoindre « ${community} »`,
        text: `Bonjour,\n\n${person} demande à rejoindre la communauté « ${community} ».\nAcceptez ou refusez la demande ici :\n\n${link}\n\nBinôme`,
      };
}

export function joinDecidedMail(
  language: Language,
  community: string,
  accepted: boolean,
  link: string,
) {
  if (language === 'en')
    return {
      subject: `Binôme: your request to join “${community}”`,
      text: accepted
        ? `Hello,\n\nWelcome: you are now a member of the community “${community}”.\n\n${link}\n\nBinôme`
        : `Hello,\n\nThe pilots of the community “${community}” declined your request. You may contact them for more information.\n\n${link}\n\nBinôme`,
    };
  return {
    subject: `Binôme : votre demande pour « ${community} »`,
    text: accepted
      ? `Bonjour,\n\nBienvenue : vous êtes désormais membre de la communauté « ${community} ».\n\n${link}\n\nBinôme`
      : `Bonjour,\n\nLes pilotes de la communauté « ${community} » n'ont pas retenu votre demande. Vous pouvez les contacter pour en savoir plus.\n\n${link}\n\nBinôme`,
  };
}

export function meetingReminderMail(
  language: Language,
  community: string,
  meeting: { title: string; when: string; mode: string },
  link: string,
) {
  return language === 'en'
    ? {
        subject: `Binôme: reminder, ${meeting.title} (${community})`,
        text: `Hello,\n\nA reminder: “${meeting.title}” of the community “${community}” takes place ${meeting.when} (${meeting.mode}).\nDetails, agenda and link:\n\n${link}\n\nBinôme`,
      }
    : {
        subject: `Binôme : rappel, ${meeting.title} (${community})`,
        text: `Bonjour,\n\nPetit rappel : « ${meeting.title} » de la communauté « ${community} » a lieu ${meeting.when} (${meeting.mode}).\nDétails, ordre du jour et lien :\n\n${link}\n\nBinôme`,
      };
}

/** What happened to the meeting: a new one, a change of time/mode/place, a cancellation. */
export type MeetingNews = 'invitation' | 'changed' | 'cancelled';

const NEWS_WORDS = {
  fr: {
    invitation: { subject: 'invitation', intro: 'Vous êtes invité(e) à' },
    changed: { subject: 'rencontre modifiée', intro: 'Changement pour' },
    cancelled: { subject: 'rencontre annulée', intro: 'Annulation de' },
  },
  en: {
    invitation: { subject: 'invitation', intro: 'You are invited to' },
    changed: { subject: 'meeting changed', intro: 'Change to' },
    cancelled: { subject: 'meeting cancelled', intro: 'Cancelled:' },
  },
} as const;

export function meetingInvitationMail(
  language: Language,
  community: string,
  meeting: { title: string; when: string; mode: string; link: string | null; place: string | null },
  links: { page: string; ics: string },
  news: MeetingNews = 'invitation',
) {
  const en = language === 'en';
  const words = NEWS_WORDS[language][news];
  const details = [
    meeting.link && (en ? `Video link: ${meeting.link}` : `Lien de visio : ${meeting.link}`),
    meeting.place && (en ? `Place: ${meeting.place}` : `Lieu : ${meeting.place}`),
  ]
    .filter(Boolean)
    .join('\n');
  const extra = details && news !== 'cancelled' ? `\n${details}\n` : '';
  // A cancelled meeting has no page nor calendar file any more: only the community's page.
  const tail =
    news === 'cancelled'
      ? en
        ? `\nThe meeting will not take place. The community's page:\n${links.page}\n\nBinôme`
        : `\nLa rencontre n’aura pas lieu. La page de la communauté :\n${links.page}\n\nBinôme`
      : en
        ? `\nDetails and agenda:\n${links.page}\n\nAdd it to your calendar (.ics):\n${links.ics}\n\nBinôme`
        : `\nDétails et ordre du jour :\n${links.page}\n\nAjouter à votre agenda (.ics) :\n${links.ics}\n\nBinôme`;
  return en
    ? {
        subject: `Binôme: ${words.subject}, ${meeting.title} (${community})`,
        text: `Hello,\n\n${words.intro} “${meeting.title}” of the community “${community}”, ${meeting.when} (${meeting.mode}).\n${extra}${tail}`,
      }
    : {
        subject: `Binôme : ${words.subject}, ${meeting.title} (${community})`,
        text: `Bonjour,\n\n${words.intro} « ${meeting.title} » de la communauté « ${community} », ${meeting.when} (${meeting.mode}).\n${extra}${tail}`,
      };
}
