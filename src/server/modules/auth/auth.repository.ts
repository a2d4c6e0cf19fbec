import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { passwordResetTokens, sessions } from '../../db/schema';

export function createAuthRepository(db: Db) {
  return {
    async createSession(id: string, userId: string, expiresAt: Date): Promise<void> {
      await db.insert(sessions).values({ id, userId, expiresAt });
    },

    async findLiveSession(id: string, now: Date) {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
      return row;
    },

    async touchSession(id: string, now: Date, expiresAt: Date): Promise<void> {
      await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, id));
    },

    async deleteSession(id: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.id, id));
    },

    async deleteUserSessions(userId: string, tx: DbOrTx = db): Promise<void> {
      await tx.delete(sessions).where(eq(sessions.userId, userId));
    },

    async deleteExpiredSessions(now: Date): Promise<void> {
      await db.delete(sessions).where(lt(sessions.expiresAt, now));
    },

    async createResetToken(tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
      await db.insert(passwordResetTokens).values({ tokenHash, userId, expiresAt });
    },

    /** Marks the token used and returns its user, or undefined when invalid/expired/used. */
    async consumeResetToken(tokenHash: string, now: Date, tx: DbOrTx = db) {
      const [row] = await tx
        .update(passwordResetTokens)
        .set({ usedAt: now })
        .where(
          and(
            eq(passwordResetTokens.tokenHash, tokenHash),
            isNull(passwordResetTokens.usedAt),
            gt(passwordResetTokens.expiresAt, now),
          ),
        )
        .returning({ userId: passwordResetTokens.userId });
      return row;
    },
  };
}
export type AuthRepository = ReturnType<typeof createAuthRepository>;
