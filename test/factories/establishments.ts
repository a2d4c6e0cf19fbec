import { finessCheckDigit } from '../../src/shared/finess';
import type { Sector } from '../../src/shared/enums';
import type { Database } from '../../src/server/db/client';
import { createEstablishmentsRepository } from '../../src/server/modules/establishments/establishments.repository';

let counter = 0;

/** A valid FINESS number in the given département, different at each call. */
export function validFiness(department = '44'): string {
  counter += 1;
  const prefix = `${department}${String(100000 + counter).padStart(6, '0')}`;
  return `${prefix}${finessCheckDigit(prefix)}`;
}

export async function makeEstablishment(
  database: Database,
  overrides: { name?: string; sector?: Sector; department?: string } = {},
) {
  const department = overrides.department ?? '44';
  return createEstablishmentsRepository(database.db).insert({
    name: overrides.name ?? `Établissement ${counter + 1}`,
    finess: validFiness(department),
    sector: overrides.sector ?? 'sanitaire',
    department,
    region: 'pays-de-la-loire',
  });
}
