import type { TrainingRow } from '../model/types';

// A small, hand-made French corpus for unit tests: four themes, each with praise and criticism,
// combined into one- and two-clause comments. Deterministic (no randomness).
const PHRASES: Record<string, { positif: string[]; negatif: string[] }> = {
  repas: {
    positif: [
      'les repas étaient délicieux',
      'très bonne cuisine',
      'le dîner était copieux et chaud',
    ],
    negatif: ['les repas étaient froids', 'la nourriture immangeable', 'plateau repas sans goût'],
  },
  attente: {
    positif: [
      'aucune attente aux urgences',
      'rendez-vous obtenu rapidement',
      'pris en charge vite',
    ],
    negatif: [
      'six heures d’attente aux urgences',
      'trois mois pour un rendez-vous',
      'attente interminable',
    ],
  },
  relations: {
    positif: ['infirmières adorables et souriantes', 'personnel très gentil', 'médecin à l’écoute'],
    negatif: ['aide-soignante désagréable', 'personnel méprisant', 'médecin froid et hautain'],
  },
  chambre: {
    positif: ['chambre spacieuse et calme', 'lit confortable', 'belle chambre lumineuse'],
    negatif: [
      'chambre bruyante toute la nuit',
      'lit cassé et inconfortable',
      'chambre trop chaude',
    ],
  },
};

export const TINY_THEMES = Object.keys(PHRASES);

export function tinyCorpus(): TrainingRow[] {
  const rows: TrainingRow[] = [];
  const themes = TINY_THEMES;
  for (const theme of themes) {
    for (const polarity of ['positif', 'negatif'] as const) {
      for (const phrase of PHRASES[theme]![polarity]) {
        rows.push({ text: `${phrase}.`, labels: [theme], sentiment: polarity });
        rows.push({ text: `Franchement ${phrase} !`, labels: [theme], sentiment: polarity });
      }
    }
  }
  // Two-theme comments: same polarity (positif/negatif) or opposite ones joined by "mais" (mixte).
  themes.forEach((a, i) => {
    const b = themes[(i + 1) % themes.length]!;
    PHRASES[a]!.positif.forEach((pa, k) => {
      const pb = PHRASES[b]!.positif[k]!;
      const na = PHRASES[a]!.negatif[k]!;
      const nb = PHRASES[b]!.negatif[k]!;
      rows.push({ text: `${pa} et ${pb}.`, labels: [a, b], sentiment: 'positif' });
      rows.push({ text: `${na}, ${nb}.`, labels: [a, b], sentiment: 'negatif' });
      rows.push({ text: `${pa} mais ${nb}.`, labels: [a, b], sentiment: 'mixte' });
    });
  });
  for (const text of ['RAS', 'Rien à signaler', 'rien de particulier', 'pas de commentaire'])
    rows.push({ text, labels: [], sentiment: 'neutre' });
  return rows;
}
