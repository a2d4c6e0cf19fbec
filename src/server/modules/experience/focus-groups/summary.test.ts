import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { redact } from '../../../../analysis/redaction/redact';
import type { TestApp, TestClient } from '../../../../../test/support/test-app';
import { experienceComments, experienceSources } from '../../../db/schema';
import type { CommentsSummary } from '../../../../shared/schemas/experience';
import { problemCode, withFocusGroups, type Team } from './focus-groups.testing';
import { createLlmClient, LlmError } from './llm-client';

// The optional language-model connector, against a fake OpenAI-compatible server on this machine.

interface Received {
  url: string;
  authorization: string | undefined;
  body: {
    model: string;
    temperature: number;
    messages: { role: string; content: string }[];
  };
}

/** What the fake server does with the next requests. */
let behaviour: 'answer' | 'fail' | 'garbage' | 'hang' = 'answer';
const received: Received[] = [];
const CANNED = '- Attente longue aux urgences (3 commentaires sur 3).';
const REMOTE_SECRET = 'trace interne du serveur distant';

const readBody = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

let fake: Server;
let port: number;

let t: TestApp;
let admin: TestClient;
let observer: TestClient;
let visitor: TestClient;
let a: Team;
let b: Team;

const SUMMARY = '/api/experience/summary';

/** Analysed comments keep only their redacted text (what the analysis job leaves). */
async function addComments(team: Team) {
  const [source] = await t.database.db
    .insert(experienceSources)
    .values({ establishmentId: team.establishment.id, kind: 'file', name: 'e-Satis' })
    .returning();
  const rows = [
    {
      raw: 'Six heures aux urgences, appelez-moi au 06 12 34 56 78 pour en parler.',
      on: '2025-03-02',
      themes: ['attente'],
      sentiment: 'negatif',
    },
    {
      raw: 'Attente interminable, écrivez à jean.dupont@example.fr si besoin.',
      on: '2025-03-10',
      themes: ['attente', 'organisation'],
      sentiment: 'negatif',
    },
    {
      raw: 'Personnel adorable malgré l’attente.',
      on: '2025-02-01',
      themes: ['attente', 'relations'],
      sentiment: 'mixte',
    },
    {
      raw: 'Repas excellents.',
      on: '2025-03-05',
      themes: ['repas'],
      sentiment: 'positif',
    },
  ];
  await t.database.db.insert(experienceComments).values(
    rows.map((row, i) => ({
      establishmentId: team.establishment.id,
      sourceId: source!.id,
      dedupKey: `${team.establishment.id}-${i}`,
      receivedOn: row.on,
      month: `${row.on.slice(0, 7)}-01`,
      rawText: null,
      text: redact(row.raw).text,
      analysedAt: new Date(),
      themes: row.themes,
      sentiment: row.sentiment,
    })),
  );
  // Not analysed yet: its text as received must never leave the database.
  await t.database.db.insert(experienceComments).values({
    establishmentId: team.establishment.id,
    sourceId: source!.id,
    dedupKey: `${team.establishment.id}-pending`,
    receivedOn: '2025-03-20',
    month: '2025-03-01',
    rawText: 'Attente horrible, contactez marie.curie@example.fr',
  });
}

beforeAll(async () => {
  fake = createServer((request, response) => {
    void readBody(request).then((text) => {
      received.push({
        url: request.url ?? '',
        authorization: request.headers.authorization,
        body: JSON.parse(text) as Received['body'],
      });
      if (behaviour === 'hang') return;
      if (behaviour === 'fail') {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: REMOTE_SECRET }));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        behaviour === 'garbage'
          ? JSON.stringify({ detail: REMOTE_SECRET })
          : JSON.stringify({
              id: 'chatcmpl-1',
              model: 'modele-local-1',
              choices: [{ index: 0, message: { role: 'assistant', content: `  ${CANNED}\n` } }],
            }),
      );
    });
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  port = (fake.address() as AddressInfo).port;
  ({ t, admin, observer, visitor, a, b } = await withFocusGroups({
    LLM_URL: `http://127.0.0.1:${port}/v1/`,
    LLM_MODEL: 'modele-local',
    LLM_API_KEY: 'cle-secrete',
  }));
  await addComments(a);
  await addComments(b);
});
afterAll(async () => {
  await t.close();
  fake.closeAllConnections();
  await new Promise((resolve) => fake.close(resolve));
});
beforeEach(() => {
  behaviour = 'answer';
  received.length = 0;
});

describe('comment summaries by a language model', () => {
  it('say the connector is on to signed-in people', async () => {
    expect((await a.ru.client.get(`${SUMMARY}/status`)).json()).toEqual({ enabled: true });
    expect((await visitor.get(`${SUMMARY}/status`)).statusCode).toBe(401);
  });

  it('send the recent redacted comments of the selection, once', async () => {
    const response = await a.ru.client.post(SUMMARY, {
      establishmentId: a.establishment.id,
      theme: 'attente',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      summary: CANNED,
      comments: 3,
      model: 'modele-local-1',
    } satisfies CommentsSummary);

    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request!.url).toBe('/v1/chat/completions');
    expect(request!.authorization).toBe('Bearer cle-secrete');
    expect(request!.body.model).toBe('modele-local');
    expect(request!.body.temperature).toBe(0.2);
    const [system, user] = request!.body.messages;
    expect(system!.role).toBe('system');
    expect(system!.content).toContain('5 puces');
    expect(system!.content).toContain('n’invente rien');
    expect(user!.role).toBe('user');
    // The most recent first, numbered, redacted; nothing of other themes, pending comments
    // nor other establishments.
    expect(user!.content).toContain('3 commentaires (thème « Délais et attente »)');
    expect(user!.content).toContain(
      '1. Attente interminable, écrivez à [EMAIL] si besoin.\n2. Six heures aux urgences, appelez-moi au [TELEPHONE] pour en parler.\n3. Personnel adorable malgré l’attente.',
    );
    expect(user!.content).not.toMatch(/@|\d{2} \d{2} \d{2}/);
    expect(user!.content).not.toContain('Repas');
    expect(user!.content).not.toContain('horrible');
  });

  it('apply the sentiment and period filters', async () => {
    const response = await a.pro.client.post(SUMMARY, {
      establishmentId: a.establishment.id,
      sentiment: 'negatif',
      from: '2025-03-05',
      to: '2025-03-31',
    });
    expect((response.json() as CommentsSummary).comments).toBe(1);
    expect(received[0]!.body.messages[1]!.content).toContain('1. Attente interminable');

    // Nothing matches: the model is not called.
    const none = await a.pro.client.post(SUMMARY, {
      establishmentId: a.establishment.id,
      theme: 'frais',
    });
    expect(none.json()).toEqual({ summary: '', comments: 0, model: 'modele-local' });
    expect(received).toHaveLength(1);
  });

  it('are for the establishment’s people only', async () => {
    const body = { establishmentId: a.establishment.id };
    expect((await b.pro.client.post(SUMMARY, body)).statusCode).toBe(403);
    expect((await observer.post(SUMMARY, body)).statusCode).toBe(403);
    expect((await visitor.post(SUMMARY, body)).statusCode).toBe(401);
    expect((await admin.post(SUMMARY, body)).statusCode).toBe(200);
    expect(received).toHaveLength(1);
  });

  it('answer 502 without the remote server’s words when it fails', async () => {
    for (const mode of ['fail', 'garbage'] as const) {
      behaviour = mode;
      const response = await a.pro.client.post(SUMMARY, { establishmentId: a.establishment.id });
      expect(response.statusCode).toBe(502);
      expect(problemCode(response)).toBe('llmFailed');
      expect(response.body).not.toContain(REMOTE_SECRET);
    }
  });

  it('give up on a model that does not answer in time', async () => {
    behaviour = 'hang';
    const client = createLlmClient(
      { url: `http://127.0.0.1:${port}/v1`, model: 'modele-local', apiKey: undefined },
      { timeoutMs: 200 },
    );
    const error = await client.complete([{ role: 'user', content: 'Bonjour' }]).catch((e) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).reason).toBe('timeout');
    // Without a key, no Authorization header is sent.
    expect(received[0]!.authorization).toBeUndefined();
  });
});

describe('without a configured language model', () => {
  // Another app, made in a hook (building a database takes a while on a busy machine).
  let off: Awaited<ReturnType<typeof withFocusGroups>>;
  beforeAll(async () => {
    off = await withFocusGroups();
  });
  afterAll(() => off.t.close());

  it('is off', async () => {
    const status = await off.a.ru.client.get(`${SUMMARY}/status`);
    expect(status.json()).toEqual({ enabled: false });
    const refused = await off.a.ru.client.post(SUMMARY, {
      establishmentId: off.a.establishment.id,
    });
    expect(refused.statusCode).toBe(404);
    expect(problemCode(refused)).toBe('llmDisabled');
  });
});
