/**
 * Sends the outbox in the background, one entry at a time, oldest due first.
 * A failure the network may cure (portal down, timeout, 5xx, garbled reply)
 * puts the entry back in the queue with exponential backoff, for as long as
 * it takes — days offline included; the backoff is capped so the portal's
 * return is noticed within `maxDelayMs`. A failure only a person can fix
 * (password, permission, category, refused image) stops the entry in `failed`
 * until someone presses "Thử lại".
 *
 * A send that succeeded only after a failed attempt may have left a copy on
 * the portal (a request that arrived after we gave up on it); such an entry
 * is looked at once more `verifyAfterMs` later, through `verify`.
 */
import { ServiceError, type ErrorCode } from '../../../common/api/errors';
import type { OutboxEntry } from '../../../common/api/portal.api';
import type { OutboxError } from '../../db/outbox-store';

export interface SentPost {
  id: number;
  link: string;
}

/** What the worker needs of a queue: the portal's outbox (OutboxStore), the channels' shares (ShareStore). */
export interface OutboxQueue<E extends { id: number; attempts: number }, P> {
  requeueInterrupted(now: string): number[];
  nextDue(now: string): E | null;
  /** Queues without a later look for late copies leave these two out. */
  nextVerify?(now: string): E | null;
  setVerify?(id: number, at: string | null): void;
  earliestDue(): string | null;
  markSending(id: number, now: string): void;
  get(id: number): E | null;
  snapshot(id: number): Uint8Array | null;
  markSent(id: number, post: P, verifyAt: string | null, now: string): void;
  markError(id: number, error: OutboxError, nextAttemptAt: string | null, now: string): void;
}

export interface OutboxWorkerOptions<E extends { id: number; attempts: number } = OutboxEntry, P = SentPost> {
  store: OutboxQueue<E, P>;
  send(entry: E, snapshot: Uint8Array): Promise<P>;
  /** Looks for late copies of a sent entry's post; true when it found (and removed) some. */
  verify?(entry: E): Promise<boolean>;
  onChange(entry: E): void;
  /** How long after a send that needed retries the portal is checked for a late copy (default 5 min). */
  verifyAfterMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => Date;
  log?: (message: string, error?: unknown) => void;
}

const TRANSIENT: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'PORTAL_UNREACHABLE',
  'PORTAL_TIMEOUT',
  'PORTAL_SERVER_ERROR',
  'PORTAL_BAD_RESPONSE',
  'DB_FAILED',
  'CHANNEL_UNREACHABLE',
  'CHANNEL_TIMEOUT',
  'CHANNEL_SERVER_ERROR',
  'CHANNEL_BAD_RESPONSE',
  'CHANNEL_RATE_LIMITED',
]);

export function isTransient(code: ErrorCode): boolean {
  return TRANSIENT.has(code);
}

/** Delay before attempt n+1 after n failed attempts: base·2^(n-1), capped, ±20 % jitter. */
export function backoffDelay(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

export class OutboxWorker<E extends { id: number; attempts: number } = OutboxEntry, P = SentPost> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private wakeAgain = false;
  private closed = false;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly now: () => Date;
  private readonly verifyAfterMs: number;

  constructor(private readonly options: OutboxWorkerOptions<E, P>) {
    this.baseDelayMs = options.baseDelayMs ?? 5_000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.now = options.now ?? (() => new Date());
    this.verifyAfterMs = options.verifyAfterMs ?? 5 * 60_000;
  }

  /** Re-queues what a crash left half-sent, then starts sending. */
  start(): void {
    const now = this.now().toISOString();
    for (const id of this.options.store.requeueInterrupted(now)) this.changed(id);
    this.wake();
  }

  /** Something is due now (a new submission, a retry, new settings). */
  wake(): void {
    if (this.closed) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.wakeAgain) {
        this.wakeAgain = false;
        this.wake();
      } else {
        this.schedule();
      }
    });
  }

  /** Resolves when nothing is being sent (for tests and for close). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.idle();
  }

  private schedule(): void {
    if (this.closed) return;
    const at = this.options.store.earliestDue();
    if (at === null) return;
    const delay = Math.max(0, Math.min(Date.parse(at) - this.now().getTime(), 2 ** 31 - 1));
    this.timer = setTimeout(() => this.wake(), delay);
    this.timer.unref?.();
  }

  private async drain(): Promise<void> {
    const { store } = this.options;
    for (;;) {
      if (this.closed) return;
      const entry = store.nextDue(this.now().toISOString());
      if (!entry) {
        const sent = store.nextVerify?.(this.now().toISOString()) ?? null;
        if (!sent) return;
        await this.verify(sent);
        continue;
      }
      store.markSending(entry.id, this.now().toISOString());
      const sending = this.changed(entry.id);
      const snapshot = store.snapshot(entry.id);
      try {
        if (!sending || !snapshot) throw new ServiceError('OUTBOX_NOT_FOUND', `outbox entry ${entry.id} vanished`);
        const post = await this.options.send(sending, snapshot);
        const retried = sending.attempts > 1 && this.options.verify;
        const verifyAt = retried ? new Date(this.now().getTime() + this.verifyAfterMs).toISOString() : null;
        store.markSent(entry.id, post, verifyAt, this.now().toISOString());
      } catch (error) {
        const code: ErrorCode = error instanceof ServiceError ? error.code : 'INTERNAL';
        const subject = error instanceof ServiceError ? subjectOf(error.details) : undefined;
        const message = error instanceof Error ? error.message : String(error);
        const attempts = (sending?.attempts ?? entry.attempts + 1);
        // One line per failed attempt, with the site's own words: the user sees only the code's message.
        if (error instanceof ServiceError) this.options.log?.(`outbox entry ${entry.id}, attempt ${attempts}: ${code}: ${message}`);
        else this.options.log?.(`outbox entry ${entry.id} failed unexpectedly`, error);
        const next = isTransient(code)
          ? new Date(this.now().getTime() + backoffDelay(attempts, this.baseDelayMs, this.maxDelayMs)).toISOString()
          : null;
        store.markError(entry.id, { code, message, subject }, next, this.now().toISOString());
      }
      this.changed(entry.id);
    }
  }

  private async verify(entry: E): Promise<void> {
    const { store } = this.options;
    let again = false;
    try {
      again = (await this.options.verify?.(entry)) ?? false;
    } catch (error) {
      // The portal is away or refuses: look again later, the post itself is sent.
      this.options.log?.(`outbox entry ${entry.id}: could not check for duplicate posts`, error);
      again = true;
    }
    store.setVerify?.(entry.id, again ? new Date(this.now().getTime() + this.verifyAfterMs).toISOString() : null);
    this.changed(entry.id);
  }

  private changed(id: number): E | null {
    const entry = this.options.store.get(id);
    if (entry) this.options.onChange(entry);
    return entry;
  }
}

function subjectOf(details: unknown): string | undefined {
  if (typeof details !== 'object' || details === null) return undefined;
  const subject = (details as { subject?: unknown }).subject;
  return typeof subject === 'string' ? subject : undefined;
}
