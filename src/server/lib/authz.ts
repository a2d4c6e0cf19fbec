import type { FastifyRequest } from 'fastify';
import type { EstablishmentRole } from '../../shared/enums';
import type { SessionUser } from '../../shared/schemas/auth';
import { forbidden, unauthenticated } from './errors';

// Authorisation rules shared by the services. Every route calls one of these on the server;
// the web app hiding a button is never the protection.

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}

export function requireAdmin(request: FastifyRequest): SessionUser {
  const user = requireUser(request);
  if (user.platformRole !== 'admin') throw forbidden();
  return user;
}

export const isAdmin = (user: SessionUser) => user.platformRole === 'admin';

export function establishmentRoleOf(
  user: SessionUser,
  establishmentId: string,
): EstablishmentRole | null {
  return user.establishments.find((e) => e.id === establishmentId)?.role ?? null;
}

/** Establishments whose members and invitations this user may manage. */
export function managedEstablishmentIds(user: SessionUser): string[] {
  return user.establishments.filter((e) => e.role === 'quality_manager').map((e) => e.id);
}
