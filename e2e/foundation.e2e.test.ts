import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { finessCheckDigit } from '../src/shared/finess';
import { expectAccessible, scanned } from './support/axe';
import { openBrowser, type BrowserSession } from './support/browser';

// The "Foundation" journey: sign in as the demo admin, switch languages, manage establishments
// (client and server validation), invite a member, read the mail in the outbox, accept the
// invitation, and visit a module placeholder and the 404 page. axe scans every page visited.

const ADMIN = { email: 'admin@demo.binome.fr', password: 'binome-demo' };
const run = Date.now().toString().slice(-6);
const prefix = `4409${run.slice(-4)}`;
const validFiness = `${prefix}${finessCheckDigit(prefix)}`;
const invalidFiness = `${prefix}${(Number(finessCheckDigit(prefix)) + 1) % 10}`;
const establishmentName = `Clinique du Parc e2e ${run}`;
const invitee = `ru.e2e.${run}@exemple.fr`;

let browser: BrowserSession;
let invitationPath = '';
let page: Page;

const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
/** A form field by its visible label (Mantine appends " *" to required ones). */
const field = (label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
const nav = () => page.getByRole('navigation', { name: 'Navigation principale' });

async function signIn(email: string, password: string) {
  await field('Adresse e-mail').fill(email);
  await field('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

beforeAll(async () => {
  browser = await openBrowser(inject('baseUrl'));
  page = browser.page;
});

afterAll(async () => {
  console.log(
    `[e2e] axe scans without violations: ${scanned.length}\n  - ${scanned.join('\n  - ')}`,
  );
  await browser?.close();
});

describe.sequential('Foundation journey', () => {
  it('redirects to sign-in, with a skip link as first Tab stop', async () => {
    await page.goto('/etablissements');
    await h1('Connexion').waitFor();
    expect(new URL(page.url()).pathname).toBe('/connexion');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/etablissements');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.title()).toBe('Connexion – Binôme');

    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    expect(first).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    await expectAccessible(page, 'connexion');
  });

  it('shows client and server errors on the sign-in form', async () => {
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient 2 erreurs' });
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await field('Adresse e-mail').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'connexion – erreurs de saisie');

    await signIn(ADMIN.email, 'mauvais-mot-de-passe');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' })
      .waitFor();
    await expectAccessible(page, 'connexion – identifiants refusés');
  });

  it('signs in and lands where it was going', async () => {
    await signIn(ADMIN.email, ADMIN.password);
    await h1('Établissements').waitFor();
    expect(new URL(page.url()).pathname).toBe('/etablissements');
    await page.getByRole('table').waitFor();
    await expectAccessible(page, 'établissements');

    await nav().getByRole('link', { name: 'Accueil' }).click();
    await h1(/^Bonjour /).waitFor();
    await expectAccessible(page, 'accueil');
  });

  it('switches the interface to English and back to French', async () => {
    await page.getByRole('button', { name: /^EN/ }).click();
    await h1(/^Hello /).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await expectAccessible(page, 'home (English)');

    await page.getByRole('button', { name: /^FR/ }).click();
    await h1(/^Bonjour /).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('validates the FINESS number (check digit, already taken) then creates the establishment', async () => {
    await nav().getByRole('link', { name: 'Établissements' }).click();
    await h1('Établissements').waitFor();
    const takenFiness = (await page.locator('tbody tr td').first().textContent())?.trim() ?? '';
    expect(takenFiness).toMatch(/^\w{9}$/);

    await page.getByRole('link', { name: 'Ajouter un établissement' }).click();
    await h1('Ajouter un établissement').waitFor();
    await expectAccessible(page, 'nouvel établissement');

    await field('Nom').fill(establishmentName);
    await field('Numéro FINESS').fill(invalidFiness);
    await field('Secteur').selectOption('sanitaire');
    await field('Département').fill('44');
    await field('Région').selectOption('pays-de-la-loire');
    await page.getByRole('button', { name: 'Ajouter l’établissement' }).click();

    const checksum = 'Ce numéro FINESS est mal saisi';
    const summary = page
      .getByRole('alert')
      .filter({ hasText: 'Le formulaire contient une erreur' });
    await summary.getByRole('link', { name: new RegExp(`Numéro FINESS : ${checksum}`) }).waitFor();
    const finessInput = field('Numéro FINESS');
    expect(await finessInput.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await finessInput.getAttribute('aria-describedby')) ?? '';
    const fieldError = await page.evaluate(
      (ids) =>
        ids
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      describedBy,
    );
    expect(fieldError).toContain(checksum);
    await expectAccessible(page, 'nouvel établissement – FINESS invalide');

    // The summary links to the field.
    await summary.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('finess');

    // Server-side validation: a FINESS number that another establishment already has.
    await finessInput.fill(takenFiness);
    await page.getByRole('button', { name: 'Ajouter l’établissement' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /Un établissement porte déjà ce numéro FINESS/ })
      .waitFor();
    await expectAccessible(page, 'nouvel établissement – FINESS déjà pris');

    await finessInput.fill(validFiness);
    await page.getByRole('button', { name: 'Ajouter l’établissement' }).click();
    await h1('Établissements').waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `« ${establishmentName} » a été ajouté` })
      .waitFor();

    await field('Rechercher').fill(establishmentName);
    await page.getByRole('search').getByRole('button', { name: 'Rechercher' }).click();
    const row = page.getByRole('row').filter({ hasText: establishmentName });
    await row.waitFor();
    expect(await row.textContent()).toContain(validFiness);
    expect(await row.textContent()).toContain('Pays de la Loire');
    await expectAccessible(page, 'établissements – recherche');
  });

  it('shows an establishment and confirms before deleting it', async () => {
    await page.getByRole('link', { name: establishmentName }).click();
    await h1(establishmentName).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Membres' }).waitFor();
    await expectAccessible(page, 'fiche établissement');

    await page.getByRole('button', { name: 'Modifier' }).click();
    await page.getByRole('heading', { level: 2, name: 'Modifier l’établissement' }).waitFor();
    await expectAccessible(page, 'fiche établissement – modification');
    await page.getByRole('button', { name: 'Annuler' }).click();

    await page.getByRole('button', { name: 'Supprimer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Supprimer l’établissement' });
    await dialog.waitFor();
    await expectAccessible(page, 'fiche établissement – confirmation de suppression');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('invites a member into the new establishment and finds the mail in the outbox', async () => {
    await nav().getByRole('link', { name: 'Invitations' }).click();
    await h1('Invitations').waitFor();
    await expectAccessible(page, 'invitations');

    await field('Adresse e-mail').fill(invitee);
    await field('Rôle sur la plateforme').selectOption('member');
    const establishment = field('Établissement');
    await establishment
      .locator('option', { hasText: establishmentName })
      .waitFor({ state: 'attached' });
    await establishment.selectOption({ label: establishmentName });
    await field('Rôle dans l’établissement').selectOption('user_representative');
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Invitation envoyée à ${invitee}` })
      .waitFor();
    const row = page.getByRole('row').filter({ hasText: invitee });
    await row.waitFor();
    expect(await row.textContent()).toContain(establishmentName);
    expect(await row.textContent()).toContain('En attente');
    await expectAccessible(page, 'invitations – invitation envoyée');

    await row.getByRole('button', { name: /Révoquer/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Révoquer l’invitation' });
    await dialog.waitFor();
    await expectAccessible(page, 'invitations – confirmation de révocation');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await nav().getByRole('link', { name: 'Boîte d’envoi' }).click();
    await h1('Boîte d’envoi').waitFor();
    const mail = page.locator('details').filter({ hasText: invitee }).first();
    await mail.locator('summary').click();
    const text = (await mail.locator('pre').textContent()) ?? '';
    expect(text).toMatch(/\/invitation\?token=/);
    await expectAccessible(page, 'boîte d’envoi – courriel ouvert');
    const link = new URL(
      /https?:\/\/\S+\/invitation\?token=\S+/.exec(text)?.[0] ?? 'http://invalide/',
    );
    invitationPath = `${link.pathname}${link.search}`;
  });

  it('shows an honest placeholder for a module not built yet, and the 404 page', async () => {
    await nav().getByRole('link', { name: 'Campagnes d’évaluation' }).click();
    await h1('Campagnes d’évaluation').waitFor();
    await page.getByText('Bientôt disponible').first().waitFor();
    expect(await page.title()).toBe('Campagnes d’évaluation – Binôme');
    await expectAccessible(page, 'module Campagnes d’évaluation (bientôt)');

    await page.goto('/une/page/inconnue');
    await h1('Page introuvable').waitFor();
    await page.getByRole('link', { name: 'Retour à l’accueil' }).waitFor();
    await expectAccessible(page, '404');
  });

  it('opens the administration pages and the profile', async () => {
    await nav().getByRole('link', { name: 'Utilisateurs' }).click();
    await h1('Utilisateurs').waitFor();
    await page.getByRole('table').waitFor();
    await expectAccessible(page, 'utilisateurs');
    await page
      .getByRole('row')
      .nth(1)
      .getByRole('button', { name: /^Modifier/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('group', { name: 'Rattachements aux établissements' }).waitFor();
    await expectAccessible(page, 'utilisateurs – modification d’un compte');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await nav().getByRole('link', { name: 'Journal d’audit' }).click();
    await h1('Journal d’audit').waitFor();
    await page.getByRole('cell', { name: 'Établissement créé' }).first().waitFor();
    await expectAccessible(page, 'journal d’audit');

    await nav().getByRole('link', { name: 'Mon profil' }).click();
    await h1('Mon profil').waitFor();
    await page.getByRole('link', { name: 'Télécharger mes données' }).waitFor();
    await expectAccessible(page, 'mon profil');

    await page.goto('/etablissements/00000000-0000-4000-8000-000000000000');
    await page.getByRole('alert').filter({ hasText: 'Le chargement a échoué' }).waitFor();
    await expectAccessible(page, 'fiche établissement – introuvable');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await h1('Connexion').waitFor();
    expect(new URL(page.url()).pathname).toBe('/connexion');
    await page.goto('/admin/invitations');
    await h1('Connexion').waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/invitations');
  });

  it('lets the invited person create an account from the link', async () => {
    expect(invitationPath).toMatch(/^\/invitation\?token=/);
    await page.goto(invitationPath);
    await h1('Rejoindre Binôme').waitFor();
    await page.getByText(invitee).waitFor();
    await expectAccessible(page, 'invitation – aperçu');

    await page.getByRole('button', { name: 'Accepter l’invitation' }).click();
    await page.getByRole('alert').filter({ hasText: 'Le formulaire contient' }).waitFor();
    await expectAccessible(page, 'invitation – erreurs');

    await field('Nom').fill('Camille Usager');
    await field('Nouveau mot de passe').fill('Une phrase de passe assez longue');
    await field('Confirmation du mot de passe').fill('Une phrase de passe assez longue');
    await field('Fonction').selectOption('representant_usagers');
    await page.getByRole('button', { name: 'Accepter l’invitation' }).click();
    await h1('Bonjour Camille Usager').waitFor();
    await page.getByRole('link', { name: establishmentName }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await h1('Connexion').waitFor();
  });

  it('keeps the other public pages and their error states accessible', async () => {
    await page.goto('/invitation?token=un-jeton-qui-n-existe-pas-du-tout');
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'invitation – lien invalide');

    await page.goto('/reinitialiser-mot-de-passe');
    await h1('Nouveau mot de passe').waitFor();
    await expectAccessible(page, 'réinitialisation – lien incomplet');

    await page.goto('/connexion');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await h1('Mot de passe oublié').waitFor();
    await expectAccessible(page, 'mot de passe oublié');
    await field('Adresse e-mail').fill(invitee);
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Si un compte existe pour cette adresse' })
      .waitFor();
    await expectAccessible(page, 'mot de passe oublié – demande envoyée');
  });
});
