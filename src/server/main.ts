import { ConfigError } from './config';
import { demoAccountsBanner } from './demo/seed-demo';
import { startServer } from './start';

// `npm start` lands here (after building the SPA when needed).
async function main() {
  let server;
  try {
    server = await startServer();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const { config } = server;
  if (server.seeded) console.log(demoAccountsBanner(config.publicUrl));
  else if (config.mode === 'demo') {
    console.log(
      `\nBinôme (mode démo) : ${config.publicUrl} — comptes de démonstration : voir le README.\n`,
    );
  } else console.log(`\nBinôme : ${config.publicUrl}\n`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    server.app.log.info({ signal }, 'arrêt en cours');
    // Closing stops new requests, finishes those in flight, then closes the database so that
    // PGlite flushes its files: a kill and restart loses nothing.
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

void main();
