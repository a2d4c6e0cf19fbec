import { randomBytes } from 'node:crypto';
import { checkPassword } from '../shared/password-policy';
import { emailSchema } from '../shared/schemas/common';
import type { Database } from '../server/db/client';
import { hashPassword } from '../server/lib/passwords';
import { createUsersRepository } from '../server/modules/users/users.repository';

export async function createAdmin(
  database: Database,
  input: { email: string; name: string; password?: string },
): Promise<number> {
  const email = emailSchema.safeParse(input.email);
  if (!email.success) {
    console.error('Adresse e-mail invalide.');
    return 2;
  }
  const generated = !input.password;
  const password = input.password ?? `${randomBytes(15).toString('base64url')}-Aa1`;
  const problem = checkPassword(password);
  if (problem) {
    console.error(
      `Mot de passe refusé (${problem}) : au moins 12 caractères mêlant 3 types, ou 16 caractères.`,
    );
    return 2;
  }
  const users = createUsersRepository(database.db);
  const existing = await users.findByEmail(email.data);
  if (existing) {
    await users.update(existing.id, { platformRole: 'admin' });
    console.log(`Le compte ${email.data} existait : il est maintenant administrateur.`);
    return 0;
  }
  await users.insert({
    email: email.data,
    name: input.name.trim().slice(0, 120),
    passwordHash: await hashPassword(password),
    platformRole: 'admin',
  });
  console.log(`Administrateur créé : ${email.data}`);
  if (generated) console.log(`Mot de passe (affiché une seule fois) : ${password}`);
  return 0;
}
