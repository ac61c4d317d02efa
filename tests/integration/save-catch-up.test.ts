import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../../common/api/base64';
import { DraftsHarness } from '../../electron/services/drafts/testing/harness';
import { catchUpUpdate } from '../../renderer/features/editor/catch-up';
import { SaveQueue, type SaveState } from '../../renderer/features/editor/save-queue';

/**
 * The editor's save queue against the real drafts service (SQLite on disk)
 * after the service lost changes this window had already saved: its
 * database came back from an older copy. The next keystrokes build on the
 * lost paragraph, so the service refuses them (INVALID_UPDATE).
 */
const REMOTE = 'remote';

let service: DraftsHarness;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  await service?.close();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function scenario(withCatchUp: boolean) {
  service = new DraftsHarness();
  const { id } = await service.call('drafts.create', { kind: 'tin' });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, fromBase64((await service.call('drafts.open', { id })).state), REMOTE);
  const states: SaveState[] = [];
  const queue = new SaveQueue({
    send: (update) => service.call('drafts.append', { id, update: toBase64(update), origin: 'window' }),
    catchUp: withCatchUp
      ? async () => catchUpUpdate(doc, fromBase64((await service.call('drafts.open', { id })).state), REMOTE)
      : undefined,
    onState: (state) => states.push(state),
    batchMs: 1,
  });
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) queue.enqueue(update);
  });

  // The copy the database will come back from: before the first paragraph.
  await service.close(false);
  const older = mkdtempSync(join(tmpdir(), 'toasoan-older-'));
  cleanups.push(() => rmSync(older, { recursive: true, force: true }));
  cpSync(service.dataDir, older, { recursive: true });
  service = new DraftsHarness(service.dataDir);

  const body = doc.getXmlFragment('body');
  const paragraph = body.get(0) as Y.XmlElement;
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  text.insert(0, 'Đoạn đã lưu trước sự cố.');
  await queue.idle();
  expect(states.at(-1)?.kind).toBe('saved');

  // The service restarts on the older copy.
  const dataDir = service.dataDir;
  await service.close(false);
  rmSync(dataDir, { recursive: true, force: true });
  cpSync(older, dataDir, { recursive: true });
  service = new DraftsHarness(dataDir);

  text.insert(text.length, ' Câu gõ sau đó.');
  await Promise.race([queue.idle(), new Promise((resolve) => setTimeout(resolve, 2_000))]);
  const stored = new Y.Doc();
  Y.applyUpdate(stored, fromBase64((await service.call('drafts.open', { id })).state));
  return { states, stored: stored.getXmlFragment('body').toString(), local: body.toString(), queue };
}

describe('saving after the service lost saved changes', () => {
  it('sends everything the service lacks in one catch-up update, and all of it is stored', async () => {
    const { states, stored, local, queue } = await scenario(true);
    expect(states.at(-1)?.kind).toBe('saved');
    expect(queue.size).toBe(0);
    expect(stored).toContain('Đoạn đã lưu trước sự cố. Câu gõ sau đó.');
    expect(stored).toBe(local);
  });

  it('without a catch-up the queue stays refused (what the catch-up fixes)', async () => {
    const { states, stored, queue } = await scenario(false);
    expect(states.at(-1)).toMatchObject({ kind: 'error', code: 'INVALID_UPDATE' });
    expect(queue.size).toBeGreaterThan(0);
    expect(stored).not.toContain('Câu gõ sau đó');
  });
});
