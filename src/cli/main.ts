import { readFileSync, writeFileSync } from 'node:fs';
import { ConfigError, loadConfig } from '../server/config';
import { openDatabase, type Database } from '../server/db/client';
import { dumpDatabase, restoreDatabase, RestoreError } from '../server/db/backup';
import { demoAccountsBanner, seedDemo } from '../server/demo/seed-demo';
import { createAdmin } from './create-admin';

const USAGE = `binome <commande>

  migrate                      applique les migrations de la base
  seed-demo                    charge les données de démonstration (une seule fois)
  create-admin --email E --name N
                               crée un administrateur (mot de passe lu dans BINOME_ADMIN_PASSWORD,
                               sinon généré et affiché une fois)
  backup FICHIER               écrit une sauvegarde SQL (données) de la base
  restore FICHIER [--force]    restaure une sauvegarde dans une base neuve (--force : la vide d'abord)
  analysis <sous-commande>     moteur d'analyse des commentaires (binome analysis --help)

La base est celle de DATABASE_URL, ou PGlite dans DATA_DIR (./data par défaut).`;

async function withDatabase<T>(run: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: config.pgliteDir,
  });
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'migrate':
        await withDatabase((database) => database.migrate());
        console.log('Migrations appliquées.');
        return 0;
      case 'seed-demo': {
        const config = loadConfig();
        const seeded = await withDatabase(async (database) => {
          await database.migrate();
          return seedDemo(database.db);
        });
        console.log(
          seeded
            ? demoAccountsBanner(config.publicUrl)
            : 'Données de démonstration déjà présentes : rien à faire.',
        );
        return 0;
      }
      case 'create-admin': {
        const email = option(rest, '--email');
        const name = option(rest, '--name');
        if (!email || !name) {
          console.error('Usage : binome create-admin --email E --name N');
          return 2;
        }
        return await withDatabase(async (database) => {
          await database.migrate();
          return createAdmin(database, {
            email,
            name,
            password: process.env.BINOME_ADMIN_PASSWORD,
          });
        });
      }
      case 'backup': {
        const file = rest[0];
        if (!file) {
          console.error('Usage : binome backup FICHIER');
          return 2;
        }
        const dump = await withDatabase(dumpDatabase);
        writeFileSync(file, dump, { mode: 0o600 });
        console.log(`Sauvegarde écrite : ${file}`);
        return 0;
      }
      case 'restore': {
        const file = rest[0];
        if (!file) {
          console.error('Usage : binome restore FICHIER [--force]');
          return 2;
        }
        const dump = readFileSync(file, 'utf8');
        await withDatabase((database) => restoreDatabase(database, dump, rest.includes('--force')));
        console.log(`Sauvegarde restaurée : ${file}`);
        return 0;
      }
      case 'analysis': {
        const { runAnalysisCli } = await import('../analysis/cli');
        return await runAnalysisCli(rest);
      }
      case undefined:
      case '--help':
      case 'help':
        console.log(USAGE);
        return command ? 0 : 2;
      default:
        console.error(`Commande inconnue : ${command}\n\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof ConfigError || err instanceof RestoreError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
}
