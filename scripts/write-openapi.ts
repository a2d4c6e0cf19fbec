// `npm run openapi`: writes docs/openapi.json from the routes' Zod schemas.
import { writeFileSync } from 'node:fs';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/client';

const database = await openDatabase({});
await database.migrate();
const app = await buildApp({
  config: loadConfig({ LOG_LEVEL: 'silent' }),
  database,
  logger: false,
});
await app.ready();
const spec = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
writeFileSync('docs/openapi.json', `${JSON.stringify(spec, null, 2)}\n`);
await app.close();
await database.close();
console.log('docs/openapi.json écrit.');
