import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { appMeta, establishments, userEstablishments, users } from '../db/schema';
import { hashPassword } from '../lib/passwords';
import { seedDemoCommunity } from './seed-demo-community';
import { seedDemoExperience } from './seed-demo-experience';
import { seedDemoPartnership } from './seed-demo-partnership';
import { seedDemoReports } from './seed-demo-reports';
import { seedDemoSubgroups } from './seed-demo-subgroups';
import { DEMO_ACCOUNTS, DEMO_ESTABLISHMENTS, DEMO_PASSWORD, demoFiness } from './demo-data';
import { claimSeedStep } from './seed-marker';

const SEEDED_KEY = 'demo_seeded_at';

/**
 * Loads the demo data once. Returns false when it was already there: a second start, or a
 * second `binome seed-demo`, changes nothing.
 */
export async function seedDemo(
  db: Db,
  { patientExperience = true }: { patientExperience?: boolean } = {},
): Promise<boolean> {
  const accounts = await seedDemoAccounts(db);
  const community = await seedDemoCommunity(db);
  const subgroups = await seedDemoSubgroups(db);
  const reports = await seedDemoReports(db);
  const partnership = await seedDemoPartnership(db);
  // A few thousand analysed comments: tests that only need the people and the community skip it.
  const experience = patientExperience ? await seedDemoExperience(db) : false;
  return accounts || community || subgroups || reports || partnership || experience;
}

async function seedDemoAccounts(db: Db): Promise<boolean> {
  const [already] = await db.select().from(appMeta).where(eq(appMeta.key, SEEDED_KEY));
  if (already) return false;
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  return db.transaction(async (tx) => {
    if (!(await claimSeedStep(tx, SEEDED_KEY))) return false;
    const inserted = await tx
      .insert(establishments)
      .values(
        DEMO_ESTABLISHMENTS.map((e) => ({
          name: e.name,
          finess: demoFiness(e),
          sector: e.sector,
          department: e.department,
          region: e.region,
        })),
      )
      .returning({ id: establishments.id, finess: establishments.finess });
    const idByKey = new Map(
      DEMO_ESTABLISHMENTS.map((e) => [
        e.key,
        inserted.find((row) => row.finess === demoFiness(e))?.id,
      ]),
    );
    for (const [index, account] of DEMO_ACCOUNTS.entries()) {
      const [user] = await tx
        .insert(users)
        .values({
          email: account.email,
          name: account.name,
          passwordHash: hashes[index] ?? '',
          platformRole: account.platformRole,
          roleCategory: account.roleCategory,
          organisation: account.organisation,
          sectors: account.sectors,
        })
        .returning({ id: users.id });
      for (const link of account.links) {
        const establishmentId = idByKey.get(link.establishment);
        if (user && establishmentId) {
          await tx
            .insert(userEstablishments)
            .values({ userId: user.id, establishmentId, role: link.role });
        }
      }
    }
    return true;
  });
}

export function demoAccountsBanner(publicUrl: string): string {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(width)}  ${a.description}`);
  return [
    '',
    `Binôme (mode démo) : ${publicUrl}`,
    `Comptes de démonstration — mot de passe commun : ${DEMO_PASSWORD}`,
    ...lines,
    '',
  ].join('\n');
}
