// Runs `binome analysis …` in this process and reports its peak memory on stderr (the last line
// of stdout stays the CLI's JSON): npx tsx bench/support/cli-with-memory.ts evaluate …
import { runAnalysisCli } from '../../src/analysis/cli';

const code = await runAnalysisCli(process.argv.slice(2));
// maxRSS is in kilobytes.
console.error(`peak_rss_mb=${Math.round(process.resourceUsage().maxRSS / 1024)}`);
process.exitCode = code;
