import { createElement, type ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../../../shared/schemas/experience';
import { initTestI18n, renderStatic, testTheme } from '../../experience.testing';
import { drillDownHref, type Drill } from '../lib/comment-params';
import { DashboardView } from './dashboard-view';
import { HighlightedText } from './highlighted-text';

const ESTABLISHMENT = '0b4f3c2e-1d2a-4b5c-8d9e-0f1a2b3c4d5e';

beforeAll(async () => {
  await initTestI18n();
});

const render = (node: ReactNode) =>
  renderStatic(node, {
    themes: [
      testTheme('attente', 'Délais et attente'),
      testTheme('relations', 'Relations humaines'),
    ],
  });

const dashboard: Dashboard = {
  scope: {
    establishmentId: ESTABLISHMENT,
    establishmentName: 'Centre hospitalier de Lorient',
    service: null,
  },
  period: { from: '2025-01', to: '2025-03' },
  previousPeriod: { from: '2024-10', to: '2024-12' },
  comments: 125,
  previousComments: 100,
  pending: 3,
  suppressed: false,
  sentiments: [
    { sentiment: 'positif', comments: 75, share: 0.6, previousShare: 0.55, regionShare: 0.58 },
    { sentiment: 'negatif', comments: 50, share: 0.4, previousShare: 0.45, regionShare: 0.42 },
  ],
  themes: [
    {
      code: 'relations',
      comments: 40,
      share: 0.32,
      bySentiment: { positif: 35, negatif: 5 },
      previousShare: 0.28,
      regionShare: 0.3,
    },
    {
      code: 'attente',
      comments: 60,
      share: 0.48,
      bySentiment: { positif: 10, negatif: 50 },
      previousShare: null,
      regionShare: null,
    },
  ],
  months: [
    { month: '2025-01', comments: 40, bySentiment: { positif: 25, negatif: 15 } },
    { month: '2025-02', comments: 45, bySentiment: { positif: 25, negatif: 20 } },
    { month: '2025-03', comments: 40, bySentiment: { positif: 25, negatif: 15 } },
  ],
  topPositive: ['relations', 'attente'],
  topNegative: ['attente'],
  services: [{ service: 'Urgences', comments: 120 }],
  otherServices: 5,
  scores: [{ question: 'Note globale', mean: 7.46, answers: 80, previousMean: 7.1 }],
  region: { name: 'bretagne', establishments: 12, comments: 4000 },
};

const drill: Drill = ({ theme, sentiment, month }) =>
  drillDownHref({
    establishmentId: ESTABLISHMENT,
    from: month ?? '2025-01',
    to: month ?? '2025-03',
    theme,
    sentiment,
  });

const view = (data: Dashboard, withDrill: boolean) =>
  render(
    createElement(DashboardView, {
      data,
      drill: withDrill ? drill : null,
      canManage: true,
      keep: `?etablissement=${ESTABLISHMENT}`,
      periodChosen: false,
      serviceHref: (service) => `?service=${service}`,
      busy: false,
    }),
  );

const hrefs = (html: string) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));

describe('DashboardView', () => {
  it('links every segment, cell and month to the comments behind it', () => {
    const html = view(dashboard, true);
    const links = hrefs(html);
    const base = `/experience-patient/commentaires?etablissement=${ESTABLISHMENT}`;
    // Theme × sentiment (chart and table), the whole of a theme, a sentiment, a month.
    expect(links).toContain(`${base}&de=2025-01-01&a=2025-03-31&theme=attente&sentiment=negatif`);
    expect(links).toContain(`${base}&de=2025-01-01&a=2025-03-31&theme=relations`);
    expect(links).toContain(`${base}&de=2025-01-01&a=2025-03-31&sentiment=positif`);
    expect(links).toContain(`${base}&de=2025-02-01&a=2025-02-28`);
    // Charts with links are groups (an image may not hold links), each with a named link.
    expect(html).toMatch(/<svg[^>]*role="group"/);
    expect(html).toContain('aria-label="Délais et attente, Négatif : 50 commentaires"');
    expect(html).not.toContain('sentiment=neutre');
  });

  it('gives each chart a table with a caption, and compares with the past and the region', () => {
    const html = view(dashboard, true);
    const captions = [...html.matchAll(/<caption[^>]*>([^<]+)<\/caption>/g)].map((m) => m[1]);
    expect(captions).toEqual([
      'Sentiments exprimés',
      'Thèmes et sentiments',
      'Évolution mois par mois',
      'Services',
      'Questions fermées',
    ]);
    expect(html).toMatch(/\+4\spts vs période précédente · région : 30\s%/);
    expect(html).toMatch(
      /100 commentaires sur la période précédente \(octobre 2024 – décembre 2024\) \(\+25\s%\)/,
    );
    expect(html).toContain('3 commentaires en cours d’analyse');
    expect(html).toContain('Autres services (moins de 5 commentaires chacun)');
    expect(html).toMatch(/7,5/);
    // Regions come as codes: their names are shown.
    expect(html).toMatch(
      /Comparaison avec la région Bretagne : 12 établissements, 4\s000 commentaires/,
    );
  });

  it('shows no link to comments to someone who may not read them', () => {
    const html = view(dashboard, false);
    expect(hrefs(html).filter((href) => href.includes('/commentaires'))).toEqual([]);
    expect(html).not.toMatch(/role="group"/);
    expect(html).toMatch(/<svg[^>]*role="img"/);
  });

  it('withholds the figures of a small group, says why, and keeps the services', () => {
    const small: Dashboard = {
      ...dashboard,
      comments: 4,
      suppressed: true,
      sentiments: [],
      themes: [],
      months: [],
      topPositive: [],
      topNegative: [],
      scores: [],
      region: null,
    };
    const html = view(small, true);
    expect(html).toContain('Chiffres non affichés');
    expect(html).toContain('Moins de 5 commentaires');
    expect(html).not.toContain('<svg');
    expect([...html.matchAll(/<caption[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(['Services']);
    expect(hrefs(html)).toContain(
      `/experience-patient/commentaires?etablissement=${ESTABLISHMENT}&de=2025-01-01&a=2025-03-31`,
    );
  });

  it('explains an empty dashboard and offers imports and kiosks to managers', () => {
    const empty = { ...dashboard, comments: 0, previousComments: 0, pending: 0, suppressed: true };
    const html = view(empty, true);
    expect(html).toContain('Aucun commentaire pour l’instant');
    expect(hrefs(html)).toEqual([
      `/experience-patient/imports?etablissement=${ESTABLISHMENT}`,
      `/experience-patient/bornes?etablissement=${ESTABLISHMENT}`,
    ]);
  });
});

describe('HighlightedText', () => {
  it('marks the words that drove the analysis and says why', () => {
    const html = render(
      createElement(HighlightedText, {
        text: 'Attente <interminable> aux urgences',
        highlights: [
          { start: 0, end: 7, theme: 'attente', sentiment: null },
          { start: 8, end: 22, theme: null, sentiment: 'negatif' },
          { start: 3, end: 12, theme: 'relations', sentiment: null },
        ],
        describe: (h) => (h.theme ? `thème ${h.theme}` : `sentiment ${h.sentiment}`),
      }),
    );
    expect(html).toContain('<mark title="thème attente"');
    expect(html).toContain('>Attente</mark><span class="visually-hidden"> (thème attente)</span>');
    // The text is escaped, never injected as markup.
    expect(html).toContain('&lt;interminable&gt;</mark>');
    expect(html.match(/<mark/g)).toHaveLength(2);
  });
});
