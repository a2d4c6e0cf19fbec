import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('OpenAPI', () => {
  it('is served at /api/docs with an operationId for every route', async () => {
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
    const spec = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const operations = Object.entries(
      spec.paths as Record<string, Record<string, { operationId?: string }>>,
    ).flatMap(([p, methods]) =>
      Object.entries(methods).map(([m, op]) => ({
        route: `${m.toUpperCase()} ${p}`,
        operationId: op.operationId,
      })),
    );
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.filter((o) => !o.operationId)).toEqual([]);
  });

  it('matches the committed docs/openapi.json (run `npm run openapi` after changing a route)', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const committed = JSON.parse(readFileSync('docs/openapi.json', 'utf8'));
    expect(spec).toEqual(committed);
  });
});
