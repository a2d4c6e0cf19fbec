import { createElement, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../../../../shared/enums';
import {
  PARTICIPANT_PROFILES,
  PATHWAYS,
  type FocusGroupDetail,
  type ThemeFinding,
} from '../../../../shared/schemas/experience';
import fr from '../locales/focusGroups.fr.json';
import { initTestI18n, renderStatic, testTheme } from '../experience.testing';
import { focusGroupKeys } from './api/focus-groups';
import { CommentsSummaryButton, summaryPeriod } from './comments-summary';
import { FindingsAside } from './findings-aside';
import { FocusGroupPage } from './focus-group-page';

const ESTABLISHMENT = '0b4f3c2e-1d2a-4b5c-8d9e-0f1a2b3c4d5e';
const GROUP = '6a0c1d2e-3f4a-4b5c-9d8e-7f6a5b4c3d2e';

beforeAll(async () => {
  await initTestI18n();
});

const render = (node: ReactNode, data: [readonly unknown[], unknown][] = [], path = '/') =>
  renderStatic(node, {
    themes: [
      testTheme('attente', 'Délais et attente'),
      testTheme('sortie', 'Sortie et suite des soins'),
    ],
    data,
    path,
  });

const group = (overrides: Partial<FocusGroupDetail> = {}): FocusGroupDetail => ({
  id: GROUP,
  establishmentId: ESTABLISHMENT,
  establishmentName: 'Centre hospitalier du Lac',
  title: 'Parcours aux urgences',
  pathway: 'urgences',
  heldOn: '2025-03-14',
  participants: 6,
  findings: 1,
  participantProfiles: [
    { profile: 'patient', count: 4, note: 'plus de 75 ans' },
    { profile: 'proche', count: 2, note: '' },
  ],
  professionalFacilitator: { id: crypto.randomUUID(), name: 'Claire Martin' },
  representativeFacilitator: null,
  notes: 'Attente longue la nuit.',
  findingList: [
    {
      id: crypto.randomUUID(),
      text: 'La nuit, l’attente dépasse quatre heures.',
      themes: ['attente'],
      sentiment: 'negatif',
      actions: [
        {
          id: crypto.randomUUID(),
          findingId: null,
          title: 'Afficher le temps d’attente',
          theme: 'attente',
          owner: 'Cadre des urgences',
          dueOn: '2025-06-30',
          status: 'en_cours',
          createdAt: '2025-03-15T10:00:00.000Z',
        },
      ],
    },
  ],
  canEdit: true,
  ...overrides,
});

const page = (detail: FocusGroupDetail) =>
  render(
    createElement(
      Routes,
      null,
      createElement(Route, {
        path: '/experience-patient/groupes/:id',
        element: createElement(FocusGroupPage),
      }),
    ),
    [[focusGroupKeys.detail(GROUP), detail]],
    `/experience-patient/groupes/${GROUP}`,
  );

type Tree = { [key: string]: string | Tree };
const lookup = (key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], fr);

describe('focus group labels', () => {
  // Keys built at run time (template strings), which the locales test cannot see.
  it.each([
    ...PATHWAYS.map((p) => `pathways.${p}`),
    ...PARTICIPANT_PROFILES.flatMap((p) => [
      `profiles.${p}`,
      `profileCounts.${p}_one`,
      `profileCounts.${p}_other`,
    ]),
    ...ACTION_STATUSES.map((s) => `actionStatus.${s}`),
  ])('%s exists', (key) => {
    expect(typeof lookup(key)).toBe('string');
  });
});

describe('a focus group page', () => {
  it('shows profiles without names, the facilitators and the findings linked to the comments', () => {
    const html = page(group());
    expect(html).toContain('<h1');
    expect(html).toContain('Parcours aux urgences');
    expect(html).toContain('4 patients — plus de 75 ans');
    expect(html).toContain('2 proches');
    expect(html).toContain('Claire Martin');
    expect(html).toContain('Pas encore désigné');
    expect(html).toContain(
      `href="/experience-patient/commentaires?etablissement=${ESTABLISHMENT}&amp;theme=attente"`,
    );
    expect(html).toContain('Délais et attente');
    expect(html).toContain('Négatif');
    expect(html).toContain('Afficher le temps d’attente');
    // Editors get the buttons; the action's status is a select.
    expect(html).toContain('Créer une action');
    expect(html).toContain('Ajouter un constat');
    expect(html).toContain('aria-label="État de l’action « Afficher le temps d’attente »"');
  });

  it('is read-only for those who may not edit', () => {
    const html = page(group({ canEdit: false }));
    expect(html).not.toContain('Créer une action');
    expect(html).not.toContain('Ajouter un constat');
    expect(html).not.toContain('<select');
    expect(html).toContain('En cours');
  });
});

describe('findings beside the comments', () => {
  it('lists the sessions’ findings on a theme', () => {
    const findings: ThemeFinding[] = [
      {
        id: crypto.randomUUID(),
        focusGroupId: GROUP,
        focusGroupTitle: 'Parcours aux urgences',
        heldOn: '2025-03-14',
        text: 'On attend des heures.',
        themes: ['attente'],
        sentiment: null,
      },
    ];
    const html = render(
      createElement(FindingsAside, { establishmentId: ESTABLISHMENT, theme: 'attente' }),
      [[focusGroupKeys.themed(ESTABLISHMENT, 'attente'), findings]],
    );
    expect(html).toContain('Groupes d’expression : Délais et attente');
    expect(html).toContain('On attend des heures.');
    expect(html).toContain(`href="/experience-patient/groupes/${GROUP}"`);
  });

  it('says when no session raised the theme', () => {
    const html = render(
      createElement(FindingsAside, { establishmentId: ESTABLISHMENT, theme: 'sortie' }),
      [[focusGroupKeys.themed(ESTABLISHMENT, 'sortie'), []]],
    );
    expect(html).toContain('Aucun groupe d’expression n’a relevé ce thème.');
  });
});

describe('the summary button', () => {
  const status = ['experience', 'summary', 'status'] as const;
  const button = () => createElement(CommentsSummaryButton, { establishmentId: ESTABLISHMENT });

  it('is absent while no language model is configured', () => {
    expect(render(button(), [[status, { enabled: false }]])).not.toContain('<button');
    expect(render(button())).not.toContain('<button');
  });

  it('is offered when one is', () => {
    expect(render(button(), [[status, { enabled: true }]])).toContain(
      'Résumer ces commentaires (IA)',
    );
  });

  it('turns months into days', () => {
    expect(summaryPeriod('2024-02', '2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(summaryPeriod('2025-01-15', '2025-12')).toEqual({
      from: '2025-01-15',
      to: '2025-12-31',
    });
    expect(summaryPeriod()).toEqual({ from: undefined, to: undefined });
  });
});
