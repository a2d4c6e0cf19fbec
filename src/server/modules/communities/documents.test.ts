import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDemoCommunity, signedIn } from '../../../../test/support/demo-community';
import { createTestApp, type TestClient, type TestApp } from '../../../../test/support/test-app';
import { DEMO_PASSWORD } from '../../demo/demo-data';
import { DEMO_COMMUNITY_SLUG } from '../../demo/demo-community';
import { seedDemo } from '../../demo/seed-demo';

const docs = `/api/communities/${DEMO_COMMUNITY_SLUG}/documents`;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
let t: TestApp;
let visitor: TestClient;
let pilot: TestClient;
let member: TestClient;
let outsider: TestClient;

/** A multipart/form-data body: text fields first, then the file (as browsers send a form). */
function form(
  fields: Record<string, string>,
  file?: { name: string; content: Buffer; type?: string },
) {
  const boundary = '----binome-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
const upload = (client: TestClient, url: string, body: ReturnType<typeof form>) =>
  client.request({ method: 'POST', url, ...body });

beforeAll(async () => {
  ({ t, visitor, pilot, member, outsider } = await withDemoCommunity());
});
afterAll(() => t.close());

describe('community documents', () => {
  it('are uploaded by members, checked by content, and downloaded intact', async () => {
    const file = { name: 'Compte rendu 2021.pdf', content: PDF, type: 'application/pdf' };
    expect(
      (await upload(visitor, docs, form({ title: 'CR', visibility: 'members' }, file))).statusCode,
    ).toBe(401);
    expect(
      (await upload(outsider, docs, form({ title: 'CR', visibility: 'members' }, file))).statusCode,
    ).toBe(403);
    // Only pilots publish beyond the members.
    expect(
      (await upload(member, docs, form({ title: 'CR', visibility: 'public' }, file))).statusCode,
    ).toBe(403);

    const created = await upload(
      member,
      docs,
      form({ title: 'Compte rendu', visibility: 'members' }, file),
    );
    expect(created.statusCode).toBe(201);
    const document = created.json();
    expect(document.versions).toEqual([
      expect.objectContaining({
        version: 1,
        fileName: 'Compte rendu 2021.pdf',
        mimeType: 'application/pdf',
        size: PDF.length,
        uploadedBy: 'Yannick Bodin',
      }),
    ]);

    const download = await member.get(`${docs}/${document.id}/download`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(
      "filename*=UTF-8''Compte%20rendu%202021.pdf",
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(PDF)).toBe(true);
  });

  it('refuses a renamed executable, a missing file and a file over the limit', async () => {
    const exe = Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00');
    const renamed = await upload(
      pilot,
      docs,
      form({ title: 'Piège', visibility: 'members' }, { name: 'rapport.pdf', content: exe }),
    );
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().errors[0]).toEqual({
      path: 'file',
      message: expect.stringContaining('PDF, PNG'),
    });
    const missing = await upload(
      pilot,
      docs,
      form({ title: 'Sans fichier', visibility: 'members' }),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].message).toBe('Choisissez un fichier à déposer.');
    const untitled = await upload(
      pilot,
      docs,
      form({ title: '', visibility: 'members' }, { name: 'a.pdf', content: PDF }),
    );
    expect(untitled.json().errors[0]).toEqual({
      path: 'title',
      message: 'Ce champ est obligatoire.',
    });

    const small = await createTestApp({ MAX_UPLOAD_MB: '0.001' }); // about 1 KB
    try {
      await seedDemo(small.database.db, { patientExperience: false });
      const client = await signedIn(small, 'pilote@demo.binome.fr', DEMO_PASSWORD);
      const big = Buffer.concat([PDF, Buffer.alloc(4096, 0x20)]);
      const tooLarge = await upload(
        client,
        docs,
        form({ title: 'Gros', visibility: 'members' }, { name: 'gros.pdf', content: big }),
      );
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json().title).toContain('trop volumineux');
      expect((await client.get(docs)).json()).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('are downloaded according to their visibility, and keep their versions', async () => {
    const publish = async (title: string, visibility: string) =>
      (
        await upload(
          pilot,
          docs,
          form({ title, visibility }, { name: `${title}.pdf`, content: PDF }),
        )
      ).json().id as string;
    const publicId = await publish('Affiche', 'public');
    const pilotsId = await publish('Notes des pilotes', 'pilots');

    const titles = async (client: TestClient) =>
      (await client.get(docs)).json().map((d: { title: string }) => d.title);
    expect(await titles(visitor)).toEqual(['Affiche']);
    expect(await titles(member)).not.toContain('Notes des pilotes');
    expect(await titles(pilot)).toContain('Notes des pilotes');
    expect((await visitor.get(`${docs}/${publicId}/download`)).statusCode).toBe(200);
    expect((await member.get(`${docs}/${pilotsId}/download`)).statusCode).toBe(404);

    const v2 = Buffer.from('%PDF-1.7\n% version 2\n%%EOF\n');
    expect(
      (
        await upload(
          member,
          `${docs}/${publicId}/versions`,
          form({}, { name: 'Affiche.pdf', content: v2 }),
        )
      ).statusCode,
    ).toBe(403);
    const updated = await upload(
      pilot,
      `${docs}/${publicId}/versions`,
      form({}, { name: 'Affiche v2.pdf', content: v2 }),
    );
    expect(updated.statusCode).toBe(201);
    expect(updated.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await visitor.get(`${docs}/${publicId}/download`)).rawPayload.equals(v2)).toBe(true);
    expect(
      (await visitor.get(`${docs}/${publicId}/download?version=1`)).rawPayload.equals(PDF),
    ).toBe(true);

    expect((await member.delete(`${docs}/${publicId}`)).statusCode).toBe(403);
    expect((await pilot.delete(`${docs}/${publicId}`)).statusCode).toBe(204);
    expect((await visitor.get(`${docs}/${publicId}/download`)).statusCode).toBe(404);
  });
});
