import { experienceEn, experienceFr } from '../features/experience/locales';
import en from './locales/en.json';
import fr from './locales/fr.json';

// Every UI string, per language: the main files plus the modules that keep their own files.
// The web app, the server's documents (labels.ts) and the translation tests all read this.
export const translations = {
  fr: { ...fr, experience: experienceFr },
  en: { ...en, experience: experienceEn },
};
