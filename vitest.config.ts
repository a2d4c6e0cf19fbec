import { defineConfig } from 'vitest/config';
import { reporters } from './test/support/reporters.ts';

// Unit tests sit beside the code; API integration tests run through app.inject on a fresh
// database per file (PGlite in memory, or a throw-away database on TEST_DATABASE_URL).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: reporters('unit'),
  },
});
