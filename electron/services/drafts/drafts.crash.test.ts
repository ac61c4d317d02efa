import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import * as Y from 'yjs';

const childScript = fileURLToPath(new URL('./testing/append-child.ts', import.meta.url));
const ROUNDS = 12;

/** The service process, spoken to line by line. */
class Child {
  readonly proc: ChildProcessWithoutNullStreams;
  private readonly waiters: Array<(m: Record<string, unknown>) => boolean> = [];
  readonly exited: Promise<void>;

  constructor(dataDir: string, onMessage: (m: Record<string, unknown>) => void) {
    this.proc = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir], { stdio: 'pipe' });
    this.exited = new Promise((resolve) => this.proc.on('exit', () => resolve()));
    this.proc.stderr.on('data', () => {});
    createInterface({ input: this.proc.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as Record<string, unknown>;
      onMessage(message);
      const index = this.waiters.findIndex((w) => w(message));
      if (index >= 0) this.waiters.splice(index, 1);
    });
  }

  send(command: unknown): void {
    this.proc.stdin.write(`${JSON.stringify(command)}\n`);
  }

  waitFor(key: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => this.waiters.push((m) => (key in m ? (resolve(m), true) : false)));
  }

  async kill(): Promise<void> {
    this.proc.stdin.on('error', () => {}); // writes racing the kill are expected
    this.proc.kill('SIGKILL');
    await this.exited;
  }
}

it(
  'keeps every acknowledged update when the service process is SIGKILLed at random points while updates stream in',
  async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'toasoan-crash-'));
    const editor = new Y.Doc();
    const body = editor.getXmlFragment('body');
    const clientId = editor.clientID;
    const sentClock = new Map<number, number>(); // seq → editor's clock after that update
    let ackedClock = 0;
    let seq = 0;
    let totalAcked = 0;
    const onMessage = (m: Record<string, unknown>) => {
      if (typeof m.ack === 'number') {
        ackedClock = Math.max(ackedClock, sentClock.get(m.ack)!);
        totalAcked++;
      }
      if (typeof m.nack === 'number') throw new Error(`update refused: ${JSON.stringify(m.error)}`);
    };

    let child = new Child(dataDir, onMessage);
    await child.waitFor('ready');
    child.send({ op: 'create' });
    const id = (await child.waitFor('created')).created as string;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        if (round > 0) {
          child = new Child(dataDir, onMessage);
          await child.waitFor('ready');
        }
        // The article opens, and holds everything acknowledged before the last kill.
        child.send({ op: 'open', id });
        const opened = await child.waitFor('opened');
        expect(opened.opened, JSON.stringify(opened)).toBeTypeOf('string');
        const stored = new Y.Doc();
        Y.applyUpdate(stored, Buffer.from(opened.opened as string, 'base64'));
        expect(Y.decodeStateVector(Y.encodeStateVector(stored)).get(clientId) ?? 0).toBeGreaterThanOrEqual(ackedClock);

        // Stream: whatever the service lost (unacknowledged) first, then new typing.
        const stream = (update: Uint8Array) => {
          seq++;
          sentClock.set(seq, Y.decodeStateVector(Y.encodeStateVector(editor)).get(clientId) ?? 0);
          child.send({ op: 'append', id, seq, update: Buffer.from(update).toString('base64') });
        };
        const missing = Y.encodeStateAsUpdate(editor, Y.encodeStateVector(stored));
        stored.destroy();
        stream(missing);
        const onUpdate = (update: Uint8Array) => stream(update);
        editor.on('update', onUpdate);
        const typing = setInterval(() => {
          if (body.length === 0 || Math.random() < 0.05) {
            const p = new Y.XmlElement('paragraph');
            p.insert(0, [new Y.XmlText(`đoạn ${round} `)]);
            body.insert(body.length, [p]);
          } else {
            const text = (body.get(body.length - 1) as Y.XmlElement).get(0) as Y.XmlText;
            text.insert(text.length, 'ă');
          }
        }, 1);
        await new Promise((resolve) => setTimeout(resolve, 30 + Math.random() * 400));
        await child.kill();
        clearInterval(typing);
        editor.off('update', onUpdate);
      }
      // A last start: everything acknowledged is there.
      child = new Child(dataDir, onMessage);
      await child.waitFor('ready');
      child.send({ op: 'open', id });
      const final = new Y.Doc();
      Y.applyUpdate(final, Buffer.from((await child.waitFor('opened')).opened as string, 'base64'));
      expect(Y.decodeStateVector(Y.encodeStateVector(final)).get(clientId) ?? 0).toBeGreaterThanOrEqual(ackedClock);
      expect(totalAcked).toBeGreaterThan(ROUNDS);
      await child.kill();
    } finally {
      await child.kill().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
  180_000,
);
