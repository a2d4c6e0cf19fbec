// Reporters of both Vitest configurations. `.ci/run` sets BINOME_TEST_REPORT_DIR (and a label
// per database) to collect JSON results and print one summary; a developer sees the default output.
type Reporter = string | [string, Record<string, unknown>];

export function reporters(suite: 'unit' | 'e2e'): Reporter[] {
  const dir = process.env.BINOME_TEST_REPORT_DIR;
  if (!dir) return ['default'];
  const label = process.env.BINOME_TEST_REPORT_LABEL ?? 'tests';
  return ['default', ['json', { outputFile: `${dir}/${label}-${suite}.json` }]];
}
