import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ClientDoc, DraftsHarness } from './testing/harness';

let h: DraftsHarness;
afterEach(async () => h?.close());

async function articleWith(title: string, body: string, sapo = '') {
  const summary = await h.call('drafts.create', { kind: 'tin', category: 'Chính trị' });
  const client = new ClientDoc((await h.call('drafts.open', { id: summary.id })).state);
  client.paragraph('title', title);
  if (sapo) client.paragraph('sapo', sapo);
  client.paragraph('body', body);
  for (const update of client.take()) await h.call('drafts.append', { id: summary.id, update });
  return { id: summary.id, client };
}

describe('drafts service', () => {
  it('creates a draft, derives its fields from the document and lists it', async () => {
    h = new DraftsHarness();
    const { id } = await articleWith('Tân Thạnh ra quân', 'Sáng nay, xã Tân Thạnh ra quân làm đường.', 'Sapo ngắn gọn');
    const summary = await h.call('drafts.get', { id });
    expect(summary).toMatchObject({ title: 'Tân Thạnh ra quân', sapo: 'Sapo ngắn gọn', category: 'Chính trị', status: 'draft' });
    expect(summary.wordCount).toBe(3 + 9);
    const list = await h.call('drafts.list', {});
    expect(list.items.map((a) => a.id)).toEqual([id]);
    expect(h.events.some((e) => e.name === 'drafts.changed')).toBe(true);
  });

  it('starts a new article with one empty paragraph in title, sapo and body', async () => {
    h = new DraftsHarness();
    const summary = await h.call('drafts.create', { kind: 'tin' });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from((await h.call('drafts.open', { id: summary.id })).state, 'base64'));
    for (const field of ['title', 'sapo', 'body']) {
      expect(doc.getXmlFragment(field).toString()).toBe('<paragraph></paragraph>');
    }
  });

  it('creates an article from a template in the same step: kind, title hint, sapo and body skeleton, still one empty title', async () => {
    h = new DraftsHarness();
    const summary = await h.call('drafts.create', {
      kind: 'bai',
      template: {
        titleHint: 'UBND xã … thông báo …',
        sapo: 'Thực hiện kế hoạch của UBND huyện.',
        body: [
          { type: 'heading', text: 'Nội dung' },
          { type: 'paragraph', text: 'Đoạn thứ nhất.' },
        ],
      },
    });
    expect(summary).toMatchObject({ kind: 'bai', sapo: 'Thực hiện kế hoạch của UBND huyện.', wordCount: 7 + 2 + 3 });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from((await h.call('drafts.open', { id: summary.id })).state, 'base64'));
    expect(doc.getXmlFragment('title').toString()).toBe('<paragraph></paragraph>');
    expect(doc.getXmlFragment('body').toString()).toBe('<heading level="2">Nội dung</heading><paragraph>Đoạn thứ nhất.</paragraph>');
    expect(doc.getMap('meta').get('titleHint')).toBe('UBND xã … thông báo …');
  });

  it('keeps every appended update across a restart and opens the merged state', async () => {
    h = new DraftsHarness();
    const { id, client } = await articleWith('Tiêu đề', 'Đoạn một');
    client.type('body', ' và thêm nữa');
    for (const update of client.take()) await h.call('drafts.append', { id, update });
    await h.close(false);
    h = new DraftsHarness(h.dataDir);
    const opened = await h.call('drafts.open', { id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(opened.state, 'base64'));
    expect(doc.getXmlFragment('body').toString()).toBe(client.doc.getXmlFragment('body').toString());
    expect(opened.summary.title).toBe('Tiêu đề');
  });

  it('rejects garbage and foreign updates with INVALID_UPDATE and keeps what was stored', async () => {
    h = new DraftsHarness();
    const { id, client } = await articleWith('Tiêu đề', 'Nội dung đã lưu');
    const before = (await h.call('drafts.open', { id })).state;
    await expect(h.call('drafts.append', { id, update: Buffer.from('not a yjs update at all').toString('base64') })).rejects.toMatchObject({ code: 'INVALID_UPDATE' });
    // An update that depends on changes this article never saw.
    const other = new ClientDoc();
    other.paragraph('body', 'một');
    other.take();
    other.type('body', ' hai');
    const [dependent] = other.take();
    await expect(h.call('drafts.append', { id, update: dependent! })).rejects.toMatchObject({ code: 'INVALID_UPDATE' });
    // A client may not set the workflow status itself.
    client.doc.getMap('meta').set('status', 'approved');
    await expect(h.call('drafts.append', { id, update: client.take()[0]! })).rejects.toMatchObject({ code: 'INVALID_UPDATE' });
    expect((await h.call('drafts.open', { id })).state).toBe(before);
    expect((await h.call('drafts.get', { id })).status).toBe('draft');
  });

  it('accepts typing while the article waits for a change a hub relayed out of order, and still refuses updates built on changes it lacks', async () => {
    h = new DraftsHarness();
    const { id, client } = await articleWith('Tiêu đề', 'Nội dung');
    const drafts = h.runtime.drafts;
    // Elsewhere, someone writes a sentence and someone else deletes a word of it;
    // the hub relays the deletion first (it builds on the sentence, not here yet).
    const writer = new ClientDoc((await h.call('drafts.open', { id })).state);
    writer.type('body', ' thêm một câu');
    const [insertion] = writer.take();
    const deleter = new ClientDoc((await h.call('drafts.open', { id })).state);
    Y.applyUpdate(deleter.doc, Buffer.from(insertion!, 'base64'));
    deleter.take();
    const body = deleter.doc.getXmlFragment('body');
    const text = (body.get(body.length - 1) as Y.XmlElement).get(0) as Y.XmlText;
    text.delete(text.length - 4, 4);
    const [deletion] = deleter.take();
    const live = drafts.article(id);
    Y.applyUpdate(live.doc, Buffer.from(deletion!, 'base64'), 'hub');
    expect(live.doc.store.pendingDs).not.toBeNull();
    await drafts.commit(live, Buffer.from(deletion!, 'base64'), 'hub');

    // The author keeps typing: nothing of that builds on the missing sentence.
    client.type('body', ' tiếp');
    for (const update of client.take()) await h.call('drafts.append', { id, update });
    // An update built on a change the article never saw is still refused.
    const stranger = new ClientDoc();
    stranger.paragraph('body', 'một');
    stranger.take();
    stranger.type('body', ' hai');
    await expect(h.call('drafts.append', { id, update: stranger.take()[0]! })).rejects.toMatchObject({ code: 'INVALID_UPDATE' });
    // Reloaded from the database, it still waits; the sentence arrives, and the deletion applies.
    drafts.evict(id);
    await h.call('drafts.append', { id, update: insertion! });
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Buffer.from((await h.call('drafts.open', { id })).state, 'base64'));
    expect(stored.store.pendingDs).toBeNull();
    // The two concurrent additions at the same place come in either order.
    expect(['Nội dung tiếp thêm một', 'Nội dung thêm một tiếp']).toContain(stored.getXmlFragment('body').toString().replace(/<[^>]+>/g, ''));
  });

  it('broadcasts every committed update to other clients', async () => {
    h = new DraftsHarness();
    // Another window opened the new article, then follows the broadcasts.
    const summary = await h.call('drafts.create', { kind: 'tin' });
    const id = summary.id;
    const mirror = new Y.Doc();
    Y.applyUpdate(mirror, Buffer.from((await h.call('drafts.open', { id })).state, 'base64'));
    const client = new ClientDoc((await h.call('drafts.open', { id })).state);
    client.paragraph('title', 'A');
    client.paragraph('body', 'B');
    for (const update of client.take()) await h.call('drafts.append', { id, update });
    const updates = h.events.filter((e) => e.name === 'drafts.update') as Array<{ payload: { id: string; update: string } }>;
    for (const { payload } of updates) if (payload.id === id) Y.applyUpdate(mirror, Buffer.from(payload.update, 'base64'));
    const opened = new Y.Doc();
    Y.applyUpdate(opened, Buffer.from((await h.call('drafts.open', { id })).state, 'base64'));
    expect(mirror.getXmlFragment('body').toString()).toContain('B');
    expect(mirror.getXmlFragment('body').toString()).toBe(opened.getXmlFragment('body').toString());
  });

  it('moves to the trash, restores, and deletes for good only from the trash', async () => {
    h = new DraftsHarness();
    const { id } = await articleWith('Bài thử', 'Nội dung');
    await expect(h.call('drafts.deleteForever', { id })).rejects.toMatchObject({ code: 'DRAFT_NOT_IN_TRASH' });
    await h.call('drafts.trash', { id });
    expect((await h.call('drafts.list', {})).total).toBe(0);
    expect((await h.call('drafts.list', { view: 'trash' })).total).toBe(1);
    await expect(h.call('drafts.append', { id, update: new ClientDoc().take()[0] ?? 'AAA=' })).rejects.toMatchObject({ code: 'DRAFT_IN_TRASH' });
    await h.call('drafts.restore', { id });
    expect((await h.call('drafts.list', {})).total).toBe(1);
    await h.call('drafts.trash', { id });
    await h.call('drafts.deleteForever', { id });
    await expect(h.call('drafts.get', { id })).rejects.toMatchObject({ code: 'DRAFT_NOT_FOUND' });
  });

  it('sorts titles in Vietnamese order and filters by status, category and kind', async () => {
    h = new DraftsHarness();
    for (const title of ['Đường mới', 'Ăn Tết', 'Bão số 3', 'An toàn giao thông', 'Dân vận']) await articleWith(title, 'x');
    const { items } = await h.call('drafts.list', { sort: 'title' });
    expect(items.map((a) => a.title)).toEqual(['An toàn giao thông', 'Ăn Tết', 'Bão số 3', 'Dân vận', 'Đường mới']);
    await h.call('drafts.setStatus', { id: items[0]!.id, status: 'in_review' });
    expect((await h.call('drafts.list', { status: 'in_review' })).items.map((a) => a.title)).toEqual(['An toàn giao thông']);
    expect((await h.call('drafts.list', { category: 'Kinh tế' })).total).toBe(0);
    expect((await h.call('drafts.list', { kind: 'tin' })).total).toBe(5);
  });

  it('follows the newsroom flow and refuses to skip the board or set portal-only statuses', async () => {
    h = new DraftsHarness();
    const { id } = await articleWith('Tin', 'x');
    await expect(h.call('drafts.setStatus', { id, status: 'approved' })).rejects.toMatchObject({ code: 'INVALID_STATUS_CHANGE' });
    await h.call('drafts.setStatus', { id, status: 'in_review' });
    await h.call('drafts.setStatus', { id, status: 'returned', note: 'Bổ sung số liệu' });
    await h.call('drafts.setStatus', { id, status: 'in_review' });
    await h.call('drafts.setStatus', { id, status: 'approved' });
    await expect(h.call('drafts.setStatus', { id, status: 'submitted' })).rejects.toMatchObject({ code: 'INVALID_STATUS_CHANGE' });
    expect((await h.call('drafts.get', { id })).status).toBe('approved');
  });

  it('duplicates an article as a new draft with the same content', async () => {
    h = new DraftsHarness();
    const { id } = await articleWith('Gốc', 'Nội dung gốc');
    await h.call('drafts.setStatus', { id, status: 'in_review' });
    await h.call('drafts.setStatus', { id, status: 'approved' });
    const copy = await h.call('drafts.duplicate', { id });
    expect(copy.id).not.toBe(id);
    expect(copy).toMatchObject({ title: 'Gốc', status: 'draft' });
  });

  it('compacts a long update log into a snapshot without changing the document', async () => {
    h = new DraftsHarness();
    const { id, client } = await articleWith('Dài', 'bắt đầu');
    for (let i = 0; i < 520; i++) {
      client.type('body', ` ${i}`);
      for (const update of client.take()) await h.call('drafts.append', { id, update });
    }
    const count = h.runtime.ctx.db.prepare('SELECT count(*) AS n FROM doc_updates WHERE article_id = ?').get(id) as { n: number };
    expect(count.n).toBeLessThan(500);
    await h.close(false);
    h = new DraftsHarness(h.dataDir);
    expect(new ClientDoc((await h.call('drafts.open', { id })).state).doc.getXmlFragment('body').toString()).toBe(
      client.doc.getXmlFragment('body').toString(),
    );
  });
});

describe('append batching', () => {
  it('writes a burst of appends in one transaction and acknowledges each after it', async () => {
    const { createDraftsDomain } = await import('./drafts.domain');
    h = new DraftsHarness();
    const domain = createDraftsDomain(h.runtime.ctx);
    const { id } = await domain.handlers['drafts.create']({ kind: 'tin', category: '' });
    const client = new ClientDoc(domain.service.open(id).state);
    for (let i = 0; i < 20; i++) client.type('body', `${i} `);
    const store = domain.service.store;
    const original = store.transaction.bind(store);
    let transactions = 0;
    store.transaction = (fn) => (transactions++, original(fn));
    const acks = await Promise.all(client.take().map((update) => domain.handlers['drafts.append']({ id, update })));
    expect(acks).toHaveLength(20);
    expect(new Set(acks.map((a) => a.savedAt)).size).toBe(1);
    expect(transactions).toBe(1);
    const stored = h.runtime.ctx.db.prepare('SELECT count(*) AS n FROM doc_updates WHERE article_id = ?').get(id) as { n: number };
    expect(stored.n).toBe(21); // the creation + 20 keystrokes
    await domain.close();
  });

  it('commits a burst in one go, and one failing append does not sink the others in its burst', async () => {
    h = new DraftsHarness();
    const a = await articleWith('A', 'a');
    const b = await articleWith('B', 'b');
    a.client.type('body', ' một');
    b.client.type('body', ' hai');
    const [ua] = a.client.take();
    const [ub] = b.client.take();
    // Delete B's row underneath the service in the same tick as both appends are queued.
    const both = Promise.allSettled([
      h.call('drafts.append', { id: a.id, update: ua! }),
      h.call('drafts.append', { id: b.id, update: ub! }).finally(() => undefined),
    ]);
    h.runtime.ctx.db.prepare('DELETE FROM articles WHERE id = ?').run(b.id);
    const [ra, rb] = await both;
    expect(ra.status).toBe('fulfilled');
    expect(rb.status).toBe('rejected');
    expect(new ClientDoc((await h.call('drafts.open', { id: a.id })).state).doc.getXmlFragment('body').toString()).toContain('a một');
  });
});

describe('storage errors', () => {
  it('turns SQLite failures into DB_DISK_FULL / DB_READ_ONLY / DB_FAILED / DB_CORRUPT for the UI', async () => {
    const { storageError } = await import('./drafts.domain');
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const corrupt = Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
    expect(storageError('drafts.list', full)).toMatchObject({ code: 'DB_DISK_FULL' });
    const readOnly = Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
    expect(storageError('drafts.list', readOnly)).toMatchObject({ code: 'DB_READ_ONLY' });
    const io = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
    expect(storageError('drafts.list', io)).toMatchObject({ code: 'DB_FAILED' });
    expect(storageError('drafts.list', corrupt)).toMatchObject({ code: 'DB_CORRUPT' });
    const plain = new Error('x');
    expect(storageError('drafts.list', plain)).toBe(plain);
  });

  it('answers DB_FAILED through the contract when the database cannot be written', async () => {
    h = new DraftsHarness();
    const { id } = await articleWith('A', 'a');
    h.runtime.ctx.db.exec('CREATE TRIGGER no_more BEFORE UPDATE ON articles BEGIN SELECT RAISE(ABORT, \'read-only\'); END');
    await expect(h.call('drafts.trash', { id })).rejects.toMatchObject({ code: 'DB_FAILED' });
    h.runtime.ctx.db.exec('DROP TRIGGER no_more');
    expect((await h.call('drafts.get', { id })).trashedAt).toBeNull();
  });
});
