import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from './support/test-app';
import { makeEstablishment, validFiness } from './factories/establishments';
import { makeUser, TEST_PASSWORD } from './factories/users';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  const user = await makeUser(t.database, { platformRole: 'admin' });
  admin = new TestClient(t.app);
  await admin.login(user.email, TEST_PASSWORD);
});
afterAll(() => t.close());

const body = (overrides: Record<string, string> = {}) => ({
  name: 'Centre hospitalier du Test',
  finess: validFiness('44'),
  sector: 'sanitaire',
  department: '44',
  region: 'pays-de-la-loire',
  ...overrides,
});

describe('establishments', () => {
  it('creates, reads, updates and deletes an establishment, with audit entries', async () => {
    const created = await admin.post('/api/establishments', body({ finess: '44 000 028 9' }));
    expect(created.statusCode).toBe(201);
    const est = created.json();
    expect(est).toMatchObject({ finess: '440000289', sector: 'sanitaire', memberCount: 0 });

    const updated = await admin.patch(
      `/api/establishments/${est.id}`,
      body({ finess: '440000289', name: 'CH renommé' }),
    );
    expect(updated.json().name).toBe('CH renommé');
    expect((await admin.get(`/api/establishments/${est.id}`)).json().name).toBe('CH renommé');

    expect((await admin.delete(`/api/establishments/${est.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/establishments/${est.id}`)).statusCode).toBe(404);
    const audit = (await admin.get('/api/admin/audit?pageSize=100'))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(
      expect.arrayContaining([
        'establishment.created',
        'establishment.updated',
        'establishment.deleted',
      ]),
    );
  });

  it('explains a FINESS with a wrong check digit, and a malformed one, in French and English', async () => {
    const checksum = await admin.post('/api/establishments', body({ finess: '440000288' }));
    expect(checksum.statusCode).toBe(400);
    expect(checksum.json().errors).toEqual([
      { path: 'finess', message: expect.stringContaining('clé de contrôle') },
    ]);
    const format = await admin.post('/api/establishments', body({ finess: '44-ABC' }));
    expect(format.json().errors[0].message).toContain('9 caractères');
    const english = await new TestClient(t.app, 'en');
    const adminEn = await makeUser(t.database, { platformRole: 'admin' });
    await english.login(adminEn.email, TEST_PASSWORD);
    const en = await english.post('/api/establishments', body({ finess: '440000288' }));
    expect(en.json().errors[0].message).toContain('check digit');
  });

  it('accepts Corsican FINESS numbers and refuses a FINESS already used', async () => {
    const finess = validFiness('2A');
    expect(
      (await admin.post('/api/establishments', body({ finess, department: '2A', region: 'corse' })))
        .statusCode,
    ).toBe(201);
    const duplicate = await admin.post('/api/establishments', body({ finess }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0]).toMatchObject({
      path: 'finess',
      message: expect.stringContaining('déjà'),
    });
  });

  it('validates every field with actionable messages', async () => {
    const res = await admin.post('/api/establishments', {
      name: '',
      finess: '',
      sector: 'hôpital',
      department: '99',
      region: 'atlantide',
    });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(paths).toEqual(['department', 'finess', 'name', 'region', 'sector']);
    const messages = Object.fromEntries(
      res.json().errors.map((e: { path: string; message: string }) => [e.path, e.message]),
    );
    expect(messages.name).toBe('Ce champ est obligatoire.');
    expect(messages.sector).toBe('Choisissez une valeur dans la liste.');
    const tooLong = await admin.post('/api/establishments', body({ name: 'x'.repeat(201) }));
    expect(tooLong.json().errors[0].message).toContain('200');
  });

  it('searches by name, FINESS or département, filters by sector and paginates', async () => {
    for (let i = 0; i < 25; i += 1) {
      await makeEstablishment(t.database, {
        name: `Résidence Pagination ${String(i).padStart(2, '0')}`,
        sector: 'ehpad',
        department: '72',
      });
    }
    const page1 = (await admin.get('/api/establishments?q=pagination&pageSize=10')).json();
    expect(page1).toMatchObject({ total: 25, page: 1, pageSize: 10 });
    expect(page1.items).toHaveLength(10);
    expect(page1.items[0].name).toBe('Résidence Pagination 00');
    const page3 = (await admin.get('/api/establishments?q=pagination&pageSize=10&page=3')).json();
    expect(page3.items.map((e: { name: string }) => e.name)).toEqual([
      'Résidence Pagination 20',
      'Résidence Pagination 21',
      'Résidence Pagination 22',
      'Résidence Pagination 23',
      'Résidence Pagination 24',
    ]);
    const handicap = (await admin.get('/api/establishments?q=pagination&sector=handicap')).json();
    expect(handicap.total).toBe(0);
    const wildcard = (await admin.get('/api/establishments?q=%25')).json();
    expect(wildcard.total).toBe(0);
    const bad = await admin.get('/api/establishments?pageSize=1000');
    expect(bad.statusCode).toBe(400);
  });

  it('lists the members of an establishment with their roles', async () => {
    const est = await makeEstablishment(t.database);
    await makeUser(t.database, {
      name: 'Zoé Qualité',
      links: [{ establishmentId: est.id, role: 'quality_manager' }],
    });
    await makeUser(t.database, {
      name: 'Abel Usager',
      links: [{ establishmentId: est.id, role: 'user_representative' }],
    });
    const members = (await admin.get(`/api/establishments/${est.id}/members`)).json();
    expect(members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['Abel Usager', 'user_representative'],
      ['Zoé Qualité', 'quality_manager'],
    ]);
    expect((await admin.get(`/api/establishments/${est.id}`)).json().memberCount).toBe(2);
  });
});
