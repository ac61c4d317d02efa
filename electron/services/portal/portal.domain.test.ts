import Database from 'better-sqlite3';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/api/errors';
import type { OutboxEntry } from '../../../common/api/portal.api';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runMigrations } from '../../db/migrate';
import { migrations } from '../../db/migrations/index';
import { startFaultProxy, type FaultProxy } from '../../../tests/wordpress/fault-proxy';
import { sampleArticleDoc } from '../../../tests/wordpress/sample-article';
import { makePng } from '../../../tests/wordpress/sample-images';
import { startWordPress, type WordPressInstance } from '../../../tests/wordpress/wordpress-harness';
import { NoticeBoard } from '../app/notice-board';
import type { ServiceContext } from '../context';
import { LocalPlaintextSecretStore } from '../secrets/local-plaintext-secret-store';
import { JsonFileSettingsStore } from '../settings/json-file-store';
import type { ArticleCopy, ArticlePort } from '../drafts/article-port';
import { createPortalDomain, PORTAL_PASSWORD_KEY, type PortalDomainOptions } from './portal.domain';

// The portal service end to end under Node: SQLite outbox, background sender,
// real WordPress behind the fault proxy. Drafts are given as Yjs snapshots
// (the drafts service has its own tests).
let wp: WordPressInstance;
let proxy: FaultProxy;
let root: string;
const opened: { close(): Promise<void> | void }[] = [];

beforeAll(async () => {
  wp = await startWordPress();
  proxy = await startFaultProxy(wp.url);
  root = mkdtempSync(join(tmpdir(), 'toasoan-portal-domain-'));
}, 120_000);

afterEach(async () => {
  proxy.clearFaults();
  await wp.startServer();
  for (const item of opened.splice(0).reverse()) await item.close();
});

afterAll(async () => {
  await proxy?.close();
  await wp?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

let folderCount = 0;

/** A data folder with settings, secrets and the outbox tables, and articles the reader hands out. */
function dataFolder() {
  const dataDir = join(root, `data-${++folderCount}`);
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'toasoan.db'));
  // The outbox's own migrations (0010–0019); the articles table is not needed here.
  runMigrations(db, migrations.filter((m) => m.version >= 10 && m.version < 20));
  const articles = new Map<string, ArticleCopy>();
  const reader: ArticlePort = {
    read(id) {
      const found = articles.get(id);
      if (!found) throw new ServiceError('DRAFT_NOT_FOUND', id);
      return found;
    },
  };
  const events: OutboxEntry[] = [];
  const ctx = {
    dataDir,
    transport: 'web',
    version: 'test',
    settings: new JsonFileSettingsStore(join(dataDir, 'settings.json'), () => {}),
    secrets: new LocalPlaintextSecretStore(join(dataDir, 'secrets.local-only.json')),
    notices: new NoticeBoard(),
    db,
    emit: (name: string, payload: unknown) => {
      if (name === 'outbox.changed') events.push(payload as OutboxEntry);
    },
  } as unknown as ServiceContext;
  const open = (extra: Partial<PortalDomainOptions> = {}) => {
    const domain = createPortalDomain(ctx, { articles: reader, baseDelayMs: 100, maxDelayMs: 300, timeoutMs: 5_000, ...extra });
    opened.push(domain);
    return domain;
  };
  /** The article as the user left it after the click: a new title and category. */
  const editArticle = (articleId: string, change: { title: string; category: string }) => {
    const copy = articles.get(articleId)!;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, copy.state);
    doc.getMap('meta').set('category', change.category);
    const title = doc.getXmlFragment('title');
    title.delete(0, title.length);
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(change.title)]);
    title.insert(0, [p]);
    articles.set(articleId, { ...copy, state: Y.encodeStateAsUpdate(doc), title: change.title });
  };
  /** Every post of the article on the portal that is not in the trash. */
  const postsOf = async (articleId: string) => {
    const slugs = (db.prepare('SELECT slug FROM portal_slugs WHERE article_id = ?').all(articleId) as { slug: string }[]).flatMap(
      ({ slug }) => [slug, `${slug}-2`, `${slug}-3`],
    );
    if (slugs.length === 0) return [];
    return wp.rest<{ id: number; status: string; title: { raw: string }; categories: number[] }[]>(
      `/wp/v2/posts?slug=${slugs.join(',')}&status=any&context=edit`,
    );
  };
  const addArticle = (status = 'approved') => {
    const articleId = `bai-${folderCount}-${articles.size + 1}`;
    const imageId = `${folderCount}${articles.size}aa0000-0000-4000-8000-000000000001`;
    const folder = join(dataDir, 'articles', articleId, 'images');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${imageId}.png`), makePng(5, 5, [0, 128, 0]));
    const doc = sampleArticleDoc({
      title: `Bài số ${articles.size + 1}`,
      sapo: 'Sapo của bài.',
      paragraphs: ['Nội dung.'],
      images: [{ imageId, caption: 'Ảnh' }],
      byline: 'Chí Tâm',
      category: 'Kinh tế',
      tags: ['kinh tế'],
      status,
    });
    articles.set(articleId, { state: Y.encodeStateAsUpdate(doc), title: `Bài số ${articles.size + 1}`, status: status as ArticleCopy['status'], trashed: false });
    return articleId;
  };
  return { ctx, db, open, addArticle, editArticle, postsOf, events };
}

async function until(read: () => Promise<OutboxEntry> | OutboxEntry, done: (e: OutboxEntry) => boolean, ms = 20_000): Promise<OutboxEntry> {
  const deadline = Date.now() + ms;
  for (;;) {
    const entry = await read();
    if (done(entry)) return entry;
    if (Date.now() > deadline) throw new Error(`outbox entry stayed ${JSON.stringify(entry)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const configure = async (domain: ReturnType<ReturnType<typeof dataFolder>['open']>, password = wp.appPassword) =>
  domain.handlers['portal.saveSettings']({ patch: { url: proxy.url, username: wp.adminUser, password, postStatus: 'pending' } });

describe('portal service with the outbox', () => {
  it('keeps the application password out of every answer and reports only that it is set', async () => {
    const folder = dataFolder();
    const domain = folder.open();
    const saved = await configure(domain);
    expect(saved).toMatchObject({ type: 'wordpress', url: proxy.url, username: wp.adminUser, postStatus: 'pending', hasPassword: true, passwordEncrypted: false });
    expect(JSON.stringify(saved)).not.toContain(wp.appPassword);
    expect(folder.ctx.secrets.get(PORTAL_PASSWORD_KEY)).toBe(wp.appPassword);
    const forgotten = await domain.handlers['portal.saveSettings']({ patch: { password: null } });
    expect(forgotten.hasPassword).toBe(false);
  });

  it('tests the saved connection and an unsaved one', async () => {
    const domain = dataFolder().open();
    await configure(domain);
    expect(await domain.handlers['portal.testConnection']({})).toMatchObject({ reachable: true, signedIn: true, canCreatePosts: true, canUploadMedia: true, problem: null });
    const wrong = await domain.handlers['portal.testConnection']({ draft: { url: proxy.url, username: wp.adminUser, password: 'sai mat khau' } });
    expect(wrong).toMatchObject({ reachable: true, signedIn: false, problem: 'PORTAL_AUTH_FAILED' });
  });

  it('names the newsroom categories the portal does not have', async () => {
    const folder = dataFolder();
    const domain = folder.open();
    await configure(domain);
    expect((await domain.handlers['portal.testConnection']({})).missingCategories).toEqual([]);
    const settings = folder.ctx.settings.read();
    folder.ctx.settings.write({ ...settings, categories: [...settings.categories, 'Chuyển đổi số'] });
    expect((await domain.handlers['portal.testConnection']({})).missingCategories).toEqual(['Chuyển đổi số']);
  });

  it('refuses an article the board has not approved, without queueing it', async () => {
    const folder = dataFolder();
    const domain = folder.open();
    await configure(domain);
    const articleId = folder.addArticle('draft');
    await expect(Promise.resolve().then(() => domain.handlers['portal.submit']({ articleId }))).rejects.toMatchObject({ code: 'PORTAL_NOT_APPROVED' });
    expect(await domain.handlers['outbox.list']({ limit: 10 })).toEqual([]);
  });

  it('queues a submission, sends it in the background and shows the post link', async () => {
    const folder = dataFolder();
    const domain = folder.open();
    await configure(domain);
    const articleId = folder.addArticle();
    const queued = await domain.handlers['portal.submit']({ articleId });
    expect(queued.state).toBe('queued');
    const sent = await until(() => Promise.resolve(domain.handlers['outbox.list']({ limit: 10 })).then((l) => l[0]!), (e) => e.state === 'sent');
    expect(sent.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?p=\d+/);
    expect(folder.events.map((e) => e.state)).toEqual(expect.arrayContaining(['queued', 'sending', 'sent']));
    const status = await domain.handlers['portal.articleStatus']({ articleId });
    expect(status.post).toMatchObject({ id: sent.postId, status: 'pending' });
    expect((await folder.postsOf(articleId)).map((p) => p.id)).toEqual([sent.postId]);
  });

  it('waits in the outbox while the portal is down and sends when it is back', async () => {
    const folder = dataFolder();
    const domain = folder.open();
    await configure(domain);
    await wp.stopServer();
    const articleId = folder.addArticle();
    const { id } = await domain.handlers['portal.submit']({ articleId });
    const waiting = await until(() => Promise.resolve(domain.handlers['outbox.list']({ limit: 10 })).then((l) => l[0]!), (e) => e.attempts >= 2 && e.state === 'queued');
    expect(waiting.error?.code).toBe('PORTAL_UNREACHABLE');
    expect(waiting.nextAttemptAt).not.toBeNull();
    await wp.startServer();
    const sent = await until(() => Promise.resolve(domain.handlers['outbox.list']({ limit: 10 })).then((l) => l.find((e) => e.id === id)!), (e) => e.state === 'sent');
    expect(sent.error).toBeNull();
  });

  it('survives a restart: what was waiting or half-sent goes out after reopening', async () => {
    const folder = dataFolder();
    const first = folder.open();
    await configure(first);
    await wp.stopServer();
    const articleId = folder.addArticle();
    await first.handlers['portal.submit']({ articleId });
    await first.close();
    // As if the app died mid-send.
    folder.db.prepare(`UPDATE outbox SET state = 'sending'`).run();
    await wp.startServer();
    const second = folder.open();
    const sent = await until(() => Promise.resolve(second.handlers['outbox.list']({ limit: 10 })).then((l) => l[0]!), (e) => e.state === 'sent');
    expect(sent.articleId).toBe(articleId);
  });

  it('creates exactly one post when the reply to the create request is lost', async () => {
    const folder = dataFolder();
    const domain = folder.open();
    await configure(domain);
    const articleId = folder.addArticle();
    proxy.inject({ fault: { kind: 'drop-after-forward' }, match: (r) => r.method === 'POST' && /rest_route=%2Fwp%2Fv2%2Fposts(&|$)/.test(r.url) });
    await domain.handlers['portal.submit']({ articleId });
    const sent = await until(() => Promise.resolve(domain.handlers['outbox.list']({ limit: 10 })).then((l) => l[0]!), (e) => e.state === 'sent');
    expect(sent.attempts).toBe(2);
    expect(await folder.postsOf(articleId)).toHaveLength(1);
  });

  it('stops on a wrong password until the settings are fixed, then sends', async () => {
    const folder = dataFolder();
    const domain = folder.open();
    await configure(domain, 'abcd abcd abcd abcd abcd abcd');
    const articleId = folder.addArticle();
    await domain.handlers['portal.submit']({ articleId });
    const failed = await until(() => Promise.resolve(domain.handlers['outbox.list']({ limit: 10 })).then((l) => l[0]!), (e) => e.state === 'failed');
    expect(failed.error?.code).toBe('PORTAL_AUTH_FAILED');
    expect(failed.nextAttemptAt).toBeNull();
    await configure(domain);
    await until(() => Promise.resolve(domain.handlers['outbox.list']({ limit: 10 })).then((l) => l[0]!), (e) => e.state === 'sent');
  });

  it('retries a 500 from the portal by itself', async () => {
    const folder = dataFolder();
    const domain = folder.open();
    await configure(domain);
    proxy.inject({ fault: { kind: 'html-500' }, match: (r) => r.method === 'POST' });
    await domain.handlers['portal.submit']({ articleId: folder.addArticle() });
    const sent = await until(() => Promise.resolve(domain.handlers['outbox.list']({ limit: 10 })).then((l) => l[0]!), (e) => e.state === 'sent');
    expect(sent.attempts).toBe(2);
  });

  it('stops on an image the portal refuses, and sends when the user retries', async () => {
    const folder = dataFolder();
    const domain = folder.open();
    await configure(domain);
    const refusal = { code: 'rest_upload_sniff_image_mime_type', message: 'Sorry, you are not allowed to upload this file type.' };
    proxy.inject({ fault: { kind: 'reply', status: 500, body: refusal }, match: (r) => r.method === 'POST' && r.url.includes('media') });
    await domain.handlers['portal.submit']({ articleId: folder.addArticle() });
    const failed = await until(() => Promise.resolve(domain.handlers['outbox.list']({ limit: 10 })).then((l) => l[0]!), (e) => e.state === 'failed');
    expect(failed.error?.code).toBe('PORTAL_MEDIA_REJECTED');
    expect(failed.nextAttemptAt).toBeNull();
    const retried = await domain.handlers['outbox.retry']({ id: failed.id });
    expect(['queued', 'sending']).toContain(retried.state);
    await until(() => Promise.resolve(domain.handlers['outbox.list']({ limit: 10 })).then((l) => l[0]!), (e) => e.state === 'sent');
    expect(() => domain.handlers['outbox.retry']({ id: 99_999 })).toThrow(expect.objectContaining({ code: 'OUTBOX_NOT_FOUND' }));
  });

  const latest = (domain: { handlers: { 'outbox.list': (a: { limit: number }) => unknown } }) => () =>
    Promise.resolve(domain.handlers['outbox.list']({ limit: 10 }) as OutboxEntry[]).then((l) => l[0]!);

  it('stops on a sign-in refused with HTTP 400 and resumes as soon as the settings are saved', async () => {
    const folder = dataFolder();
    const domain = folder.open();
    await configure(domain);
    proxy.inject({ fault: { kind: 'reply', status: 400, body: { code: 'invalid_username', message: 'Unknown username.' } }, match: (r) => r.url.includes('users%2Fme'), times: Infinity });
    const articleId = folder.addArticle();
    await domain.handlers['portal.submit']({ articleId });
    const failed = await until(latest(domain), (e) => e.state === 'failed');
    expect(failed.error?.code).toBe('PORTAL_AUTH_FAILED');
    expect(failed.attempts).toBe(1);
    proxy.clearFaults();
    await configure(domain);
    await until(latest(domain), (e) => e.state === 'sent', 10_000);
    expect(await folder.postsOf(articleId)).toHaveLength(1);
  });

  it('names a missing category, and "Thử lại" sends the article as it is now', async () => {
    const folder = dataFolder();
    const domain = folder.open();
    await configure(domain);
    const articleId = folder.addArticle();
    folder.editArticle(articleId, { title: 'Bài sai chuyên mục', category: 'Thuỷ lợi' });
    await domain.handlers['portal.submit']({ articleId });
    const failed = await until(latest(domain), (e) => e.state === 'failed');
    expect(failed.error).toMatchObject({ code: 'PORTAL_CATEGORY_MISSING', subject: 'Thuỷ lợi' });
    folder.editArticle(articleId, { title: 'Bài đã sửa chuyên mục', category: 'kinh tế' });
    await domain.handlers['outbox.retry']({ id: failed.id });
    const sent = await until(latest(domain), (e) => e.state === 'sent');
    expect(sent.title).toBe('Bài đã sửa chuyên mục');
    const [post, ...more] = await folder.postsOf(articleId);
    expect(more).toHaveLength(0);
    expect(post!.title.raw).toBe('Bài đã sửa chuyên mục');
  });

  it('leaves one post, and a line in the history, when a create request reaches the portal late', async () => {
    const folder = dataFolder();
    const domain = folder.open({ timeoutMs: 1_500, verifyAfterMs: 5_000 });
    await configure(domain);
    const articleId = folder.addArticle();
    // The first create is held in the network until the outbox's retry has sent the article.
    let release!: () => void;
    proxy.inject({ fault: { kind: 'hold', release: new Promise<void>((r) => (release = r)) }, match: (r) => r.method === 'POST' && /rest_route=%2Fwp%2Fv2%2Fposts(&|$)/.test(r.url) });
    await domain.handlers['portal.submit']({ articleId });
    const sent = await until(latest(domain), (e) => e.state === 'sent');
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    release();
    const noted = await until(latest(domain), (e) => e.notes.length > 0, 20_000);
    expect(noted.notes[0]).toMatchObject({ kind: 'duplicate-trashed' });
    expect(noted.notes[0]!.postId).not.toBe(sent.postId);
    const left = await folder.postsOf(articleId);
    expect(left.map((p) => p.id)).toEqual([sent.postId]);
  }, 40_000);

  /** A web server that is not WordPress, recording the headers it gets. */
  async function otherSite(host: string, status: number, type: string, body: string, use: (url: string, seen: IncomingHttpHeaders[]) => Promise<void>) {
    const seen: IncomingHttpHeaders[] = [];
    const site = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(status, { 'content-type': type }).end(body);
    });
    await new Promise<void>((resolve) => site.listen(0, host, resolve));
    try {
      await use(`http://${host}:${(site.address() as AddressInfo).port}`, seen);
    } finally {
      site.closeAllConnections();
      await new Promise((resolve) => site.close(resolve));
    }
  }

  it('never sends the password to an address that is not WordPress', async () => {
    await otherSite('127.0.0.1', 200, 'text/html', '<!doctype html><title>Router</title>', async (url, seen) => {
      const folder = dataFolder();
      const domain = folder.open();
      await domain.handlers['portal.saveSettings']({ patch: { url, username: 'admin', password: 'mat khau that' } });
      const report = await domain.handlers['portal.testConnection']({});
      expect(report).toMatchObject({ reachable: false, signedIn: false, problem: 'PORTAL_NO_API' });
      await domain.handlers['portal.submit']({ articleId: folder.addArticle() });
      const failed = await until(latest(domain), (e) => e.state === 'failed');
      expect(failed.error?.code).toBe('PORTAL_NO_API');
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((headers) => headers.authorization === undefined)).toBe(true);
      expect((await domain.handlers['portal.getSettings']({})).checked).toBe(false);
    });
  });

  it('sends no password over plain http to another machine until the user accepts the risk', async () => {
    // 127.0.0.2 is this machine too, but not "localhost" by name: it stands for an office server.
    await otherSite('127.0.0.2', 404, 'application/json', '{"code":"rest_no_route","message":"x"}', async (url, seen) => {
      const folder = dataFolder();
      const domain = folder.open();
      const view = await domain.handlers['portal.saveSettings']({ patch: { url, username: 'admin', password: 'mat khau that' } });
      expect(view).toMatchObject({ plainHttp: true, plainHttpAccepted: false });
      await expect(Promise.resolve().then(() => domain.handlers['portal.testConnection']({}))).rejects.toMatchObject({ code: 'PORTAL_PLAIN_HTTP' });
      await domain.handlers['portal.submit']({ articleId: folder.addArticle() });
      const failed = await until(latest(domain), (e) => e.state === 'failed');
      expect(failed.error?.code).toBe('PORTAL_PLAIN_HTTP');
      expect(seen).toHaveLength(0);
      // Ticked: now the address is tried (it is no WordPress, so the password still stays home).
      const accepted = await domain.handlers['portal.saveSettings']({ patch: { acceptPlainHttp: true } });
      expect(accepted.plainHttpAccepted).toBe(true);
      const report = await domain.handlers['portal.testConnection']({});
      expect(report.problem).toBe('PORTAL_NO_API');
      expect(seen.length).toBeGreaterThan(0);
      // localhost itself needs no tick.
      const local = await domain.handlers['portal.saveSettings']({ patch: { url: proxy.url.replace('127.0.0.1', 'localhost') } });
      expect(local.plainHttp).toBe(false);
    });
  });
});
