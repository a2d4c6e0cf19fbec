// `npm run bench`: every benchmark of the project, one after the other (each owns the machine).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const benchmarks = ['analysis.ts', 'communities.ts', 'partnership.ts', 'experience.ts'];
let failed = 0;
for (const file of benchmarks) {
  console.log(`\n# bench/${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, file)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
