import type { Language, PlatformRole } from '../../../shared/enums';
import type { SessionUser } from '../../../shared/schemas/auth';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { addMinutes, type Clock } from '../../lib/clock';
import { AppError, invalidToken } from '../../lib/errors';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../lib/passwords';
import { newToken, tokenHasher } from '../../lib/tokens';
import type { AuditService } from '../audit/audit.service';
import type { MailService } from '../mail/mail.service';
import { passwordResetMail } from '../mail/mail.templates';
import type { UserRow, UsersRepository } from '../users/users.repository';
import type { AuthRepository } from './auth.repository';

const RESET_TOKEN_MINUTES = 60;
/** Sliding sessions: refresh the expiry at most every few minutes, not on every request. */
const SESSION_TOUCH_MINUTES = 5;

interface AuthDeps {
  db: Db;
  config: Config;
  secret: string;
  clock: Clock;
  repo: AuthRepository;
  users: UsersRepository;
  audit: AuditService;
  mail: MailService;
}

export function createAuthService(deps: AuthDeps) {
  const { config, clock, repo, users, audit, mail } = deps;
  const hashToken = tokenHasher(deps.secret);
  const sessionMinutes = config.sessionTtlHours * 60;

  async function toSessionUser(user: UserRow): Promise<SessionUser> {
    const links = await users.linksFor([user.id]);
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      platformRole: user.platformRole as PlatformRole,
      language: user.language as Language,
      establishments: links.get(user.id) ?? [],
    };
  }

  async function openSession(userId: string): Promise<string> {
    const token = newToken();
    await repo.createSession(hashToken(token), userId, addMinutes(clock.now(), sessionMinutes));
    return token;
  }

  return {
    toSessionUser,
    openSession,

    async resolveSession(token: string): Promise<SessionUser | null> {
      const now = clock.now();
      const id = hashToken(token);
      const session = await repo.findLiveSession(id, now);
      if (!session) return null;
      const user = await users.findById(session.userId);
      if (!user) return null;
      if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_MINUTES * 60_000) {
        await repo.touchSession(id, now, addMinutes(now, sessionMinutes));
      }
      return toSessionUser(user);
    },

    async login(email: string, password: string): Promise<{ token: string; user: SessionUser }> {
      const now = clock.now();
      const user = await users.findByEmail(email);
      if (!user) {
        await burnPasswordCheck(password);
        await audit.record({ action: 'auth.login_failed', details: { email, reason: 'unknown' } });
        throw new AppError(401, 'invalidCredentials');
      }
      if (user.lockedUntil && user.lockedUntil > now) {
        await audit.record({
          action: 'auth.login_failed',
          actorId: user.id,
          details: { reason: 'locked' },
        });
        throw lockedError(user.lockedUntil, now);
      }
      if (!(await verifyPassword(user.passwordHash, password))) {
        const failures = user.failedLoginCount + 1;
        await audit.record({
          action: 'auth.login_failed',
          actorId: user.id,
          details: { reason: 'password' },
        });
        if (failures >= config.login.maxFailures) {
          const lockedUntil = addMinutes(now, config.login.lockMinutes);
          await users.update(user.id, { failedLoginCount: 0, lockedUntil });
          await audit.record({
            action: 'auth.locked',
            actorId: user.id,
            targetType: 'user',
            targetId: user.id,
          });
          throw lockedError(lockedUntil, now);
        }
        await users.update(user.id, { failedLoginCount: failures });
        throw new AppError(401, 'invalidCredentials');
      }
      await users.update(user.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
      await audit.record({ action: 'auth.login', actorId: user.id });
      return { token: await openSession(user.id), user: await toSessionUser(user) };
    },

    async logout(token: string, userId: string): Promise<void> {
      await repo.deleteSession(hashToken(token));
      await audit.record({ action: 'auth.logout', actorId: userId });
    },

    /** Always succeeds from the caller's point of view, so nobody can probe which e-mails exist. */
    async requestPasswordReset(email: string, language: Language): Promise<void> {
      const user = await users.findByEmail(email);
      if (!user) return;
      const token = newToken();
      await repo.createResetToken(
        hashToken(token),
        user.id,
        addMinutes(clock.now(), RESET_TOKEN_MINUTES),
      );
      await audit.record({ action: 'auth.password_reset_requested', actorId: user.id });
      const link = `${config.publicUrl}/reinitialiser-mot-de-passe?token=${token}`;
      await mail.send({
        to: user.email,
        ...passwordResetMail(language, link, RESET_TOKEN_MINUTES),
      });
    },

    async confirmPasswordReset(token: string, password: string): Promise<void> {
      const passwordHash = await hashPassword(password);
      const userId = await deps.db.transaction(async (tx) => {
        const row = await repo.consumeResetToken(hashToken(token), clock.now(), tx);
        if (!row) throw invalidToken();
        await users.update(
          row.userId,
          { passwordHash, failedLoginCount: 0, lockedUntil: null },
          tx,
        );
        // A reset closes every open session: whoever knew the old password is logged out.
        await repo.deleteUserSessions(row.userId, tx);
        return row.userId;
      });
      await audit.record({
        action: 'auth.password_reset',
        actorId: userId,
        targetType: 'user',
        targetId: userId,
      });
    },

    async changePassword(userId: string, currentPassword: string, newPassword: string) {
      const user = await users.findById(userId);
      if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new AppError(400, 'wrongPassword', {}, [
          { path: 'currentPassword', key: 'problem.wrongPassword' },
        ]);
      }
      await users.update(userId, { passwordHash: await hashPassword(newPassword) });
      await audit.record({
        action: 'auth.password_changed',
        actorId: userId,
        targetType: 'user',
        targetId: userId,
      });
    },

    async verifyUserPassword(userId: string, password: string): Promise<boolean> {
      const user = await users.findById(userId);
      return !!user && (await verifyPassword(user.passwordHash, password));
    },

    cleanExpiredSessions: () => repo.deleteExpiredSessions(clock.now()),
  };
}

function lockedError(until: Date, now: Date) {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError(423, 'accountLocked', { minutes });
}

export type AuthService = ReturnType<typeof createAuthService>;
