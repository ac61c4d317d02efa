import * as Y from 'yjs';

/** What the status bar shows. `at` is the service's commit time (ISO). */
export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'saving' }
  | { kind: 'error'; code: string; retrying: boolean };

/** Where unacknowledged updates are kept in case the window dies (localStorage). */
export interface PendingStore {
  load(): Uint8Array[];
  save(updates: Uint8Array[]): void;
}

export interface SaveQueueOptions {
  /** Appends one (merged) update; resolves after the service committed it. */
  send(update: Uint8Array): Promise<{ savedAt: string }>;
  store?: PendingStore;
  onState?(state: SaveState): void;
  /** Typing bursts within this window travel as one update. */
  batchMs?: number;
  /** Waits between automatic retries of a transient failure. */
  retryMs?: readonly number[];
  /**
   * When the service rejects the queue's head as INVALID_UPDATE (it lacks
   * changes the update builds on, e.g. its database came back from a
   * backup): one update that brings the service from its current state to
   * everything this window has. It replaces the whole queue, since the
   * window's document holds every change the queue holds.
   */
  catchUp?(): Promise<Uint8Array>;
}

/** Longest wait before unacknowledged updates reach the store. */
const PERSIST_MS = 300;
/** Errors worth retrying on their own; anything else waits for the user's "Thử lại". */
// A full disk is retried until space returns: the window keeps the edits meanwhile.
const TRANSIENT = new Set(['DISCONNECTED', 'TIMEOUT', 'DB_FAILED', 'DB_DISK_FULL', 'INTERNAL']);

/**
 * The editor's outgoing Yjs updates, in order, until the service acknowledges
 * them. Nothing is dropped: a failed send leaves its updates at the head of
 * the queue (merged with whatever was typed meanwhile on the next try), and
 * the queue is mirrored to a store so a crashed window can send them later.
 */
export class SaveQueue {
  private pending: Uint8Array[] = [];
  private inFlight = false;
  private timer: unknown = null;
  private persistTimer: unknown = null;
  private attempt = 0;
  private state: SaveState = { kind: 'saved', at: null };
  private readonly timers = {
    set: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
    clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  private readonly idleWaiters: (() => void)[] = [];
  private stopped = false;
  private offline = false;
  /** A catch-up was tried for the current failure; reset by a success or the user's retry. */
  private caughtUp = false;

  constructor(private readonly options: SaveQueueOptions) {}

  get size(): number {
    return this.pending.length;
  }

  get current(): SaveState {
    return this.state;
  }

  /** Initial "saved at" (e.g. the article's updatedAt) before anything is typed. */
  setSavedAt(at: string | null): void {
    if (this.pending.length === 0 && !this.inFlight) this.setState({ kind: 'saved', at });
  }

  enqueue(update: Uint8Array): void {
    this.pending.push(update);
    this.persistSoon();
    // While disconnected the sends wait in the transport; say they are not saved.
    if (this.offline) this.setState({ kind: 'error', code: 'DISCONNECTED', retrying: true });
    else if (this.state.kind !== 'error') this.setState({ kind: 'saving' });
    if (this.state.kind === 'error' && !this.state.retrying) return;
    this.schedule(this.options.batchMs ?? 300);
  }

  /** Sends what is pending now, without waiting for the batch window (and mirrors it to the store at once). */
  flush(): void {
    this.persist();
    if (this.stopped) return;
    if (this.timer !== null) {
      this.timers.clear(this.timer);
      this.timer = null;
    }
    // Synchronously, not on a timer: on beforeunload/pagehide there is no later.
    void this.sendNext();
  }

  /** The user's "Thử lại": retry at once, whatever failed before. */
  retry(): void {
    this.attempt = 0;
    this.caughtUp = false;
    if (this.state.kind === 'error') this.setState({ kind: 'saving' });
    this.schedule(0);
  }

  /**
   * The transport lost the service: calls then wait for it rather than
   * fail, so without this the status bar would say "saving" for as long as
   * the outage lasts. Unsaved changes are shown as not saved.
   */
  setConnected(connected: boolean): void {
    this.offline = !connected;
    if (!connected) {
      this.persist();
      if (this.pending.length > 0 || this.inFlight) this.setState({ kind: 'error', code: 'DISCONNECTED', retrying: true });
    } else if (this.state.kind === 'error') {
      this.retry();
    }
  }

  /** Resolves when nothing is pending or in flight. */
  idle(): Promise<void> {
    if (this.pending.length === 0 && !this.inFlight) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops timers; what is pending stays in the store. */
  stop(): void {
    this.persist();
    this.stopped = true;
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    if (this.stopped || this.inFlight) return;
    if (this.timer !== null) {
      if (ms > 0) return;
      this.timers.clear(this.timer);
    }
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.sendNext();
    }, ms);
  }

  private async sendNext(): Promise<void> {
    if (this.inFlight || this.stopped || this.pending.length === 0) return;
    const count = this.pending.length;
    const merged = count === 1 ? this.pending[0]! : Y.mergeUpdates(this.pending.slice(0, count));
    this.inFlight = true;
    try {
      const { savedAt } = await this.options.send(merged);
      this.pending.splice(0, count);
      this.attempt = 0;
      this.caughtUp = false;
      this.persist();
      this.inFlight = false;
      if (this.pending.length > 0) {
        this.setState({ kind: 'saving' });
        this.schedule(0);
      } else {
        this.setState({ kind: 'saved', at: savedAt });
        for (const resolve of this.idleWaiters.splice(0)) resolve();
      }
    } catch (error) {
      this.inFlight = false;
      // The service could not take them: mirror them to the store right away.
      this.persist();
      const code = errorCode(error);
      if (code === 'INVALID_UPDATE' && this.options.catchUp && !this.caughtUp && !this.stopped) {
        this.caughtUp = true;
        if (await this.replaceWithCatchUp()) return;
      }
      const transient = TRANSIENT.has(code);
      this.setState({ kind: 'error', code, retrying: transient });
      if (transient) {
        const delays = this.options.retryMs ?? [250, 500, 1000, 2000, 4000];
        this.schedule(delays[Math.min(this.attempt, delays.length - 1)]!);
        this.attempt += 1;
      }
    }
  }

  /** Swaps the queue for one catch-up update and sends it; false if none could be made. */
  private async replaceWithCatchUp(): Promise<boolean> {
    let update: Uint8Array;
    this.inFlight = true;
    try {
      update = await this.options.catchUp!();
    } catch {
      return false;
    } finally {
      this.inFlight = false;
    }
    // Computed after everything now pending was applied to the document.
    this.pending = [update];
    this.persist();
    this.schedule(0);
    return true;
  }

  /**
   * Writing the store on every key costs more than the keystroke itself on a
   * long article, so it is written when typing pauses, after every ack, and
   * at once by flush() (pagehide/beforeunload).
   */
  private persistSoon(): void {
    if (!this.options.store || this.persistTimer !== null) return;
    this.persistTimer = this.timers.set(() => {
      this.persistTimer = null;
      this.persist();
    }, PERSIST_MS);
  }

  private persist(): void {
    if (this.persistTimer !== null) {
      this.timers.clear(this.persistTimer);
      this.persistTimer = null;
    }
    // While nothing is in flight the queue may be merged in place; otherwise
    // the head must stay exactly what was sent, to be removed on its ack.
    if (!this.inFlight && this.pending.length > 1) this.pending = [Y.mergeUpdates(this.pending)];
    if (!this.options.store) return;
    this.options.store.save(this.pending.length > 1 ? [Y.mergeUpdates(this.pending)] : this.pending);
  }

  private setState(state: SaveState): void {
    // Typing sends "saving" on every key: tell listeners only about changes.
    if (JSON.stringify(state) === JSON.stringify(this.state) && state.kind !== 'saved') return;
    this.state = state;
    this.options.onState?.(state);
  }
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return 'INTERNAL';
}
