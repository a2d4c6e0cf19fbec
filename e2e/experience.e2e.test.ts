import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { openBrowser, type BrowserSession } from './support/browser';

// Patient experience, played by the hospital's quality manager and by a tablet: import a
// questionnaire file and follow it to its report, read the dashboard and drill down into a theme,
// correct a comment's analysis, then set up a kiosk that a resident answers while the tablet is
// offline; its answer arrives once, when the network comes back. axe scans every screen.

const PASSWORD = 'binome-demo';
const QUALITY = { email: 'qualite@demo.binome.fr', name: 'Inès Garnier' };
const FILE = 'enquete-sortie-mars.csv';
const KIOSK_COMMENT = 'Les aides-soignantes sont très gentilles mais les repas sont froids.';

let manager: BrowserSession;
let tablet: BrowserSession;

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** 120 answers of a discharge survey, one with an impossible date and one with nothing in it. */
function surveyCsv(): Buffer {
  const lines = ['Numéro de réponse;Date de réponse;Service;Commentaire;Note globale'];
  const texts = [
    'Très bon accueil mais attente beaucoup trop longue aux urgences.',
    'Les infirmières ont été adorables, merci.',
    'Repas froids et sans goût, chambre bruyante.',
    'Le médecin a bien expliqué le traitement.',
  ];
  for (let i = 0; i < 120; i += 1) {
    lines.push(
      `R${i};${(i % 27) + 1}/03/2026;Cardiologie;${texts[i % texts.length]};${60 + (i % 40)}`,
    );
  }
  lines.push('R-date;32/03/2026;Cardiologie;Une date impossible;50');
  lines.push('R-vide;12/03/2026;Cardiologie;;');
  return Buffer.from(`${lines.join('\n')}\n`);
}

async function signIn(page: Page, email: string, next: string) {
  await page.goto(`/connexion?next=${encodeURIComponent(next)}`);
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

beforeAll(async () => {
  const baseUrl = inject('baseUrl');
  [manager, tablet] = await Promise.all([openBrowser(baseUrl), openBrowser(baseUrl)]);
  await signIn(manager.page, QUALITY.email, '/experience-patient/imports');
  await h1(manager.page, 'Imports de fichiers').waitFor();
});

afterAll(async () => {
  await Promise.all([manager?.close(), tablet?.close()]);
});

describe('patient experience', () => {
  it('imports a file: preview, mapping, progress, then the validation report', async () => {
    const page = manager.page;
    await expectAccessible(page, 'imports');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: FILE, mimeType: 'text/csv', buffer: surveyCsv() });
    await page.getByLabel(/^Nom de la nouvelle source/).fill('Questionnaire de sortie');
    await page.getByRole('button', { name: 'Déposer et prévisualiser' }).click();
    await h1(page, new RegExp(`Import de « ${FILE} »`)).waitFor();
    // The preview shows the first rows; the mapping was guessed from the column names.
    expect(await page.getByRole('table').first().textContent()).toContain('Très bon accueil');
    expect(await page.getByLabel(/^Colonne de la date/).inputValue()).toBe('Date de réponse');
    await expectAccessible(page, 'import mapping');

    await page.getByRole('button', { name: 'Lancer l’import' }).click();
    await page
      .getByRole('progressbar', { name: /Avancement de l’import/ })
      .or(page.getByRole('heading', { name: 'Rapport de validation' }))
      .first()
      .waitFor();
    await page.getByText('Terminé').first().waitFor({ timeout: 90_000 });
    await page.getByRole('heading', { name: 'Lignes rejetées' }).waitFor();
    const rejected = page.getByRole('table').filter({ hasText: '32/03/2026' });
    expect(await rejected.count()).toBe(1);
    await expectAccessible(page, 'import report');
  });

  it('opens the dashboard and drills down into a theme, with the driving words highlighted', async () => {
    const page = manager.page;
    await page.goto('/experience-patient');
    await h1(page, 'Expérience patient').waitFor();
    const waiting = page.getByRole('link', {
      name: /^Délais et attente, Négatif : \d+ commentaires$/,
    });
    await waiting.first().waitFor();
    await expectAccessible(page, 'dashboard');

    await waiting.first().click();
    await h1(page, 'Commentaires').waitFor();
    expect(new URL(page.url()).searchParams.get('theme')).toBe('attente');
    expect(new URL(page.url()).searchParams.get('sentiment')).toBe('negatif');
    const first = page
      .getByRole('listitem')
      .filter({ has: page.locator('mark') })
      .first();
    await first.waitFor();
    expect((await first.locator('mark').first().textContent())?.trim()).not.toBe('');
    await expectAccessible(page, 'drill-down');
  });

  it('corrects the analysis of a comment and keeps who did it', async () => {
    const page = manager.page;
    await page.getByRole('link', { name: 'Voir et corriger' }).first().click();
    await h1(page, /^Commentaire du/).waitFor();
    await expectAccessible(page, 'comment');
    const form = page.getByRole('region', { name: 'Corriger l’analyse' });
    const meals = form.getByRole('checkbox', { name: /^Repas et restauration/ });
    const wasChecked = await meals.isChecked();
    await meals.setChecked(!wasChecked);
    await form.getByRole('radio', { name: /^Mitigé/ }).check();
    await form.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await page.getByText('Correction enregistrée.', { exact: false }).waitFor();
    const history = page.getByRole('table', { name: /Corrections de l’analyse/ });
    expect(await history.textContent()).toContain(QUALITY.name);
    await expectAccessible(page, 'comment corrected');
  });

  it('collects an answer on a kiosk while offline, and sends it once back online', async () => {
    const page = manager.page;
    await page.goto('/experience-patient/bornes');
    await h1(page, 'Bornes de recueil').waitFor();
    await page.getByLabel(/^Nom de la borne/).fill('Tablette du salon, 2ᵉ étage');
    await page.getByRole('button', { name: 'Créer la borne' }).click();
    const card = page.getByRole('article', { name: /Tablette du salon/ });
    const address = await card.getByLabel(/^Adresse de la borne/).inputValue();
    expect(address).toMatch(/\/borne\/[\w-]{20,}$/);
    await expectAccessible(page, 'kiosks');

    // The tablet opens the kiosk once online: the service worker keeps what it needs.
    const kiosk = tablet.page;
    await kiosk.goto(new URL(address).pathname);
    await h1(kiosk, 'Votre avis nous aide').waitFor();
    await kiosk.getByText('Borne prête à fonctionner sans réseau.').waitFor({ timeout: 30_000 });
    await expectAccessible(kiosk, 'kiosk welcome');

    await tablet.context.setOffline(true);
    await kiosk.reload();
    await h1(kiosk, 'Votre avis nous aide').waitFor();
    await kiosk.getByRole('button', { name: 'Commencer' }).click();
    await h1(kiosk, /Question 1 sur 5/).waitFor();
    await expectAccessible(kiosk, 'kiosk question');
    for (let question = 1; question <= 5; question += 1) {
      await h1(kiosk, new RegExp(`Question ${question} sur 5`)).waitFor();
      await kiosk.getByRole('radio', { name: 'Très bien', exact: true }).check();
      await kiosk.getByRole('button', { name: 'Suivant' }).click();
    }
    await kiosk.getByLabel(/^Votre message/).fill(KIOSK_COMMENT);
    await kiosk.getByLabel(/^Écrit avec l’aide/).check();
    await expectAccessible(kiosk, 'kiosk comment');
    await kiosk.getByRole('button', { name: 'Envoyer' }).click();
    await h1(kiosk, 'Merci !').waitFor();
    await kiosk
      .getByText('Hors connexion : 1 réponse sera envoyée dès le retour du réseau.')
      .waitFor();
    await expectAccessible(kiosk, 'kiosk thanks offline');

    await tablet.context.setOffline(false);
    await kiosk.getByText('Toutes les réponses sont envoyées.').waitFor({ timeout: 35_000 });

    // Exactly one answer arrived, and the analysis job reads it like any other comment.
    await page.reload();
    await page
      .getByRole('article', { name: /Tablette du salon/ })
      .getByText('1 réponse reçue')
      .waitFor();
    await expect
      .poll(
        async () => {
          await page.goto('/experience-patient/commentaires?source=kiosk&q=gentilles');
          await h1(page, 'Commentaires').waitFor();
          // Once analysed, the answer is listed with its words highlighted (split into <mark>s).
          await page.getByText(/^\d+ commentaires?$/).waitFor();
          if ((await page.locator('mark').count()) === 0) return 0;
          return page.getByText(/^Borne : Tablette du salon/).count();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(1);
  });
  it('shows the focus group, the model and the pilot’s regional view without an axe violation', async () => {
    const page = manager.page;
    await page.goto('/experience-patient/groupes');
    await h1(page, 'Groupes d’expression').waitFor();
    await expectAccessible(page, 'focus groups');
    await page.getByRole('link', { name: /Le parcours aux urgences vu par les patients/ }).click();
    await h1(page, /Le parcours aux urgences vu par les patients/).waitFor();
    await page.getByRole('heading', { name: 'Constats' }).waitFor();
    await expectAccessible(page, 'focus group');

    // The demo's 16 reviews are enough to retrain (the training itself is tested elsewhere).
    await page.goto('/experience-patient/modele');
    await h1(page, 'Modèle d’analyse').waitFor();
    expect(await page.getByRole('button', { name: 'Réentraîner le modèle' }).isEnabled()).toBe(
      true,
    );
    await expectAccessible(page, 'model');

    // A pilot reads the region's figures, never a comment.
    const pilot = await openBrowser(inject('baseUrl'));
    try {
      await signIn(pilot.page, 'pilote@demo.binome.fr', '/experience-patient');
      await h1(pilot.page, 'Expérience patient').waitFor();
      await pilot.page.getByRole('heading', { name: 'Thèmes et sentiments' }).waitFor();
      expect(await pilot.page.getByRole('link', { name: /commentaires$/ }).count()).toBe(0);
      await expectAccessible(pilot.page, 'regional dashboard');
      const denied = await pilot.page.request.get(
        '/api/experience/comments?establishmentId=00000000-0000-4000-8000-000000000000',
      );
      expect([403, 404]).toContain(denied.status());
    } finally {
      await pilot.close();
    }
  });
});
