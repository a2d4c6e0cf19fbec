import { defineConfig } from 'vitest/config';
import { reporters } from './test/support/reporters.ts';

// Browser journeys: the global setup builds the SPA when needed and starts the real server (demo
// data, fresh PGlite directory); tests drive Debian's Chromium through playwright-core and run an
// axe scan on every page they visit.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
    reporters: reporters('e2e'),
  },
});
