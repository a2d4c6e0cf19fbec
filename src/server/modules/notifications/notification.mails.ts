import type { Language, NotificationKind } from '../../../shared/enums';

// Plain-text wording of notifications for the daily digest, in the recipient's language. Only
// names and titles already visible in Binôme; never the content of messages.

export interface DigestItem {
  kind: NotificationKind;
  actor: string | null;
  community: string | null;
  data: Record<string, string>;
  link: string;
}

type Words = (i: DigestItem, someone: string) => string;

const LINES: Record<Language, Record<NotificationKind, Words>> = {
  fr: {
    mention: (i, a) => `${a} vous a mentionné(e) dans « ${i.data.threadTitle ?? ''} »`,
    reply: (i, a) => `${a} a répondu à « ${i.data.threadTitle ?? ''} »`,
    synthesis: (i) => `Une synthèse a été retenue pour « ${i.data.threadTitle ?? ''} »`,
    join_request: (_i, a) => `${a} demande à rejoindre la communauté`,
    join_decision: (i) =>
      i.data.accepted === 'true'
        ? 'Votre demande d’adhésion a été acceptée'
        : 'Votre demande d’adhésion n’a pas été retenue',
    meeting_invitation: (i) => `Vous êtes invité(e) à « ${i.data.meetingTitle ?? ''} »`,
    meeting_changed: (i) => `La rencontre « ${i.data.meetingTitle ?? ''} » a changé`,
    meeting_cancelled: (i) => `La rencontre « ${i.data.meetingTitle ?? ''} » est annulée`,
    report_published: (i) => `Nouveau retour d’expérience : « ${i.data.reportTitle ?? ''} »`,
    workshop_registration: (i) =>
      `Vous êtes inscrit(e) en binôme à l’atelier « ${i.data.workshopTitle ?? ''} »`,
    workshop_revealed: (i) =>
      `Les attentes de l’atelier « ${i.data.workshopTitle ?? ''} » sont dévoilées`,
  },
  en: {
    mention: (i, a) => `${a} mentioned you in “${i.data.threadTitle ?? ''}”`,
    reply: (i, a) => `${a} replied to “${i.data.threadTitle ?? ''}”`,
    synthesis: (i) => `A synthesis was chosen for “${i.data.threadTitle ?? ''}”`,
    join_request: (_i, a) => `${a} asks to join the community`,
    join_decision: (i) =>
      i.data.accepted === 'true'
        ? 'Your request to join was accepted'
        : 'Your request to join was declined',
    meeting_invitation: (i) => `You are invited to “${i.data.meetingTitle ?? ''}”`,
    meeting_changed: (i) => `The meeting “${i.data.meetingTitle ?? ''}” has changed`,
    meeting_cancelled: (i) => `The meeting “${i.data.meetingTitle ?? ''}” is cancelled`,
    report_published: (i) => `New experience report: “${i.data.reportTitle ?? ''}”`,
    workshop_registration: (i) =>
      `You are registered as a binôme for the workshop “${i.data.workshopTitle ?? ''}”`,
    workshop_revealed: (i) =>
      `The expectations of the workshop “${i.data.workshopTitle ?? ''}” are revealed`,
  },
};

/** Longer digests list the first items and point to the notifications page for the rest. */
const MAX_LINES = 20;

export function digestMail(language: Language, items: DigestItem[], publicUrl: string) {
  const someone = language === 'en' ? 'A member' : 'Un membre';
  const lines = items.slice(0, MAX_LINES).map((i) => {
    const where = i.community ? ` (${i.community})` : '';
    return `- ${LINES[language][i.kind](i, i.actor ?? someone)}${where}\n  ${publicUrl}${i.link}`;
  });
  const more = items.length - lines.length;
  const all = `${publicUrl}/notifications`;
  const settings = `${publicUrl}/profil`;
  if (language === 'en')
    return {
      subject: `Binôme: ${items.length} new notification${items.length > 1 ? 's' : ''}`,
      text: `Hello,\n\nHere is what happened on Binôme since your last summary:\n\n${lines.join('\n')}\n${more > 0 ? `\n…and ${more} more.\n` : ''}\nAll your notifications: ${all}\n\nYou can switch this daily summary off in your profile: ${settings}\n\nBinôme`,
    };
  return {
    subject: `Binôme : ${items.length} nouvelle${items.length > 1 ? 's' : ''} notification${items.length > 1 ? 's' : ''}`,
    text: `Bonjour,\n\nVoici ce qui s'est passé sur Binôme depuis votre dernier résumé :\n\n${lines.join('\n')}\n${more > 0 ? `\n… et ${more} autre${more > 1 ? 's' : ''}.\n` : ''}\nToutes vos notifications : ${all}\n\nVous pouvez désactiver ce résumé quotidien dans votre profil : ${settings}\n\nBinôme`,
  };
}
