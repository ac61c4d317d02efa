import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { dispatch } from '../../../../common/api/dispatch';
import type { MethodArgs, MethodName, MethodResult } from '../../../../common/api/methods';
import { ServiceError, isErrorCode } from '../../../../common/api/errors';
import { openRuntime, type Runtime } from '../../bootstrap';

/** A real runtime (SQLite on disk) in a fresh temporary data folder, called through the contract. */
export class DraftsHarness {
  readonly runtime: Runtime;
  readonly events: Array<{ name: string; payload: unknown }> = [];

  constructor(readonly dataDir = mkdtempSync(join(tmpdir(), 'toasoan-drafts-'))) {
    this.runtime = openRuntime({ dataDir, transport: 'web', version: 'test' });
    this.runtime.onEvent((name, payload) => this.events.push({ name, payload }));
  }

  async call<M extends MethodName>(method: M, args: MethodArgs<M>): Promise<MethodResult<M>> {
    const result = await dispatch(this.runtime.handlers, method, args);
    if (result.ok) return result.value as MethodResult<M>;
    throw new ServiceError(isErrorCode(result.error.code) ? result.error.code : 'INTERNAL', result.error.message);
  }

  async close(remove = true): Promise<void> {
    await this.runtime.close();
    if (remove) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** A client-side copy of an article that records the updates its edits produce. */
export class ClientDoc {
  readonly doc = new Y.Doc();
  pending: Uint8Array[] = [];

  constructor(state?: string) {
    if (state) Y.applyUpdate(this.doc, Buffer.from(state, 'base64'));
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') this.pending.push(update);
    });
  }

  /** Appends a paragraph with `text` to a fragment (title, sapo or body). */
  paragraph(fragment: 'title' | 'sapo' | 'body', text: string): void {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(text)]);
    const target = this.doc.getXmlFragment(fragment);
    target.insert(target.length, [p]);
  }

  /** Types `text` at the end of the last paragraph of a fragment. */
  type(fragment: 'title' | 'sapo' | 'body', text: string): void {
    const target = this.doc.getXmlFragment(fragment);
    const last = target.get(target.length - 1);
    if (!(last instanceof Y.XmlElement)) return this.paragraph(fragment, text);
    const t = last.get(0);
    if (t instanceof Y.XmlText) t.insert(t.length, text);
    else last.insert(0, [new Y.XmlText(text)]);
  }

  take(): string[] {
    const out = this.pending.map((u) => Buffer.from(u).toString('base64'));
    this.pending = [];
    return out;
  }
}

export function textOf(state: string, fragment = 'body'): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(state, 'base64'));
  return doc.getXmlFragment(fragment).toString();
}
