import type { Language } from '../../../shared/enums';

// E-mails are short, plain text, in the recipient's language. No health data ever goes in them.

export function passwordResetMail(language: Language, link: string, minutes: number) {
  return language === 'en'
    ? {
        subject: 'Binôme: reset your password',
        text: `Hello,\n\nSomeone (hopefully you) asked to reset the password of your Binôme account.\nOpen this link within ${minutes} minutes to choose a new password:\n\n${link}\n\nIf you did not ask for it, ignore this message: your password stays unchanged.\n\nBinôme`,
      }
    : {
        subject: 'Binôme : réinitialisation de votre mot de passe',
        text: `Bonjour,\n\nUne demande de réinitialisation du mot de passe de votre compte Binôme a été faite.\nOuvrez ce lien dans les ${minutes} minutes pour choisir un nouveau mot de passe :\n\n${link}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.\n\nBinôme`,
      };
}

export function invitationMail(
  language: Language,
  link: string,
  inviterName: string,
  days: number,
  establishmentName: string | null,
) {
  const where = establishmentName
    ? language === 'en'
      ? ` for ${establishmentName}`
      : ` pour ${establishmentName}`
    : '';
  return language === 'en'
    ? {
        subject: 'Binôme: you are invited',
        text: `Hello,\n\n${inviterName} invites you to join Binôme${where}, the platform where users and professionals build the quality and safety of care together.\nCreate your account within ${days} days with this link:\n\n${link}\n\nBinôme`,
      }
    : {
        subject: 'Binôme : vous êtes invité(e)',
        text: `Bonjour,\n\n${inviterName} vous invite à rejoindre Binôme${where}, la plateforme où usagers et professionnels construisent ensemble la qualité et la sécurité des soins.\nCréez votre compte dans les ${days} jours avec ce lien :\n\n${link}\n\nBinôme`,
      };
}
