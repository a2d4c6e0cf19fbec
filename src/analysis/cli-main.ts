// Development entry point: npx tsx src/analysis/cli-main.ts evaluate --test … (the product wires
// runAnalysisCli behind `binome analysis`).
import { runAnalysisCli } from './cli';

process.exitCode = await runAnalysisCli(process.argv.slice(2));
