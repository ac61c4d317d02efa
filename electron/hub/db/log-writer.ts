import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Appends to the SQLite update log (`doc_updates`) from a worker thread, on
 * its own connection to the same WAL database, with full fsync.
 *
 * Why: better-sqlite3 is synchronous, so on the main thread each commit's
 * fsync (3 ms typical, tens of ms on a busy disk) stopped the event loop,
 * and with it the fan-out of every document, many times a second while
 * people type. Here the fsync waits in the worker; the main thread only
 * posts the batch. Batches are written one after another, in the order
 * posted. PostgreSQL needs none of this (`pg` is asynchronous).
 */
export class LogWriter {
  private worker: Worker | null = null;
  private next = 1;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  private last: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file: this.file, sqlite: createRequire(import.meta.url).resolve('better-sqlite3') },
    });
    worker.on('message', ({ id, error }: { id: number; error?: string }) => {
      const w = this.waiting.get(id);
      this.waiting.delete(id);
      if (error) w?.reject(new Error(error));
      else w?.resolve();
    });
    const failAll = (error: Error) => {
      this.worker = null;
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`hub log writer stopped (${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Resolves once the batch is committed (one transaction). */
  append(rows: Array<{ articleId: string; update: Uint8Array }>): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    const worker = this.start();
    const id = this.next++;
    const done = new Promise<void>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, rows });
    });
    this.last = done.catch(() => {});
    return done;
  }

  /** Waits for the batches posted so far (the worker writes them in order), then stops the thread. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    await this.last;
    this.worker = null;
    await worker.terminate();
  }
}

/** The worker (CommonJS, evaluated): one connection, one prepared insert, one transaction per batch. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const Database = require(workerData.sqlite);
const db = new Database(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 10000');
const insert = db.prepare('INSERT INTO doc_updates (article_id, data, checksum) VALUES (?, ?, ?)');
const write = db.transaction((rows) => {
  for (const r of rows) {
    const data = Buffer.from(r.update.buffer, r.update.byteOffset, r.update.byteLength);
    insert.run(r.articleId, data, createHash('sha256').update(data).digest('hex'));
  }
});
parentPort.on('message', ({ id, rows }) => {
  try {
    write(rows);
    parentPort.postMessage({ id });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;
