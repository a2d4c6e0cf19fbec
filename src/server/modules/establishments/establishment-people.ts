import { and, asc, eq } from 'drizzle-orm';
import type { EstablishmentRole } from '../../../shared/enums';
import type { Db } from '../../db/client';
import { userEstablishments, users } from '../../db/schema';

/**
 * Who is linked to an establishment, and how: the partnership (binôme members) and the patient
 * experience (focus-group facilitators) pick people by their role in the establishment.
 */
export function createEstablishmentPeople(db: Db) {
  return {
    /** People linked to the establishment with `role`, by name. */
    linkedPeople(establishmentId: string, role: EstablishmentRole) {
      return db
        .select({ id: users.id, name: users.name })
        .from(userEstablishments)
        .innerJoin(users, eq(users.id, userEstablishments.userId))
        .where(
          and(
            eq(userEstablishments.establishmentId, establishmentId),
            eq(userEstablishments.role, role),
          ),
        )
        .orderBy(asc(users.name), asc(users.id));
    },

    /** The person's role in the establishment, or null when not linked. */
    async linkRole(userId: string, establishmentId: string) {
      const [row] = await db
        .select({ role: userEstablishments.role })
        .from(userEstablishments)
        .where(
          and(
            eq(userEstablishments.userId, userId),
            eq(userEstablishments.establishmentId, establishmentId),
          ),
        );
      return (row?.role as EstablishmentRole | undefined) ?? null;
    },
  };
}
