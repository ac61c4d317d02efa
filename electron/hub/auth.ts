import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Passwords: scrypt (N=2^15, r=8, p=1, 64-byte key, 16-byte salt), stored as
 * `scrypt$N$r$p$salt$key` in base64, so the cost can rise later without
 * invalidating old hashes. Session tokens: 32 random bytes; only their
 * SHA-256 is stored, so a stolen database holds no usable token.
 */
const N = 1 << 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 64;
const MAX_MEM = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: MAX_MEM }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** `cost` (scrypt's N) is for tests only, which create many accounts on a busy machine. */
export async function hashPassword(password: string, cost = N): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost, R, P);
  return ['scrypt', cost, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash to compare against when the account does not exist, so timing does not reveal names. */
export const DUMMY_HASH_PROMISE = hashPassword(randomBytes(12).toString('base64'));

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Failed logins: after FREE_FAILURES failures for one login name or one
 * address, each further attempt waits twice as long as the last (1 s, 2 s …
 * up to 15 min) before a password is even checked. Held in memory: a hub
 * restart forgives, which an attacker cannot trigger.
 */
export class LoginThrottle {
  static readonly FREE_FAILURES = 5;
  private readonly failures = new Map<string, { count: number; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds to wait before another attempt for any of the keys; 0 when free. */
  retryAfter(keys: string[]): number {
    const now = this.now();
    return Math.max(0, ...keys.map((k) => (this.failures.get(k)?.until ?? 0) - now));
  }

  fail(keys: string[]): void {
    const now = this.now();
    for (const key of keys) {
      const count = (this.failures.get(key)?.count ?? 0) + 1;
      const over = count - LoginThrottle.FREE_FAILURES;
      const wait = over > 0 ? Math.min(15 * 60_000, 1000 * 2 ** (over - 1)) : 0;
      this.failures.set(key, { count, until: now + wait });
    }
    if (this.failures.size > 100_000) this.failures.clear(); // bounded memory under a flood
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
