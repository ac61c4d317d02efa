import type { ParagraphChecker, SpellIssue } from '../../editor/extensions/spellcheck/spellcheck';
import type { SpellRequest, SpellResponse } from '../../workers/spellcheck-protocol';

/** The editor's ParagraphChecker, backed by one Web Worker shared by every editor. */
export class SpellcheckWorkerClient implements ParagraphChecker {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: SpellIssue[][]): void; reject(e: Error): void }>();

  constructor() {
    this.worker = new Worker(new URL('../../workers/spellcheck.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<SpellResponse>) => {
      const message = event.data;
      if (message.type === 'ready' || message.type === 'warmed') return;
      const entry = this.pending.get(message.id);
      if (!entry) return;
      this.pending.delete(message.id);
      if (message.type === 'checked') entry.resolve(message.issues);
      else entry.reject(new Error(message.message));
    };
    this.worker.onerror = () => {
      for (const entry of this.pending.values()) entry.reject(new Error('spellcheck worker failed'));
      this.pending.clear();
    };
  }

  configure(options: { userWords: string[]; ignore: string[]; style: 'new' | 'old'; newsroom?: { entries: string[]; words: string[] } }): void {
    this.send({ type: 'configure', ...options });
  }

  /** Load the engine and compile the checker while the app is idle (see the worker). */
  warm(rounds: number): void {
    this.send({ type: 'warm', rounds });
  }

  check(paragraphs: string[]): Promise<SpellIssue[][]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ type: 'check', id, paragraphs });
    });
  }

  dispose(): void {
    this.worker.terminate();
    for (const entry of this.pending.values()) entry.reject(new Error('spellcheck stopped'));
    this.pending.clear();
  }

  private send(request: SpellRequest): void {
    this.worker.postMessage(request);
  }
}
