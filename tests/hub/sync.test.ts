import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from './cleanup';
import type { ArticleSyncInfo, AuditEntry, HubStatus } from '../../common/api/hub.api';
import { openDesktop, trackedDesktop, type Desktop } from './desktop-harness';
import { startLaggySyncProxy } from './chaos-proxy';
import { editArticle, handlersClient } from '../wordpress/host-client';
import { TITLE_FRAGMENT } from '../../common/article/layout';
import { addUser, removeDir, testHub, until } from './hub-harness';
import * as Y from 'yjs';
import { fromBase64 } from '../../common/api/base64';
import { decisions } from '../../common/article/review-log';
import { readReviewed } from '../../common/article/review-snapshot';
import { changesSince } from '../../renderer/features/review/changes-since-review';

const cleanup = cleanupAfterEach();
const desktop = () => trackedDesktop(cleanup);

async function newsroom(port = 0) {
  const hub = await testHub({ port });
  cleanup(() => removeDir(hub.dir));
  cleanup(() => hub.close());
  await addUser(hub, 'lan', 'contributor');
  await addUser(hub, 'hoa', 'editor');
  return hub;
}

const stateOf = async (d: Desktop, id: string) =>
  (await d.call<ArticleSyncInfo[]>('hub.articles')).find((a) => a.id === id)?.state;

/** Lan (contributor) writes an article and sends it for review; Minh (reviewer) has it, in review. */
async function sentForReview(hub: Awaited<ReturnType<typeof newsroom>>, text: string, before?: (a: Desktop, id: string) => Promise<void>) {
  await addUser(hub, 'minh', 'reviewer');
  const a = desktop();
  const r = desktop();
  await a.login(hub.url, 'lan');
  await r.login(hub.url, 'minh');
  const id = await a.create();
  await a.type(id, text);
  await before?.(a, id);
  await until('A synced', async () => (await stateOf(a, id)) === 'synced');
  await a.call('drafts.setStatus', { id, status: 'in_review' });
  await until('reviewer has it in review', async () =>
    r.has(id) && (await r.text(id)) === text && (await r.call<{ status: string }>('drafts.get', { id })).status === 'in_review',
  );
  return { a, r, id };
}

/** Lan (contributor) writes an article; Hòa (editor) has it, with the text. */
async function shared(hub: Awaited<ReturnType<typeof newsroom>>, text: string) {
  const a = desktop();
  const b = desktop();
  await a.login(hub.url, 'lan');
  await b.login(hub.url, 'hoa');
  const id = await a.create();
  await a.type(id, text);
  await until('B has the text', async () => b.has(id) && (await b.text(id)) === text);
  return { a, b, id };
}

describe('sync with the newsroom hub', () => {
  it('carries what A writes to B, with the author and the sync state', async () => {
    const hub = await newsroom();
    const a = desktop();
    const b = desktop();
    await a.login(hub.url, 'lan');
    await b.login(hub.url, 'hoa');
    expect(await a.call<HubStatus>('hub.status')).toMatchObject({ user: { name: 'LAN', role: 'contributor' }, insecure: false });
    const id = await a.create();
    await a.type(id, 'Chợ phiên vùng cao');
    await until('B has the article', () => b.has(id));
    await until('B sees the text', async () => (await b.text(id)) === 'Chợ phiên vùng cao');
    await until('A synced', async () => (await stateOf(a, id)) === 'synced');
    await until('B knows the author', async () =>
      (await b.call<ArticleSyncInfo[]>('hub.articles')).some((x) => x.id === id && x.shared && x.authorName === 'LAN'),
    );
    // And back: the editor's edit reaches the writer, pushed like another window's.
    await b.type(id, ' mùa xuân');
    await until('A sees B’s edit', async () => (await a.text(id)) === 'Chợ phiên vùng cao mùa xuân');
    expect(a.events.some((e) => e.name === 'drafts.update' && (e.payload as { origin: string }).origin === 'hub')).toBe(true);
  });

  it('a desktop closed while connected sends no hub event afterwards (its database is closed by then)', async () => {
    const hub = await newsroom();
    const { a, id } = await shared(hub, 'Ủy ban nhân dân huyện Tân Thạnh');
    await until('A synced', async () => (await stateOf(a, id)) === 'synced');
    // No change event pending: the contract, no hub event once closed. (The race fixed in sync.domain.ts, a change
    // reported while the engine stops, is reproduced by the next test.)
    await new Promise((wait) => setTimeout(wait, 300));
    await a.close();
    const before = a.events.length;
    await new Promise((wait) => setTimeout(wait, 400));
    expect(a.events.slice(before).map((e) => e.name).filter((name) => name.startsWith('hub.'))).toEqual([]);
  });

  it('a desktop closed just as an article arrives stores it and sends no hub event from the closed database', async () => {
    // The race behind the 'database connection is not open' error once seen in a loaded run: an arrival (or a remote
    // edit) committed in the engine's last settle reports a change, whose hub event was scheduled after close.
    const hub = await newsroom();
    const a = desktop();
    const b = desktop();
    await a.login(hub.url, 'hoa');
    await b.login(hub.url, 'lan');
    const engine = a.runtime.sync.engine() as unknown as { arrive(link: { id: string }): void };
    const arrive = engine.arrive.bind(engine);
    let closing: Promise<void> | null = null;
    let arrived = '';
    engine.arrive = (link) => {
      arrive(link);
      // Close in the same turn: the arrival is stored by the stop's settle, before the database closes.
      if (!closing) {
        arrived = link.id;
        closing = a.close();
      }
    };
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    cleanup(() => process.off('uncaughtException', onError));
    const id = await b.create();
    await b.type(id, 'Đường giao thông nông thôn');
    await until('the article arrives at A as it closes', () => closing !== null);
    await closing;
    const after = a.events.length;
    await new Promise((wait) => setTimeout(wait, 400));
    expect(errors).toEqual([]);
    expect(a.events.slice(after).map((e) => e.name)).toEqual([]);
    expect(arrived).toBe(id);
    // Stored before the close: the article is there when the desktop opens its folder again.
    const again = openDesktop(a.dir);
    cleanup(() => again.close());
    expect(again.has(id)).toBe(true);
  });

  it('merges both sides’ offline edits of the same paragraph when the hub comes back', async () => {
    const hub = await newsroom();
    const a = desktop();
    const b = desktop();
    await a.login(hub.url, 'lan');
    await b.login(hub.url, 'hoa');
    const id = await a.create();
    await a.type(id, 'Đường làng mới');
    await until('B has it', async () => b.has(id) && (await b.text(id)) === 'Đường làng mới');
    const { dir, port } = hub;
    await hub.close();
    await until('A offline', async () => !(await a.call<HubStatus>('hub.status')).connected);
    await a.type(id, ' đã thông xe', 100);
    await b.type(id, 'Tin vui: ', 0);
    expect(await stateOf(a, id)).toBe('pending');
    const again = await testHub({ dir, port });
    cleanup(() => again.close());
    const merged = 'Tin vui: Đường làng mới đã thông xe';
    await until('A merged', async () => (await a.text(id)) === merged, 20_000);
    await until('B merged', async () => (await b.text(id)) === merged, 20_000);
    await until('A synced', async () => (await stateOf(a, id)) === 'synced');
  });

  it('keeps an article the hub no longer allows, marked, and stops a lost session', async () => {
    const hub = await newsroom();
    const { a, r, id } = await sentForReview(hub, 'Gửi duyệt');
    // Taken back to drafting: the board no longer sees it; the copy stays, marked.
    await a.call('drafts.setStatus', { id, status: 'draft' });
    await until('reviewer marked', async () => (await stateOf(r, id)) === 'revoked');
    expect(await r.text(id)).toBe('Gửi duyệt');
    // A collaborator cannot approve, even by calling the service directly.
    await a.call('drafts.setStatus', { id, status: 'in_review' });
    await expect(a.call('hub.setStatus', { id, to: 'approved' })).rejects.toMatchObject({ code: 'HUB_FORBIDDEN' });
    // Her session revoked on the hub: the desktop stops syncing and asks to sign in again.
    await hub.store.revokeUserSessions((await hub.store.userByName('lan'))!.id);
    await a.type(id, '!').catch(() => {});
    await until('session lost', async () => (await a.call<HubStatus>('hub.status')).user === null);
    expect(await a.text(id)).toContain('Gửi duyệt');
  });

  it('a return decided on a desktop reaches the hub with its note, in the audit log', async () => {
    const hub = await newsroom();
    const { r, id } = await sentForReview(hub, 'Cần bổ sung');
    await r.call('drafts.setStatus', { id, status: 'returned', note: 'Thêm nguồn tin và ảnh.' });
    const audit = await r.call<AuditEntry[]>('hub.audit', { id });
    expect(audit.find((e) => e.to === 'returned')).toMatchObject({ from: 'in_review', userName: 'MINH', note: 'Thêm nguồn tin và ảnh.' });
  });
});

describe('decisions through the hub', () => {
  it('a status the hub writes reaches the desktop through the sync, even after the hub’s answer, and is not written again there', async () => {
    // The hub's document change comes 1.5 s after its answer to the status request. A copy written on the
    // desktop meanwhile would be a change of its own, which the hub refuses once the article is read-only for
    // that person: it would never be in step again ("chờ gửi"), and could outrank the hub's next status there.
    const hub = await newsroom();
    await addUser(hub, 'minh', 'reviewer');
    const proxy = await startLaggySyncProxy(Number(new URL(hub.url).port), 1500);
    cleanup(() => proxy.close());
    const a = desktop();
    const r = desktop();
    await a.login(proxy.url, 'lan');
    await r.login(proxy.url, 'minh');
    const id = await a.create();
    await a.type(id, 'Đường liên xã hoàn thành.');
    await until('A synced', async () => (await stateOf(a, id)) === 'synced', 20_000);
    // The collaborator may no longer write once it is in review.
    const sent = await a.call<{ status: string }>('drafts.setStatus', { id, status: 'in_review' });
    expect(sent.status).toBe('in_review');
    await until('reviewer has it in review', async () => r.has(id) && (await r.call<{ status: string }>('drafts.get', { id })).status === 'in_review', 20_000);
    // The reviewer may no longer write once it is approved.
    const approved = await r.call<{ status: string }>('drafts.setStatus', { id, status: 'approved' });
    expect(approved.status).toBe('approved');
    await until('both in step with the hub', async () => (await stateOf(a, id)) === 'synced' && (await stateOf(r, id)) === 'synced', 20_000);
    // Then the portal's answer, recorded on the hub, reaches both: nothing of theirs outranks it.
    await r.call('hub.setStatus', { id, to: 'submitted' });
    for (const d of [a, r]) {
      await until('submitted everywhere', async () => (await d.call<{ status: string }>('drafts.get', { id })).status === 'submitted', 20_000);
    }
    expect(await stateOf(a, id)).toBe('synced');
    expect(await stateOf(r, id)).toBe('synced');
  }, 120_000);

  it('the portal’s answer, come while the hub is out of reach, is recorded on the hub when it is back, also after a restart', async () => {
    const hub = await newsroom();
    // A portal needs a title: written before it goes for review.
    const { a, r, id } = await sentForReview(hub, 'Sáng nay, cầu Rạch Lá thông xe.', async (d, articleId) =>
      editArticle(handlersClient(d.runtime.handlers), articleId, (doc) => {
        const title = new Y.XmlElement('paragraph');
        title.insert(0, [new Y.XmlText('Cầu Rạch Lá thông xe')]);
        const fragment = doc.getXmlFragment(TITLE_FRAGMENT);
        fragment.delete(0, fragment.length);
        fragment.insert(0, [title]);
      }),
    );
    await r.call('drafts.setStatus', { id, status: 'approved' });
    // Hòa (editor) sends it to the portal, a shared folder, from a desktop of her own.
    const dir = mkdtempSync(join(tmpdir(), 'toasoan-desk-'));
    const shared = mkdtempSync(join(tmpdir(), 'toasoan-shared-'));
    cleanup(() => removeDir(dir));
    cleanup(() => removeDir(shared));
    let e = openDesktop(dir);
    cleanup(() => e.close());
    await e.login(hub.url, 'hoa');
    await until('the editor has it, approved', async () => e.has(id) && (await e.call<{ status: string }>('drafts.get', { id })).status === 'approved', 20_000);
    await e.call('portal.saveSettings', { patch: { type: 'folder', url: shared } });
    const { port } = hub;
    await hub.close();
    await until('the editor offline', async () => !(await e.call<HubStatus>('hub.status')).connected);
    await e.call('portal.submit', { articleId: id });
    await until('on the portal', async () => (await e.call<Array<{ state: string }>>('outbox.list', { limit: 10 })).some((x) => x.state === 'sent'), 20_000);
    expect(readdirSync(shared)).toHaveLength(1);
    // Nothing written into the document on this desktop: the hub would refuse it (approved is read-only to her).
    expect((await e.call<{ status: string }>('drafts.get', { id })).status).toBe('approved');
    expect(await stateOf(e, id)).toBe('pending');
    // She closes the app; the hub comes back; she opens it again.
    await e.close();
    const again = await testHub({ dir: hub.dir, port });
    cleanup(() => again.close());
    e = openDesktop(dir);
    for (const d of [e, a, r]) {
      await until('submitted everywhere', async () => (await d.call<{ status: string }>('drafts.get', { id })).status === 'submitted', 20_000);
    }
    await until('the editor in step', async () => (await stateOf(e, id)) === 'synced', 20_000);
    expect((await again.store.article(id))?.status).toBe('submitted');
    const audit = await e.call<AuditEntry[]>('hub.audit', { id });
    expect(audit.filter((x) => x.to === 'submitted')).toMatchObject([{ from: 'approved', userName: 'HOA' }]);
  }, 120_000);

  it('a return is written into the article by the hub, once, and another board member’s computer compares with the returned text', async () => {
    const hub = await newsroom();
    await addUser(hub, 'thu', 'reviewer');
    const { a, r, id } = await sentForReview(hub, 'Xã đạt 19 tiêu chí.');
    const docOf = async (d: Desktop) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, fromBase64((await d.call<{ state: string }>('drafts.open', { id })).state));
      return doc;
    };
    await r.call('drafts.setStatus', { id, status: 'returned', note: 'Ghi rõ năm đạt chuẩn.' });
    await until('the author has the return and its note', async () => (await docOf(a)).getArray('review').length === 2);
    const seenByAuthor = decisions(await docOf(a));
    expect(seenByAuthor.map((d) => [d.kind, d.by, d.note])).toEqual([
      ['sent', 'LAN', ''],
      ['returned', 'MINH', 'Ghi rõ năm đạt chuẩn.'],
    ]);
    // The author fixes it and sends it again.
    await until('the author may write again', async () => (await a.call<{ status: string }>('drafts.get', { id })).status === 'returned');
    await a.type(id, ' Năm 2025.', 10_000);
    await a.call('drafts.setStatus', { id, status: 'in_review' });

    // Another board member, on a computer that never had the article before.
    const c = desktop();
    await c.login(hub.url, 'thu');
    await until('C has the resent article', async () => c.has(id) && (await c.text(id)) === 'Xã đạt 19 tiêu chí. Năm 2025.', 30_000);
    const atC = await docOf(c);
    const kept = readReviewed(atC);
    expect(kept).toMatchObject({ kind: 'returned', by: 'MINH', body: 'Xã đạt 19 tiêu chí.' });
    const body = changesSince(kept!, atC).find((f) => f.field === 'body')!;
    expect(body.changed).toBe(true);
    expect(body.parts.filter((p) => p.kind === 'inserted').map((p) => p.text).join('')).toContain('Năm 2025.');
    expect(body.parts.filter((p) => p.kind === 'deleted')).toEqual([]);
    // The decider's computer has the decision once (the hub's), not a second copy of its own.
    await until('R has the resend', async () => decisions(await docOf(r)).length === 3);
    expect(decisions(await docOf(r)).map((d) => d.kind)).toEqual(['sent', 'returned', 'sent']);
  });
});

describe('status from the hub', () => {
  it('reaches the drafts list in the transaction of the update that carries it', async () => {
    const { a, b, id } = await shared(await newsroom(), 'Gửi duyệt');
    // The list's column as it is when each remote edit is committed (before any lazy refresh of the list).
    const column = b.runtime.ctx.db.prepare('SELECT status FROM articles WHERE id = ?');
    const atCommit: string[] = [];
    b.runtime.onEvent((name, payload) => {
      const p = payload as { id: string; origin: string | null };
      if (name === 'drafts.update' && p.id === id && p.origin === 'hub') atCommit.push((column.get(id) as { status: string }).status);
    });
    await a.call('drafts.setStatus', { id, status: 'in_review' });
    await until('B committed the status', () => atCommit.includes('in_review'), 10_000);
    expect((column.get(id) as { status: string }).status).toBe('in_review');
  });
});

describe('presence', () => {
  it('lets an article nobody has open here rest, and brings it back when the hub says it changed, or when it is opened', async () => {
    const hub = await newsroom();
    const a = desktop();
    const b = trackedDesktop(cleanup, { restAfterMs: 300 });
    await a.login(hub.url, 'lan');
    await b.login(hub.url, 'hoa');
    const id = await a.create();
    await a.type(id, 'Một');
    await until('B has it', async () => b.has(id) && (await b.text(id)) === 'Một');
    const engine = b.runtime.sync.engine()!;
    await until('at rest on B', () => !engine.isLive(id));
    expect(engine.isLinked(id)).toBe(true);
    expect(await stateOf(b, id)).toBe('synced');
    // Changed on the hub: the index brings it back, and B catches up.
    await a.type(id, ' hai');
    await until('B catches up through the index', async () => (await b.text(id)) === 'Một hai', 30_000);
    // Opened on B: it stays live past the rest time, and A's typing arrives.
    await b.call('hub.presence', { id, open: true });
    expect(engine.isLive(id)).toBe(true);
    await new Promise((r) => setTimeout(r, 900));
    expect(engine.isLive(id)).toBe(true);
    await a.type(id, ' ba');
    await until('B sees it live', async () => (await b.text(id)) === 'Một hai ba');
    // A status change of an article at rest still goes through the hub.
    await b.call('hub.presence', { id, open: false });
    // Once in CI the article stayed live here for 15 s: the hub had closed the stream of a provider linked again
    // moments after the last one left (see SyncEngine.link and the test above). Should it time out again, the
    // message says what kept it busy (see SyncEngine.rest).
    await until('at rest again', () => !engine.isLive(id)).catch((error: Error) => {
      const link = (engine as unknown as { articles: Map<string, { pending: boolean; incoming: unknown[]; commits: Set<unknown>; provider: { isSynced: boolean; hasUnsyncedChanges: boolean } }> }).articles.get(id);
      const busy = link && { pending: link.pending, synced: link.provider.isSynced, unsynced: link.provider.hasUnsyncedChanges, incoming: link.incoming.length, commits: link.commits.size };
      throw new Error(`${error.message}: ${JSON.stringify(busy)}`);
    });
    await b.call('drafts.setStatus', { id, status: 'in_review' });
    expect((await hub.store.article(id))?.status).toBe('in_review');
  });

  it('an article linked again moments after it left the hub still hears the others', async () => {
    // Resting and then, at once, a reading of the index or an opening: the new provider's sign-in must not reach
    // the hub before the hub has handled the old one's close (it would go to the closing connection).
    const { a, b, id } = await shared(await newsroom(), 'Một');
    const engine = b.runtime.sync.engine() as unknown as { unlink(id: string): void; link(id: string): { provider: { isSynced: boolean } } };
    for (let i = 1; i <= 3; i++) {
      engine.unlink(id);
      const link = engine.link(id);
      await until(`linked again (${i})`, () => link.provider.isSynced);
    }
    await a.type(id, ' hai');
    await until('B hears A', async () => (await b.text(id)) === 'Một hai');
    await b.type(id, ' ba', 100);
    await until('A hears B', async () => (await a.text(id)) === 'Một hai ba');
    await until('B in step', async () => (await stateOf(b, id)) === 'synced');
  });

  it('shows who else has the article open, with the cursor, and when they leave', async () => {
    const { a, b, id } = await shared(await newsroom(), 'Cùng mở');
    const cursor = { anchor: 'AQID', head: 'AQID' };
    expect(await a.call('hub.presence', { id, open: true, cursor })).toEqual([]);
    const seen = () =>
      b.events.filter((e) => e.name === 'hub.presence.changed').map((e) => e.payload as { id: string; people: Array<{ user: { name: string }; cursor: unknown }> });
    await until('B is told', () => seen().some((p) => p.id === id && p.people.some((x) => x.user.name === 'LAN')));
    const people = await b.call<Array<{ user: { name: string; role: string }; cursor: unknown }>>('hub.presence', { id, open: true });
    expect(people).toMatchObject([{ user: { name: 'LAN', role: 'contributor' }, cursor }]);
    await until('A sees B', async () => (await a.call<unknown[]>('hub.presence', { id, open: true, cursor })).length === 1);
    await a.call('hub.presence', { id, open: false });
    await until('B sees A leave', async () => (await b.call<unknown[]>('hub.presence', { id, open: true })).length === 0);
  });
});
