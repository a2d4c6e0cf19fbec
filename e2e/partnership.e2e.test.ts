import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pdfText } from '../test/support/pdf-text';
import { expectAccessible } from './support/axe';
import { openBrowser, type BrowserSession } from './support/browser';

// A partnership workshop played by three browsers at once: the pilot who runs it, and the two
// members of a binôme (the hospital's quality manager and its user representative). Each member
// answers privately; the pilot reveals; the binôme compares, agrees, and turns a gap into an
// action. axe scans every page visited.

const PASSWORD = 'binome-demo';
const PILOT = 'pilote@demo.binome.fr';
const PRO = { email: 'qualite@demo.binome.fr', name: 'Inès Garnier' };
const RU = { email: 'usager@demo.binome.fr', name: 'Gérard Le Floch' };
const HOSPITAL = 'Centre hospitalier de Lisière-sur-Loire';
const TITLE = 'Atelier de printemps : nos niveaux de partenariat';
const PRO_TEXT = 'Que les RU participent à la cellule de gestion des risques dès le signalement.';
const RU_TEXT = 'Je crains d’être une caution : on me présente des décisions déjà prises.';
const FIRST_DOMAIN = 'Événements indésirables et cellule de gestion des risques';

let facilitator: BrowserSession;
let pro: BrowserSession;
let ru: BrowserSession;
let workshopPath = '';

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function signIn(page: Page, email: string, next: string) {
  await page.goto(`/connexion?next=${encodeURIComponent(next)}`);
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** From the module's home, the workshop, then the member's own binôme. */
async function openMyBinome(page: Page) {
  await page.goto('/partenariat');
  await h1(page, 'Partenariat').waitFor();
  await page.getByRole('link', { name: TITLE, exact: true }).click();
  await h1(page, TITLE).waitFor();
  await page.getByRole('link', { name: 'Ouvrir mon binôme' }).first().click();
  await h1(page, `Binôme – ${HOSPITAL}`).waitFor();
}

async function handInExpectations(page: Page, text: string) {
  await page.getByLabel(/^Attentes/).fill(text);
  await page.getByLabel(/^A priori/).fill('Aucun, ou presque.');
  await page.getByRole('button', { name: 'Remettre', exact: true }).click();
  await page.getByText('Vos attentes et a priori sont remis.').waitFor();
}

/** Rates every domain (the same levels everywhere but the first), then hands in and locks them. */
async function handInRatings(page: Page, first: [string, string], others: [string, string]) {
  await page.getByRole('tab', { name: /Niveaux de partenariat/ }).click();
  const fieldsets = page.locator('fieldset').filter({ has: page.getByRole('radiogroup') });
  await fieldsets.first().waitFor();
  const count = await fieldsets.count();
  expect(count).toBeGreaterThanOrEqual(9);
  for (let index = 0; index < count; index += 1) {
    const [current, target] = index === 0 ? first : others;
    const domain = fieldsets.nth(index);
    await domain
      .getByRole('radiogroup', { name: /Niveau actuel/ })
      .getByLabel(current)
      .check();
    await domain
      .getByRole('radiogroup', { name: /Niveau cible/ })
      .getByLabel(target)
      .check();
  }
  await page.getByRole('button', { name: 'Remettre mes niveaux' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remettre et verrouiller' }).click();
}

beforeAll(async () => {
  const baseUrl = inject('baseUrl');
  [facilitator, pro, ru] = await Promise.all([
    openBrowser(baseUrl),
    openBrowser(baseUrl),
    openBrowser(baseUrl),
  ]);
});
afterAll(async () => {
  await Promise.all([facilitator, pro, ru].map((b) => b?.close()));
});

describe.sequential('Partnership workshop, three browsers', () => {
  it('lets the pilot plan a workshop and register the hospital’s binôme', async () => {
    const page = facilitator.page;
    await signIn(page, PILOT, '/partenariat');
    await h1(page, 'Partenariat').waitFor();
    await page.getByRole('heading', { name: 'Les quatre niveaux de partenariat' }).waitFor();
    await expectAccessible(page, 'partenariat – accueil (pilote)');

    await page.getByRole('link', { name: 'Créer un atelier' }).click();
    await h1(page, 'Créer un atelier').waitFor();
    await page.getByLabel(/^Intitulé/).fill(TITLE);
    await page.getByLabel(/^Date/).fill('2027-04-08');
    await page.getByLabel(/^Début/).fill('14:00');
    await page.getByLabel(/^Fin/).fill('16:30');
    await page.getByLabel(/^Modalité/).selectOption('presentiel');
    // In person without a place: the form says what is missing and keeps what was typed.
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Indiquez le lieu de l’atelier en présentiel.').first().waitFor();
    await expectAccessible(page, 'atelier – formulaire avec erreur');
    await page.getByLabel(/^Lieu/).fill('Maison des associations, salle Loire');
    await page
      .getByRole('checkbox', { name: 'Partenariat entre usagers et professionnels' })
      .check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await h1(page, TITLE).waitFor();
    workshopPath = new URL(page.url()).pathname;
    expect(workshopPath).toMatch(/^\/partenariat\/ateliers\/[0-9a-f-]{36}$/);

    await page.getByLabel(/^Établissement/).selectOption({ label: HOSPITAL });
    await page.getByLabel(/^Professionnel/).selectOption({ label: PRO.name });
    await page.getByLabel(/^Représentant des usagers/).selectOption({ label: RU.name });
    await page.getByRole('button', { name: 'Inscrire le binôme' }).click();
    await page.getByText(`Binôme inscrit : ${PRO.name} et ${RU.name}.`).waitFor();
    await page.getByRole('heading', { name: 'Binômes inscrits (1)' }).waitFor();
    await expectAccessible(page, 'atelier – inscription d’un binôme (pilote)');
  });

  it('keeps each member’s expectations private until the pilot reveals them', async () => {
    await signIn(pro.page, PRO.email, '/partenariat');
    await signIn(ru.page, RU.email, '/partenariat');
    await openMyBinome(pro.page);
    await expectAccessible(pro.page, 'binôme – attentes (professionnelle)');
    await handInExpectations(pro.page, PRO_TEXT);

    await openMyBinome(ru.page);
    await ru.page.getByText('Votre binôme a remis les siens.').waitFor();
    expect(await ru.page.getByText(PRO_TEXT).count()).toBe(0);
    await handInExpectations(ru.page, RU_TEXT);
    await expectAccessible(ru.page, 'binôme – attentes remises (RU)');

    const page = facilitator.page;
    await page.goto(`${workshopPath}/animation`);
    await h1(page, `Animer : ${TITLE}`).waitFor();
    const row = page.getByRole('row', { name: new RegExp(PRO.name) });
    await expect.poll(() => row.getByText('remis', { exact: true }).count()).toBe(2);
    expect(await page.getByText(PRO_TEXT).count()).toBe(0);
    await expectAccessible(page, 'animation – avant dévoilement');

    await page.getByRole('button', { name: 'Dévoiler les attentes' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Dévoiler' }).click();
    await page.getByText(PRO_TEXT).waitFor();
    await page.getByText(RU_TEXT).waitFor();
    // Grouped by side, without names.
    const grouped = page.locator('section', {
      has: page.getByRole('heading', { name: 'Attentes et a priori regroupés' }),
    });
    expect(await grouped.getByText(PRO.name).count()).toBe(0);
    await expectAccessible(page, 'animation – attentes dévoilées');

    await pro.page.reload();
    await pro.page.getByText(RU_TEXT).waitFor();
  });

  it('compares the two independent ratings only once both are handed in', async () => {
    await handInRatings(
      pro.page,
      ['Information', 'Collaboration'],
      ['Consultation', 'Collaboration'],
    );
    await pro.page.getByText(/Vos niveaux sont remis depuis le .* \(verrouillés\)/).waitFor();
    await pro.page
      .getByText(
        'Votre binôme n’a pas encore remis les siens : la comparaison s’affichera ensuite.',
      )
      .waitFor();
    await expectAccessible(pro.page, 'binôme – niveaux remis (professionnelle)');

    await ru.page.reload();
    await handInRatings(
      ru.page,
      ['Consultation', 'Co-construction'],
      ['Consultation', 'Collaboration'],
    );
    await ru.page.getByRole('heading', { name: 'Nos deux regards' }).waitFor();
    await ru.page.getByText('Écart sur l’actuel et la cible').first().waitFor();
    await expectAccessible(ru.page, 'binôme – comparaison (RU)');

    // The RU records the agreed position for the first domain.
    const agreement = ru.page.getByRole('form', { name: FIRST_DOMAIN });
    await agreement.getByLabel(/^Niveau actuel retenu/).selectOption('consultation');
    await agreement.getByLabel(/^Niveau cible retenu/).selectOption('co_construction');
    await agreement
      .getByLabel(/^Commentaire/)
      .fill('Le RU siège à la cellule, sans voix sur le plan.');
    await agreement.getByRole('button', { name: 'Enregistrer l’accord' }).click();
    await agreement.getByText('Accord enregistré.').waitFor();
  });

  it('shows the results, turns the gap into an action and prints the binôme’s page', async () => {
    const page = pro.page;
    await page.reload();
    await page.getByRole('tab', { name: /Résultats/ }).click();
    await page.getByRole('heading', { name: 'Notre position commune' }).first().waitFor();
    await page.getByText('2 niveaux à gagner').waitFor();
    await expectAccessible(page, 'binôme – résultats');

    await page
      .getByRole('button', { name: `Créer une action depuis cet écart : ${FIRST_DOMAIN}` })
      .click();
    await page.getByLabel(/^Responsable/).fill('Référente qualité');
    await page.getByRole('button', { name: 'Créer l’action' }).click();
    await page.getByText('Action enregistrée.').waitFor();
    const actions = page.locator('section', {
      has: page.getByRole('heading', { name: 'Actions' }),
    });
    await actions.getByRole('cell', { name: /passer de Consultation à Co-construction/ }).waitFor();
    await expectAccessible(page, 'binôme – action créée');

    const link = page.getByRole('link', { name: 'Télécharger la fiche (PDF)' });
    const fiche = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(fiche.headers()['content-type']).toBe('application/pdf');
    const text = pdfText(await fiche.body());
    for (const expected of [PRO.name, RU.name, HOSPITAL, 'Co-construction'])
      expect(text).toContain(expected);

    // The pilot never opens the binôme's own space.
    const binomePath = new URL(page.url()).pathname;
    const denied = await facilitator.page.request.get(
      `/api/partnership${binomePath.replace('/partenariat', '')}`,
    );
    expect(denied.status()).toBe(404);
  });

  it('shows the pilot aggregated results with small groups hidden', async () => {
    const page = facilitator.page;
    await page.goto('/partenariat/resultats');
    await h1(page, 'Résultats agrégés du partenariat').waitFor();
    await page
      .getByText(/moins de 3 binômes : résultats masqués/)
      .first()
      .waitFor();
    await expectAccessible(page, 'résultats agrégés');
  });
});
