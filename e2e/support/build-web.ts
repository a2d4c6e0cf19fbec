import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const newest = (entry: string): number => {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (max, child) => Math.max(max, newest(path.join(entry, child))),
    0,
  );
};

/** Builds dist/web with Vite's JS API when it is missing or older than its sources. */
export async function buildWebIfStale(root: string): Promise<void> {
  const index = path.join(root, 'dist/web/index.html');
  const sources = ['src/web', 'src/shared', 'vite.config.ts']
    .map((p) => path.join(root, p))
    .filter((p) => existsSync(p));
  const sourcesTime = Math.max(...sources.map(newest));
  if (existsSync(index) && statSync(index).mtimeMs >= sourcesTime) return;
  console.log('[e2e] vite build…');
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
