import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/enums';
import { errorsEn } from '../../shared/i18n/errors.en';
import { errorsFr } from '../../shared/i18n/errors.fr';
import { translations } from './translations';

const STORAGE_KEY = 'binome.language';

export const resources = {
  fr: { translation: translations.fr, errors: errorsFr },
  en: { translation: translations.en, errors: errorsEn },
} as const;

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'fr';
  } catch {
    return 'fr';
  }
}

/** French first: the stored choice wins, otherwise French (the platform's audience is French). */
export function initI18n() {
  const lng = storedLanguage();
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'fr',
    supportedLngs: [...LANGUAGES],
    ns: ['translation', 'errors'],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18next;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'fr';
}

export async function changeLanguage(language: Language) {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this visit only.
  }
  await i18next.changeLanguage(language);
}
