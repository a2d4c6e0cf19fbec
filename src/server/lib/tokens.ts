import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random URL-safe token (256 bits). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Tokens (sessions, resets, invitations) are stored as an HMAC keyed by the session secret, so a
 * leaked database dump cannot be replayed as cookies or links.
 */
export function tokenHasher(secret: string) {
  return (token: string) => createHmac('sha256', secret).update(token).digest('base64url');
}

/** Signed double-submit CSRF token: `<random>.<hmac>`. */
export function csrfTools(secret: string) {
  const sign = (value: string) =>
    createHmac('sha256', secret).update(`csrf:${value}`).digest('base64url');
  return {
    issue(): string {
      const value = randomBytes(18).toString('base64url');
      return `${value}.${sign(value)}`;
    },
    verify(token: string | undefined): boolean {
      if (!token) return false;
      const [value, mac] = token.split('.');
      if (!value || !mac) return false;
      const expected = Buffer.from(sign(value));
      const given = Buffer.from(mac);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
