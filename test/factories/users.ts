import { randomBytes } from 'node:crypto';
import type { EstablishmentRole, PlatformRole } from '../../src/shared/enums';
import type { Database } from '../../src/server/db/client';
import { hashPassword } from '../../src/server/lib/passwords';
import { createUsersRepository } from '../../src/server/modules/users/users.repository';

export const TEST_PASSWORD = 'Correct-Horse-42';
let cachedHash: Promise<string> | undefined;

export async function makeUser(
  database: Database,
  overrides: {
    email?: string;
    name?: string;
    platformRole?: PlatformRole;
    links?: { establishmentId: string; role: EstablishmentRole }[];
  } = {},
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const repo = createUsersRepository(database.db);
  const user = await repo.insert({
    email: overrides.email ?? `user-${randomBytes(4).toString('hex')}@test.binome.fr`,
    name: overrides.name ?? 'Personne Test',
    passwordHash: await cachedHash,
    platformRole: overrides.platformRole ?? 'member',
  });
  for (const link of overrides.links ?? [])
    await repo.addLink(user.id, link.establishmentId, link.role);
  return user;
}
