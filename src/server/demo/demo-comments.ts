import { createRng } from '../../analysis/model/prng';

// Fictional patient comments for the demo: sentences per theme and feeling, combined into
// comments of one to three ideas, spread over 18 months. A few stories run through them (waiting
// at the emergency department gets worse, then better after the focus group; meals in the EHPAD
// improve) so that the dashboards have something to show. Names and numbers are made up and are
// there to show the redaction.

type Feeling = 'positif' | 'negatif';

const PHRASES: Record<string, Record<Feeling, string[]>> = {
  accueil: {
    positif: [
      'Accueil très chaleureux dès l’admission',
      'Les secrétaires du bureau des entrées ont été aimables et efficaces',
      'Très bien accueilli à mon arrivée, on m’a tout de suite expliqué le déroulement',
    ],
    negatif: [
      'Accueil froid au bureau des entrées',
      'Impossible de joindre le standard, personne ne décroche',
      'À l’admission on m’a fait attendre debout sans un mot',
    ],
  },
  attente: {
    positif: [
      'Pris en charge rapidement aux urgences',
      'Peu d’attente pour le scanner, les délais ont été respectés',
    ],
    negatif: [
      'Six heures d’attente aux urgences sur un brancard',
      'Beaucoup trop d’attente avant de voir un médecin',
      'Le délai pour obtenir un rendez-vous est beaucoup trop long',
      'Attente interminable le jour de la sortie',
    ],
  },
  relations: {
    positif: [
      'Les infirmières ont été d’une grande gentillesse',
      'Personnel à l’écoute, souriant et respectueux',
      'Les aides-soignantes sont adorables avec ma mère',
    ],
    negatif: [
      'Une aide-soignante m’a parlé de façon méprisante',
      'Certains soignants ne frappent pas avant d’entrer et ne disent pas bonjour',
      'Le médecin était pressé et peu aimable',
    ],
  },
  soins: {
    positif: [
      'Soins de grande qualité, équipe très compétente',
      'Le chirurgien et l’anesthésiste ont été remarquables',
      'La rééducation m’a permis de remarcher rapidement',
    ],
    negatif: [
      'On a oublié de me donner mon traitement du soir',
      'Le pansement n’a pas été refait pendant deux jours',
    ],
  },
  information: {
    positif: [
      'Le médecin a pris le temps de bien m’expliquer l’opération',
      'Informations claires sur le traitement et ses effets',
    ],
    negatif: [
      'Personne ne nous a expliqué ce qui se passait',
      'Je n’ai reçu aucune information sur les résultats des examens',
      'On ne m’a pas demandé mon avis avant de changer le traitement',
    ],
  },
  douleur: {
    positif: ['Ma douleur a été bien soulagée', 'On m’a demandé régulièrement si j’avais mal'],
    negatif: [
      'J’ai eu très mal toute la nuit sans qu’on me donne d’antalgique',
      'La douleur n’a pas été prise au sérieux',
    ],
  },
  organisation: {
    positif: ['Service bien organisé, tout était prêt à mon arrivée'],
    negatif: [
      'On sent que le service manque de personnel',
      'Mon examen a été annulé et reporté trois fois',
      'Aucune coordination entre les urgences et le service',
    ],
  },
  chambre: {
    positif: ['Chambre spacieuse et calme', 'Le lit était confortable et la chambre agréable'],
    negatif: [
      'Chambre trop bruyante la nuit, impossible de dormir',
      'Il faisait beaucoup trop chaud dans la chambre',
      'La télévision ne fonctionnait pas',
    ],
  },
  hygiene: {
    positif: ['Chambre et sanitaires très propres'],
    negatif: ['Les toilettes étaient sales', 'Ménage fait à la va-vite, poussière sous le lit'],
  },
  repas: {
    positif: ['Les repas étaient bons et variés', 'Repas servis chauds et à l’heure'],
    negatif: [
      'Les repas sont froids et sans goût',
      'Nourriture immangeable, toujours la même purée',
      'Le dîner est servi beaucoup trop tôt',
    ],
  },
  sortie: {
    positif: ['Sortie bien préparée avec les ordonnances et le courrier pour mon médecin'],
    negatif: [
      'Sortie décidée au dernier moment sans ordonnance',
      'Pas de lettre de liaison pour mon médecin traitant',
    ],
  },
  droits: {
    positif: ['Mon intimité a été respectée pendant les soins'],
    negatif: [
      'La porte restait ouverte pendant la toilette',
      'Des informations me concernant ont été données devant d’autres patients',
    ],
  },
  proches: {
    positif: ['Ma famille a pu me rendre visite facilement', 'Les proches sont bien informés'],
    negatif: ['Horaires de visite trop restreints pour ma fille qui travaille'],
  },
  acces: {
    positif: ['Parking facile et bonne signalétique'],
    negatif: ['Impossible de se garer, le parking est saturé', 'On se perd dans les couloirs'],
  },
  frais: {
    positif: ['Aucun frais supplémentaire, tout était clair'],
    negatif: ['Des frais de chambre particulière facturés sans qu’on me prévienne'],
  },
  satisfaction: {
    positif: [
      'Merci à toute l’équipe',
      'Je recommande cet établissement',
      'Très satisfait de mon séjour',
    ],
    negatif: ['Je ne reviendrai pas dans cet établissement', 'Séjour très décevant'],
  },
};

/** Short answers with no theme. */
const EMPTY = ['RAS', 'Rien à signaler', 'Rien', 'Pas de remarque'];

/** Made-up personal data the redaction must hide (fictional names and numbers). */
const PERSONAL = [
  'Merci à Mme Vasseur pour sa douceur',
  'Vous pouvez me rappeler au 06 98 76 54 32',
  'Mon adresse est lucie.morvan@exemple.fr si besoin',
  'Bravo au docteur Kerlouan',
];

export interface DemoCommentProfile {
  establishment: string;
  services: string[];
  /** Comments over the 18 months. */
  volume: number;
  /** Theme weights (default: every theme 1). */
  themes?: Partial<Record<string, number>>;
  /** Share of positive ideas (0–1). */
  positive: number;
  /** Kiosk answers carry 4-face scores (1–4) instead of long texts. */
  kiosk?: boolean;
}

export interface DemoComment {
  establishment: string;
  service: string;
  receivedOn: string;
  text: string;
  scores: Record<string, number>;
  /** What the sentences were written for (the demo's reviewers "correct" towards it). */
  expected: { themes: string[]; sentiment: 'positif' | 'negatif' | 'mixte' | 'neutre' };
}

const pad = (n: number) => String(n).padStart(2, '0');

function pickWeighted(rng: () => number, weights: [string, number][]): string {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of weights) {
    r -= w;
    if (r <= 0) return value;
  }
  return weights.at(-1)![0];
}

const pick = <T>(rng: () => number, items: readonly T[]): T =>
  items[Math.floor(rng() * items.length)]!;

/**
 * Story lines: at the emergency department waiting gets worse during the first year, then better
 * in the last months (after the focus group); EHPAD meals improve over the period.
 */
function feelingShift(theme: string, service: string, monthIndex: number): number {
  if (theme === 'attente' && service === 'Urgences') return monthIndex < 12 ? -0.25 : 0.15;
  if (theme === 'repas' && /Unité/.test(service)) return -0.3 + monthIndex * 0.03;
  return 0;
}

/** The comments of every profile over the 18 months that end with `lastMonth` ("2026-10"). */
export function generateDemoComments(
  profiles: readonly DemoCommentProfile[],
  lastMonth: string,
  seed = 20_250_101,
): DemoComment[] {
  const rng = createRng(seed);
  const [year, month] = lastMonth.split('-').map(Number) as [number, number];
  const months = Array.from({ length: 18 }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 18 + i, 1));
    return { index: i, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
  });
  const out: DemoComment[] = [];
  for (const profile of profiles) {
    const weights = Object.keys(PHRASES).map((code): [string, number] => [
      code,
      profile.themes?.[code] ?? 1,
    ]);
    for (let n = 0; n < profile.volume; n += 1) {
      // Slightly more answers in recent months (the collection grows).
      const m = months[Math.min(17, Math.floor(Math.sqrt(rng()) * 18))]!;
      const day = 1 + Math.floor(rng() * 28);
      const service = pick(rng, profile.services);
      const ideas: string[] = [];
      const feelings: Feeling[] = [];
      const themes = new Set<string>();
      const roll = rng();
      if (roll < 0.06) ideas.push(pick(rng, EMPTY));
      else {
        const count = roll < 0.45 ? 1 : roll < 0.85 ? 2 : 3;
        for (let i = 0; i < count; i += 1) {
          const theme = pickWeighted(rng, weights);
          const chance = profile.positive + feelingShift(theme, service, m.index);
          const feeling: Feeling = rng() < chance ? 'positif' : 'negatif';
          const phrase = pick(rng, PHRASES[theme]![feeling]);
          if (!ideas.includes(phrase)) {
            ideas.push(phrase);
            feelings.push(feeling);
            themes.add(theme);
          }
        }
        if (rng() < 0.02) ideas.push(pick(rng, PERSONAL));
      }
      const text = ideas
        .map((idea, i) =>
          i === 0 ? idea : joiner(rng, feelings[i - 1] !== feelings[i]) + lowerFirst(idea),
        )
        .join('');
      const scores: Record<string, number> = {};
      // Scores follow the comment's tone (all positive → high), with some noise.
      const tone = feelings.length
        ? feelings.filter((f) => f === 'positif').length / feelings.length
        : profile.positive;
      if (profile.kiosk) {
        const mood = 1.5 + tone * 2.5;
        scores['kiosk.global'] = Math.max(1, Math.min(4, Math.round(mood + rng() - 0.5)));
        scores['kiosk.repas'] = Math.max(1, Math.min(4, Math.round(mood + rng() - 0.8)));
      } else if (rng() < 0.9) {
        // e-Satis style overall score out of 100.
        scores['Score global'] = Math.min(100, Math.round(35 + tone * 50 + rng() * 15));
      }
      out.push({
        establishment: profile.establishment,
        service,
        receivedOn: `${m.year}-${pad(m.month)}-${pad(day)}`,
        text: profile.kiosk && rng() < 0.35 ? '' : `${text}.`.replace(/\.\.$/, '.'),
        scores,
        expected: {
          themes: [...themes],
          sentiment:
            feelings.length === 0
              ? 'neutre'
              : feelings.every((f) => f === 'positif')
                ? 'positif'
                : feelings.every((f) => f === 'negatif')
                  ? 'negatif'
                  : 'mixte',
        },
      });
    }
  }
  return out;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** "mais" between a good and a bad point, a plain link otherwise. */
const joiner = (rng: () => number, contrast: boolean) =>
  contrast ? pick(rng, [' mais ', ', par contre ']) : pick(rng, [', ', ' et ', ', ']);
