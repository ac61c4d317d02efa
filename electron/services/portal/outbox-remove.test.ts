import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/api/errors';
import type { OutboxEntry } from '../../../common/api/portal.api';
import { runMigrations } from '../../db/migrate';
import { migrations } from '../../db/migrations/index';
import { NoticeBoard } from '../app/notice-board';
import type { ServiceContext } from '../context';
import type { ArticleCopy, ArticlePort } from '../drafts/article-port';
import { LocalPlaintextSecretStore } from '../secrets/local-plaintext-secret-store';
import { JsonFileSettingsStore } from '../settings/json-file-store';
import type { PortalKind } from './portal-adapter';
import { createPortalDomain } from './portal.domain';
import { portalKinds } from './adapters';

// "Gửi lên cổng" with no portal set up, and removing outbox entries, against
// a real SQLite outbox. The portal is a shared folder, or a kind whose send
// waits until the test lets it go (to hold an entry in "đang gửi").
const root = mkdtempSync(join(tmpdir(), 'toasoan-outbox-remove-'));
const opened: { close(): Promise<void> | void }[] = [];
let count = 0;

afterEach(async () => {
  for (const item of opened.splice(0).reverse()) await item.close();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A send that waits for `release()`; the folder kind otherwise. */
function heldPortal() {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const kind: PortalKind = {
    signsIn: false,
    siteKey: (url) => `held:${url}`,
    create: () => ({
      testConnection: async () => {
        throw new Error('not used');
      },
      send: async () => {
        await gate;
        return { id: 7, link: 'http://127.0.0.1/?p=7', status: 'pending' };
      },
    }),
  };
  return { kind, release: () => release() };
}

function setup(extraKinds: Record<string, PortalKind> = {}) {
  const dataDir = join(root, `data-${++count}`);
  // The shared folder a "folder" portal writes to.
  mkdirSync(join(dataDir, 'cong'), { recursive: true });
  const db = new Database(join(dataDir, 'toasoan.db'));
  runMigrations(db, migrations.filter((m) => m.version >= 10 && m.version < 20));
  const articles = new Map<string, ArticleCopy>();
  const reader: ArticlePort = {
    read(id) {
      const found = articles.get(id);
      if (!found) throw new ServiceError('DRAFT_NOT_FOUND', id);
      return found;
    },
  };
  const events: { name: string; payload: unknown }[] = [];
  const ctx = {
    dataDir,
    transport: 'web',
    version: 'test',
    settings: new JsonFileSettingsStore(join(dataDir, 'settings.json'), () => {}),
    secrets: new LocalPlaintextSecretStore(join(dataDir, 'secrets.local-only.json')),
    notices: new NoticeBoard(),
    db,
    emit: (name: string, payload: unknown) => events.push({ name, payload }),
  } as unknown as ServiceContext;
  const domain = createPortalDomain(ctx, { articles: reader, kinds: { ...portalKinds, ...extraKinds }, baseDelayMs: 50, maxDelayMs: 100 });
  opened.push(domain, {
    close: () => {
      db.close();
    },
  });
  const addArticle = () => {
    const doc = new Y.Doc();
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(`Bài ${articles.size + 1}`)]);
    doc.getXmlFragment('title').insert(0, [p]);
    doc.getMap('meta').set('status', 'approved');
    const id = `bai-${articles.size + 1}`;
    articles.set(id, { state: Y.encodeStateAsUpdate(doc), title: `Bài ${articles.size + 1}`, status: 'approved', trashed: false });
    return id;
  };
  const rows = () => (db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
  return { ctx, db, domain, addArticle, rows, events, dataDir };
}

async function until(read: () => Promise<OutboxEntry | undefined>, done: (e: OutboxEntry) => boolean): Promise<OutboxEntry> {
  for (let i = 0; i < 800; i++) {
    const entry = await read();
    if (entry && done(entry)) return entry;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`outbox entry stayed ${JSON.stringify(await read())}`);
}

describe('"Gửi lên cổng" without a portal', () => {
  it('refuses with PORTAL_NOT_CONFIGURED and queues nothing', () => {
    const { domain, addArticle, rows, events } = setup();
    const id = addArticle();
    expect(() => domain.handlers['portal.submit']({ articleId: id })).toThrow(expect.objectContaining({ code: 'PORTAL_NOT_CONFIGURED' }));
    expect(rows()).toBe(0);
    expect(events.filter((e) => e.name === 'outbox.changed')).toEqual([]);
  });

  it('refuses a WordPress portal with an address but no password, and queues once it is complete', async () => {
    const { domain, addArticle, rows, dataDir } = setup();
    await domain.handlers['portal.saveSettings']({ patch: { type: 'wordpress', url: 'http://127.0.0.1:9/', username: 'bientap' } });
    expect(() => domain.handlers['portal.submit']({ articleId: addArticle() })).toThrow(expect.objectContaining({ code: 'PORTAL_NOT_CONFIGURED' }));
    expect(rows()).toBe(0);
    await domain.handlers['portal.saveSettings']({ patch: { type: 'folder', url: join(dataDir, 'cong') } });
    const entry = await domain.handlers['portal.submit']({ articleId: addArticle() });
    expect(entry.state).toBe('queued');
    expect(rows()).toBe(1);
  });
});

describe('removing an outbox entry', () => {
  it('deletes a sent entry and its history lines, and says so to every window', async () => {
    const { domain, db, addArticle, rows, events, dataDir } = setup();
    await domain.handlers['portal.saveSettings']({ patch: { type: 'folder', url: join(dataDir, 'cong') } });
    const { id } = await domain.handlers['portal.submit']({ articleId: addArticle() });
    await until(async () => (await domain.handlers['outbox.list']({ limit: 10 }))[0], (e) => e.state === 'sent');
    db.prepare(`INSERT INTO outbox_notes (entry_id, at, kind, post_id) VALUES (?, 'now', 'duplicate-trashed', 3)`).run(id);
    expect(domain.handlers['outbox.remove']({ id })).toBeNull();
    expect(rows()).toBe(0);
    expect((db.prepare('SELECT COUNT(*) AS n FROM outbox_notes').get() as { n: number }).n).toBe(0);
    expect(events.at(-1)).toEqual({ name: 'outbox.removed', payload: { id } });
    expect(() => domain.handlers['outbox.remove']({ id })).toThrow(expect.objectContaining({ code: 'OUTBOX_NOT_FOUND' }));
  });

  it('refuses while the entry is being sent, then removes it once it is sent', async () => {
    const held = heldPortal();
    const { domain, addArticle, rows } = setup({ held: held.kind });
    await domain.handlers['portal.saveSettings']({ patch: { type: 'held', url: 'cong-thu' } });
    const { id } = await domain.handlers['portal.submit']({ articleId: addArticle() });
    await until(async () => (await domain.handlers['outbox.list']({ limit: 10 }))[0], (e) => e.state === 'sending');
    expect(() => domain.handlers['outbox.remove']({ id })).toThrow(expect.objectContaining({ code: 'OUTBOX_SENDING' }));
    expect(rows()).toBe(1);
    held.release();
    await until(async () => (await domain.handlers['outbox.list']({ limit: 10 }))[0], (e) => e.state === 'sent');
    domain.handlers['outbox.remove']({ id });
    expect(rows()).toBe(0);
  });

  it('removes a waiting entry so it is never sent', async () => {
    const { domain, addArticle, rows, dataDir } = setup();
    // A shared folder that is not there: the entry waits for it.
    await domain.handlers['portal.saveSettings']({ patch: { type: 'folder', url: join(dataDir, 'chua-co') } });
    const { id } = await domain.handlers['portal.submit']({ articleId: addArticle() });
    const waiting = await until(async () => (await domain.handlers['outbox.list']({ limit: 10 }))[0], (e) => e.state === 'failed' || (e.state === 'queued' && e.attempts > 0));
    expect(waiting.error?.code).toBe('PORTAL_UNREACHABLE');
    domain.handlers['outbox.remove']({ id });
    expect(rows()).toBe(0);
    // The folder appears: nothing is sent, the entry is gone for good.
    mkdirSync(join(dataDir, 'chua-co'));
    await new Promise((r) => setTimeout(r, 300));
    expect(readdirSync(join(dataDir, 'chua-co'))).toEqual([]);
  });

  it('refuses in a read-only data folder', async () => {
    const { domain, addArticle, ctx, rows, dataDir } = setup();
    await domain.handlers['portal.saveSettings']({ patch: { type: 'folder', url: join(dataDir, 'cong') } });
    const { id } = await domain.handlers['portal.submit']({ articleId: addArticle() });
    (ctx as { readOnly: string | null }).readOnly = 'folder';
    expect(() => domain.handlers['outbox.remove']({ id })).toThrow(expect.objectContaining({ code: 'DB_READ_ONLY' }));
    expect(rows()).toBe(1);
  });
});
