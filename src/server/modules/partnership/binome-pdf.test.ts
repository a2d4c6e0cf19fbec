import { describe, expect, it } from 'vitest';
import { pdfText, pdfTextLines } from '../../../../test/support/pdf-text';
import {
  PARTNERSHIP_DOMAINS,
  PARTNERSHIP_LEVELS,
  type PartnershipLevel,
} from '../../../shared/enums';
import type { BinomeDetail, BinomeHistory } from '../../../shared/schemas/partnership';
import { renderBinomePdf, renderBinomePdfAt } from './binome-pdf';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const DOMAIN_NAMES = [
  'Événements indésirables et cellule de gestion des risques',
  'Plaintes, réclamations et médiation',
  'Enquêtes d’expérience patient',
  'Projet d’établissement',
  'Certification ou évaluation',
  'Documents d’information des usagers',
  'Formation des professionnels',
  'Parcours de soins et d’accompagnement',
  'Instances (CDU, CVS)',
];

const level = (i: number): PartnershipLevel =>
  PARTNERSHIP_LEVELS[i % PARTNERSHIP_LEVELS.length] ?? 'information';

function makeDetail(overrides: Partial<BinomeDetail> = {}, domainCount = 9): BinomeDetail {
  const domains = Array.from({ length: domainCount }, (_, i) => ({
    id: uuid(100 + i),
    code: i < PARTNERSHIP_DOMAINS.length ? (PARTNERSHIP_DOMAINS[i] ?? null) : null,
    name: DOMAIN_NAMES[i] ?? `Domaine ajouté numéro ${i + 1} avec un nom assez long pour déborder`,
    description: '',
    position: i + 1,
    retiredAt: null,
  }));
  const at = '2025-06-12T08:00:00.000Z';
  return {
    id: uuid(1),
    workshop: {
      id: uuid(2),
      title: 'Journée régionale partenariat usagers / professionnels',
      startsAt: '2025-06-12T07:30:00.000Z',
      revealedAt: at,
      closedAt: null,
    },
    establishment: {
      id: uuid(3),
      name: 'Centre hospitalier de Lisière-sur-Loire',
      sector: 'sanitaire',
    },
    me: { id: uuid(4), name: 'Inès Garnier', side: 'professional' },
    partner: { id: uuid(5), name: 'Gérard Le Floch', side: 'representative' },
    domains,
    myExpectations: { expectations: 'x', preconceptions: 'y', submittedAt: at },
    partnerExpectations: { expectations: 'x', preconceptions: 'y', submittedAt: at },
    partnerExpectationsSubmitted: true,
    // The professional rates every domain "information"; the RU differs on even domains.
    myRatings: domains.map((d) => ({
      domainId: d.id,
      current: 'information',
      target: 'collaboration',
    })),
    myRatingsSubmittedAt: at,
    partnerRatingsSubmitted: true,
    partnerRatings: domains.map((d, i) => ({
      domainId: d.id,
      current: i % 2 === 0 ? 'consultation' : 'information',
      target: 'collaboration',
    })),
    positions: domains.map((d, i) => ({
      domainId: d.id,
      current: level(i % 2),
      target: level(2 + (i % 2)),
      comment:
        i === 0
          ? 'Le RU siège à la cellule de gestion des risques tous les quinze jours.'
          : `Commentaire du domaine ${i + 1} : ${'un texte très long qui décrit la discussion du binôme '.repeat(4)}`,
      agreedAt: at,
      agreedBy: uuid(4),
    })),
    stories: Array.from({ length: 5 }, (_, i) => ({
      id: uuid(200 + i),
      title: `Plus-value ${i + 1} : le livret d’accueil en FALC`,
      story: `Histoire ${i + 1}. ${'Les usagers ont relu le livret avec l’équipe et proposé des pictogrammes. '.repeat(5)}`,
      domainId: null,
      authorName: 'Inès Garnier',
      createdAt: at,
    })),
    actions: Array.from({ length: 8 }, (_, i) => ({
      id: uuid(300 + i),
      title: `Action ${i + 1} : inviter le représentant des usagers à la revue de direction`,
      domainId: null,
      owner: 'Direction qualité',
      dueOn: '2025-12-31',
      status: i === 0 ? 'en_cours' : 'a_faire',
      createdAt: at,
    })),
    readOnly: false,
    ...overrides,
  };
}

const noHistory: BinomeHistory = { workshops: [], domains: [] };

function pageCount(pdf: Buffer) {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

describe('binôme sheet (PDF)', () => {
  it('fits 9 domains, 5 stories and 8 actions on one A4 page', async () => {
    const pdf = await renderBinomePdfAt(
      makeDetail(),
      noHistory,
      'fr',
      new Date('2026-03-01T10:00:00Z'),
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(pageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    expect(text).toContain('Journée régionale partenariat usagers / professionnels');
    expect(text).toContain('jeudi 12 juin 2025 à 09:30');
    expect(text).toContain('Centre hospitalier de Lisière-sur-Loire – Sanitaire');
    expect(text).toContain('Professionnel(le) : Inès Garnier');
    expect(text).toContain('Représentant(e) des usagers : Gérard Le Floch');
    for (const name of DOMAIN_NAMES.slice(1)) expect(text).toContain(name);
    expect(text).toContain('Événements indésirables et cellule de');
    for (const heading of ['Professionnel', 'Représentant', 'Position commune', 'Écart']) {
      expect(text).toContain(heading);
    }
    for (const name of ['Information', 'Consultation', 'Collaboration', 'Co-construction']) {
      expect(text).toContain(name);
    }
    expect(text).toContain(
      'Le RU siège à la cellule de gestion des risques tous les quinze jours.',
    );
    // Long comments and stories are shortened, never dropped silently.
    expect(text).toContain('…');
    expect(text).not.toContain(
      'discussion du binôme un texte très long qui décrit la discussion du binôme un texte',
    );
    expect(text).toContain('Plus-value 5 : le livret d’accueil en FALC');
    expect(text).toContain('Action 8 : inviter le représentant des usagers');
    expect(text).toContain('Direction qualité');
    expect(text).toContain('31/12/2025');
    expect(text).toContain('En cours');
    expect(text).toContain('Fond orangé');
    expect(text).not.toContain('non affichée');
    expect(pdfTextLines(pdf)).toContain(
      'Binôme – fiche éditée le 1 mars 2026 – document réservé aux deux membres du binôme',
    );
  });

  it('shows the agreed positions only while the partner’s ratings are not there', async () => {
    const detail = makeDetail({
      partnerRatings: null,
      partnerRatingsSubmitted: false,
      // My own ratings say co-construction, which no agreed position uses: they must not show.
      myRatings: makeDetail().domains.map((d) => ({
        domainId: d.id,
        current: 'co_construction',
        target: 'co_construction',
      })),
      positions: makeDetail().positions.map((p) => ({
        ...p,
        current: 'information',
        target: 'collaboration',
      })),
    });
    const pdf = await renderBinomePdf(detail, noHistory, 'fr');
    expect(pageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    expect(text).toContain('Position commune');
    expect(text).toContain('quand les deux membres ont remis les leurs');
    expect(text).not.toContain('Co-construction');
    expect(text).not.toContain('Fond orangé');
    expect(text).toContain('Information');
    expect(text).toContain('+2');
  });

  it('puts the professional first whichever member prints, and speaks English', async () => {
    const detail = makeDetail({
      me: { id: uuid(5), name: 'Gérard Le Floch', side: 'representative' },
      partner: { id: uuid(4), name: 'Inès Garnier', side: 'professional' },
    });
    const pdf = await renderBinomePdfAt(detail, noHistory, 'en', new Date('2026-03-01T10:00:00Z'));
    expect(pageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    expect(text).toContain('Professional: Inès Garnier · User representative: Gérard Le Floch');
    expect(text).toContain('Partnership levels by domain');
    expect(text).toContain('Shared position');
    expect(text).toContain('Adverse events');
    expect(text).toContain('Thursday, 12 June 2025 at 09:30');
    expect(text).toContain('Health care');
    expect(text).toContain('In progress');
    expect(text).toContain('printed on 1 March 2026');
    expect(text).not.toContain('fiche éditée');
  });

  it('stays on one page with far too much to say, counting what it left out', async () => {
    const base = makeDetail({}, 30);
    const detail = makeDetail(
      {
        stories: Array.from({ length: 12 }, (_, i) => ({ ...base.stories[0]!, id: uuid(400 + i) })),
        actions: Array.from({ length: 40 }, (_, i) => ({
          ...base.actions[0]!,
          id: uuid(500 + i),
          title: `Action ${i + 1} ${'très longue '.repeat(30)}`,
        })),
      },
      30,
    );
    const history: BinomeHistory = {
      workshops: [
        {
          workshopId: uuid(900),
          title: 'Atelier de l’an dernier',
          startsAt: '2024-06-10T07:30:00.000Z',
          positions: [
            { domainId: uuid(100), current: 'information', target: 'consultation' },
            { domainId: uuid(101), current: 'consultation', target: 'collaboration' },
          ],
        },
        {
          workshopId: uuid(2),
          title: 'Journée régionale partenariat usagers / professionnels',
          startsAt: '2025-06-12T07:30:00.000Z',
          positions: [],
        },
      ],
      domains: [],
    };
    const pdf = await renderBinomePdf(detail, history, 'fr');
    expect(pageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    expect(text).toMatch(/… et \d+ autres domaines, non affichés faute de place\./);
    expect(text).toMatch(/… et \d+ autres plus-values, non affichées faute de place\./);
    expect(text).toMatch(/… et \d+ autres actions, non affichées faute de place\./);
    expect(text).toContain(
      'Atelier de l’an dernier (10 juin 2024) : 2 positions communes, niveau moyen actuel 1,5, cible 2,5',
    );
    expect(text).toContain('fiche éditée le');
  });
});
