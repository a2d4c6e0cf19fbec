import { expect, it } from 'vitest';
import type { TestClient } from './test-app';

/** One route and the status each kind of caller must get from it. */
export interface MatrixRule<Actor extends string> {
  name: string;
  call: (c: TestClient) => Promise<{ statusCode: number }>;
  /** Expected status per actor; actors not listed expect `otherwise`. */
  expect: Partial<Record<Actor, number>>;
  otherwise: number;
}

/**
 * One test per rule: every actor calls the route, and the statuses are compared as a whole so
 * that a failure shows the full row. Call inside a `describe`.
 */
export function checkMatrix<Actor extends string>(
  actors: readonly Actor[],
  clients: Map<Actor, TestClient>,
  rules: MatrixRule<Actor>[],
) {
  for (const rule of rules) {
    it(rule.name, async () => {
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const actor of actors) {
        const client = clients.get(actor);
        if (!client) throw new Error(`no client for ${actor}`);
        got[actor] = (await rule.call(client)).statusCode;
        want[actor] = rule.expect[actor] ?? rule.otherwise;
      }
      expect(got).toEqual(want);
    });
  }
}
