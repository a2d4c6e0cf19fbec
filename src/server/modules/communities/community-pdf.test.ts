import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makePrivateCommunity,
  withDemoCommunity,
  type DemoCommunity,
} from '../../../../test/support/demo-community';
import { pdfText, pdfTextLines } from '../../../../test/support/pdf-text';
import type { TestClient } from '../../../../test/support/test-app';
import type { CommunityPage } from '../../../shared/schemas/communities';
import { DEMO_COMMUNITY, DEMO_COMMUNITY_SLUG } from '../../demo/demo-community';
import { markdownBlocks, toWinAnsi } from '../../lib/pdf-text';
import { renderCommunityPdf } from './community-pdf';

const url = `/api/communities/${DEMO_COMMUNITY_SLUG}/fiche.pdf`;
let demo: DemoCommunity;

beforeAll(async () => {
  demo = await withDemoCommunity();
});
afterAll(() => demo.t.close());

async function pdfOf(client: TestClient, path = url) {
  const response = await client.get(path);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  return pdfText(response.rawPayload);
}

describe('community page as PDF ("Imprimer cette fiche")', () => {
  it('gives visitors the public page: every section, the seed deliverables, no pilot contact', async () => {
    const text = await pdfOf(demo.visitor);
    expect(text).toContain(DEMO_COMMUNITY.title);
    for (const heading of ['Contexte', 'Objectif(s)', 'Public visé', 'Pilotage', 'Contribution']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Livrables');
    for (const deliverable of DEMO_COMMUNITY.deliverables ?? []) {
      expect(text.replace(/\s/g, '')).toContain(deliverable.title.replace(/\s/g, ''));
    }
    expect(text).toContain('Dates de rencontre');
    expect(text).toContain('Les coordonnées des pilotes sont visibles par les membres connectés.');
    const email = DEMO_COMMUNITY.pilots?.[0]?.email;
    expect(email).toBeTruthy();
    expect(text).not.toContain(email);
    expect(text).toMatch(/page 1 sur \d/);
  });

  it('shows the pilots’ contacts to members, and speaks English when asked', async () => {
    const text = await pdfOf(demo.member);
    expect(text).toContain(DEMO_COMMUNITY.pilots?.[0]?.email);
    const english = await pdfOf(demo.visitor, `${url}?lang=en`);
    expect(english).toContain('Context');
    expect(english).toMatch(/page 1 of \d/);
  });

  it('answers 404 for an unknown or members-only community outside it', async () => {
    expect((await demo.visitor.get('/api/communities/nope/fiche.pdf')).statusCode).toBe(404);
    await makePrivateCommunity(demo.admin, { slug: 'fiche-privee', title: 'Privée' });
    expect((await demo.visitor.get('/api/communities/fiche-privee/fiche.pdf')).statusCode).toBe(
      404,
    );
    expect((await demo.outsider.get('/api/communities/fiche-privee/fiche.pdf')).statusCode).toBe(
      404,
    );
    expect(await pdfOf(demo.admin, '/api/communities/fiche-privee/fiche.pdf')).toContain('Privée');
  });
});

describe('PDF drawing', () => {
  const page: CommunityPage = {
    id: '00000000-0000-4000-8000-000000000000',
    slug: 'essai',
    title: 'Essai « œuvre » – €',
    tagline: '',
    status: 'active',
    isPublic: true,
    context: Array.from(
      { length: 60 },
      (_, i) => `Paragraphe ${i + 1} du **contexte** → suite.`,
    ).join('\n\n'),
    objectives: ['Partager'],
    objectivesNote: '',
    definition: '',
    definitionSource: '',
    audienceSectors: ['ehpad'],
    audienceRoles: [],
    pilots: [],
    contributors: [],
    partners: [],
    deliverables: [],
    modalities: '',
    meetings: [],
    resources: [],
    memberCount: 0,
    viewer: { role: null, canEdit: false, seesContacts: false, pendingRequest: false },
    updatedAt: new Date(0).toISOString(),
  };

  it('flows onto several A4 pages, each with its footer, keeping French characters', async () => {
    const pdf = await renderCommunityPdf(page, {
      language: 'fr',
      pageUrl: 'https://binome.example/communautes/essai',
      generatedAt: new Date('2026-03-01T10:00:00Z'),
    });
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/MediaBox [0 0 595.28 841.89]');
    const pages = (raw.match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    const lines = pdfTextLines(pdf);
    expect(lines).toContain('Essai « œuvre » – €');
    expect(lines).toContain('Paragraphe 60 du contexte -> suite.');
    expect(lines.filter((l) => l.includes('fiche éditée le 1 mars 2026'))).toHaveLength(pages);
    expect(lines).toContain(
      `https://binome.example/communautes/essai – fiche éditée le 1 mars 2026 – page ${pages} sur ${pages}`,
    );
  });

  it('turns Markdown into plain blocks and keeps link addresses', () => {
    expect(
      markdownBlocks(
        'Un *mot* et [le site](https://a.fr).\nsuite\n\n- point `un`\n> citation\n## Titre',
      ),
    ).toEqual([
      { kind: 'paragraph', text: 'Un mot et le site (https://a.fr). suite' },
      { kind: 'bullet', text: 'point un' },
      { kind: 'quote', text: 'citation' },
      { kind: 'heading', text: 'Titre' },
    ]);
    expect(toWinAnsi('délai ≥ 2 j 😀')).toBe('délai >= 2 j ?');
  });
});
