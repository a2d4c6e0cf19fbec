import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pdfText } from '../test/support/pdf-text';
import { expectAccessible } from './support/axe';
import { openBrowser, type BrowserSession } from './support/browser';

// Communities of practice: a visitor reads the directory, the seed's community page and one of
// its resources; the community's pilot edits the page (with a validation error first). axe scans
// every page visited.

const PASSWORD = 'binome-demo';
const PILOT = { email: 'pilote@demo.binome.fr', password: PASSWORD };
const ASKER = { email: 'qualite.ehpad@demo.binome.fr', name: 'Sandrine Quéré' };
const PAGE = '/communautes/partenariat-usagers-professionnels';
const TITLE = 'Partenariat entre usagers et professionnels';
let browser: BrowserSession;
let page: Page;

const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const h2 = (name: string | RegExp) => page.getByRole('heading', { level: 2, name });

async function signIn(email: string, next: string) {
  await page.goto(`/connexion?next=${encodeURIComponent(next)}`);
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

beforeAll(async () => {
  browser = await openBrowser(inject('baseUrl'));
  page = browser.page;
});
afterAll(() => browser?.close());

describe.sequential('Communities journey', () => {
  it('shows visitors the directory with its filters', async () => {
    await page.goto('/communautes');
    await h1('Communautés de pratiques').waitFor();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await expectAccessible(page, 'annuaire des communautés (visiteur)');

    await page.getByLabel('Public visé').selectOption('patient_partenaire');
    await page.getByText('Aucune communauté ne correspond à ces critères').waitFor();
    expect(new URL(page.url()).searchParams.get('role')).toBe('patient_partenaire');
    await page.getByLabel('Public visé').selectOption('representant_usagers');
    await page.getByRole('link', { name: TITLE }).click();
  });

  it('shows the seed community page to visitors, without the pilots’ contact details', async () => {
    await h1(TITLE).waitFor();
    for (const section of [
      'Contexte',
      'Objectif(s)',
      'Qu’est-ce qu’une communauté de pratiques ?',
      'Public visé',
      'Pilotage',
      'Contribution',
      'Livrables',
      'Dates de rencontre',
      'Pour aller plus loin',
    ])
      await h2(section).waitFor();
    const meetings = page
      .locator('section', { has: h2('Dates de rencontre') })
      .getByRole('listitem');
    expect(await meetings.count()).toBe(5);
    expect(await meetings.first().textContent()).toContain('de 14:30 à 16:00');
    expect(await meetings.last().textContent()).toContain('mode et lieu à définir');
    await page
      .getByText('Les coordonnées des pilotes sont visibles par les membres connectés.')
      .waitFor();
    expect(await page.getByRole('link', { name: 'pilote@demo.binome.fr' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Modifier la page' }).count()).toBe(0);
    await expectAccessible(page, 'page de la communauté (visiteur)');

    // "Imprimer cette fiche": the server's A4 PDF, read back as text.
    const print = page.getByRole('link', { name: /^Imprimer cette fiche/ });
    const fiche = await page.request.get((await print.getAttribute('href')) ?? '');
    expect(fiche.headers()['content-type']).toBe('application/pdf');
    const text = pdfText(await fiche.body());
    for (const expected of [TITLE, 'Contexte', 'Public visé', 'Livrables', 'page 1 sur'])
      expect(text).toContain(expected);
    expect(text).toContain('Campagne d’évaluation de la participation de l’usager (en cours)');
    expect(text).not.toContain('pilote@demo.binome.fr');

    await page.emulateMedia({ media: 'print' });
    expect(await print.isVisible()).toBe(false);
    expect(await h2('Contexte').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Le jeu « Jette-toi à l’eau »', exact: false }).click();
    await h1(/Jette-toi à l’eau/).waitFor();
    await page.getByText('Outil', { exact: true }).waitFor();
    await expectAccessible(page, 'ressource « pour aller plus loin »');
  });

  it('lets the pilot edit the page, explaining an invalid link first', async () => {
    await signIn(PILOT.email, PAGE);
    await h1(TITLE).waitFor();
    await page.getByRole('link', { name: 'pilote@demo.binome.fr' }).waitFor();

    await page.getByRole('link', { name: 'Modifier la page' }).click();
    await h1(/^Modifier « /).waitFor();
    await expectAccessible(page, 'modification de la page de communauté');
    await page.getByLabel(/^Accroche/).fill('Faire vivre le partenariat au quotidien');
    await page.getByRole('button', { name: 'Ajouter : livrable' }).click();
    await page.locator('#communaute-deliverables-3-title').fill('Guide du binôme qualité-usager');
    await page.locator('#communaute-deliverables-3-url').fill('guide.pdf');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('commençant par https://', { exact: false }).waitFor();
    await expectAccessible(page, 'modification : erreur de lien');

    await page.locator('#communaute-deliverables-3-url').fill('https://exemple.fr/guide.pdf');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await h1(TITLE).waitFor();
    await page.getByText('Faire vivre le partenariat au quotidien').waitFor();
    await page.getByRole('link', { name: 'Guide du binôme qualité-usager' }).waitFor();
    await expectAccessible(page, 'page de la communauté (pilote)');
  });

  it('takes a membership request, which the pilot accepts', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await h1('Connexion').waitFor();
    await signIn(ASKER.email, PAGE);
    await h1(TITLE).waitFor();
    await page.getByRole('button', { name: 'Demander à rejoindre la communauté' }).click();
    await page
      .getByLabel(/^Message aux pilotes/)
      .fill('Référente qualité en EHPAD, je souhaite partager nos retours.');
    await expectAccessible(page, 'demande d’adhésion');
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await page
      .getByRole('status')
      .getByText('Votre demande d’adhésion est transmise aux pilotes')
      .waitFor();

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await h1('Connexion').waitFor();
    await signIn(PILOT.email, `${PAGE}/membres`);
    await h1(/^Membres – /).waitFor();
    await page
      .getByText('« Référente qualité en EHPAD, je souhaite partager nos retours. »')
      .waitFor();
    await expectAccessible(page, 'membres et demandes (pilote)');
    await page.getByRole('button', { name: `Accepter – ${ASKER.name}` }).click();
    await page.getByText('Aucune demande en attente').waitFor();
    await page.getByRole('cell', { name: ASKER.name }).waitFor();
  });

  it('lets the pilot schedule a meeting, with its .ics file, and upload a document', async () => {
    await page.goto(PAGE);
    await h1(TITLE).waitFor();
    await page.getByRole('link', { name: 'Programmer une rencontre' }).click();
    await h1('Programmer une rencontre').waitFor();
    await page.getByLabel(/^Date/).fill('2031-03-12');
    await page.getByLabel(/^Début/).fill('14:30');
    await page.getByLabel(/^Fin/).fill('14:00');
    await page.getByLabel(/^Ordre du jour/).fill('1. Bilan des outils\n2. Calendrier 2031');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page
      .getByRole('alert')
      .getByText('L’heure de fin doit être après l’heure de début.')
      .first()
      .waitFor();
    await expectAccessible(page, 'programmer une rencontre (erreur)');
    await page.getByLabel(/^Fin/).fill('16:00');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await h1('Réunion de la communauté').waitFor();
    await page.getByText('de 14:30 à 16:00').first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Présences' }).waitFor();
    await expectAccessible(page, 'page d’une rencontre (pilote)');
    const href = await page
      .getByRole('link', { name: 'Ajouter à mon agenda (.ics)' })
      .getAttribute('href');
    const ics = await (await page.request.get(href ?? '')).text();
    expect(ics).toContain('DTSTART:20310312T133000Z');
    expect(ics).toContain('DTEND:20310312T150000Z');

    await page.getByRole('link', { name: /^← Retour/ }).click();
    await h1(TITLE).waitFor();
    expect(await page.locator('#abonnement-calendrier').inputValue()).toMatch(
      /calendar\.ics\?token=/,
    );

    // A document, shared with the members only.
    await page.getByRole('button', { name: 'Déposer un document' }).click();
    await page.getByLabel(/^Titre du document/).fill('Charte de la communauté');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'charte.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
    });
    await expectAccessible(page, 'dépôt d’un document');
    await page.getByRole('button', { name: 'Déposer', exact: true }).click();
    const link = page.getByRole('link', { name: 'Charte de la communauté' });
    await link.waitFor();
    const pdf = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets the pilot attach the document to a meeting, browse meetings and sub-groups, add a resource', async () => {
    await page.goto(PAGE);
    await page.getByRole('link', { name: 'Toutes les rencontres' }).click();
    await page.getByRole('tab', { name: 'Passées' }).click();
    await page.getByText('mardi 14 décembre 2021', { exact: false }).first().waitFor();
    await expectAccessible(page, 'rencontres passées');
    await page.getByRole('tab', { name: 'À venir' }).click();
    await page.getByRole('link', { name: 'Réunion de la communauté' }).first().click();
    await page.getByLabel('Joindre un document de la communauté').selectOption({
      label: 'Charte de la communauté',
    });
    await page.getByRole('button', { name: 'Joindre', exact: true }).click();
    await page.getByRole('link', { name: 'Charte de la communauté' }).waitFor();
    await expectAccessible(page, 'rencontre avec un document joint');

    await page.goto(`${PAGE}/sous-groupes`);
    await page.getByRole('heading', { level: 2, name: /Sanitaire/ }).waitFor();
    await expectAccessible(page, 'sous-groupes (pilote)');

    await page.goto(PAGE);
    await page.getByRole('link', { name: 'Ajouter une ressource' }).click();
    await page.getByLabel(/^Type/).selectOption('outil');
    await page.getByLabel(/^Titre/).fill('Guide du binôme');
    await page.getByLabel(/^Présentation/).fill('Un guide **pratique** pour démarrer.');
    await expectAccessible(page, 'nouvelle ressource');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await h1('Guide du binôme').waitFor();
    await page.getByText('pratique', { exact: true }).waitFor();
  });

  it('lets the new member ask the community a question and reply in the thread', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await h1('Connexion').waitFor();
    await signIn(ASKER.email, PAGE);
    await h1(TITLE).waitFor();
    await page
      .getByRole('link', { name: 'Voir les questionnements communs et y participer' })
      .click();
    await h1('Questionnements communs').waitFor();
    await page.getByRole('link', { name: /cellule de gestion des risques/ }).waitFor();
    await page.getByRole('button', { name: 'Poser une question' }).click();
    await page.getByRole('button', { name: 'Publier la question' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'questionnements : erreur');
    await page.getByLabel(/^Votre question/).fill('Comment associer les RU à l’analyse des EI ?');
    await page
      .getByLabel(/^Contexte et précisions/)
      .fill('Nous commençons en EHPAD : vos retours ?');
    await page.getByRole('button', { name: 'Publier la question' }).click();

    await h1('Comment associer les RU à l’analyse des EI ?').waitFor();
    await page
      .getByLabel(/^Votre réponse/)
      .fill('Premier essai le mois prochain, avec la RU de l’EHPAD.');
    await page.getByRole('button', { name: 'Répondre' }).click();
    await page
      .getByRole('list', { name: 'Réponses' })
      .getByText('Premier essai le mois prochain, avec la RU de l’EHPAD.')
      .waitFor();
    expect(await page.getByLabel(/^Votre réponse/).inputValue()).toBe('');
    await expectAccessible(page, 'fil de discussion (membre)');
  });

  it('finds the new reply and the page through the community search', async () => {
    await page.goto(PAGE);
    await page.getByRole('link', { name: 'Rechercher dans cette communauté' }).click();
    await h1('Rechercher').waitFor();
    await page.getByLabel(/^Mots recherchés/).fill('essais');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    const hit = page.getByRole('link', {
      name: 'Réponse dans « Comment associer les RU à l’analyse des EI ? »',
    });
    await hit.waitFor();
    await page.locator('mark', { hasText: 'essai' }).first().waitFor();
    await expectAccessible(page, 'recherche (membre)');
    await hit.click();
    await h1('Comment associer les RU à l’analyse des EI ?').waitFor();
  });

  it('tells the new member of the acceptance and the meeting invitation, in the bell', async () => {
    await page.getByRole('link', { name: /^Notifications, \d+ non lues$/ }).click();
    await h1('Notifications').waitFor();
    await page.getByText('Votre demande d’adhésion a été acceptée : bienvenue !').waitFor();
    await page
      .getByText(/Vous êtes invité à « Réunion de la communauté »/)
      .first()
      .waitFor();
    await expectAccessible(page, 'notifications (membre)');
    await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
  });
});
