import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { reviewLog, type Decision } from '../../common/article/review-log';
import { REVIEWED_MAP } from '../../common/article/review-snapshot';
import { cleanupAfterEach } from './cleanup';
import { META_MAP, metaKeys } from '../../common/article/layout';
import { assign, readAssignment } from '../../common/article/review-assignment';
import { addUser, api, login, rawClient, removeDir, testHub, until } from './hub-harness';

const cleanup = cleanupAfterEach();

async function hubWithPeople() {
  const hub = await testHub();
  cleanup(() => removeDir(hub.dir));
  cleanup(() => hub.close());
  const ids = {
    lan: await addUser(hub, 'lan', 'contributor'),
    minh: await addUser(hub, 'minh', 'contributor'),
    hoa: await addUser(hub, 'hoa', 'editor'),
    tuan: await addUser(hub, 'tuan', 'reviewer'),
    admin: await addUser(hub, 'quantri', 'admin'),
  };
  return { hub, ids };
}

function client(url: string, article: string, token: string, seed?: (doc: Y.Doc) => void) {
  const c = rawClient(url, article, token, seed);
  cleanup(() => c.close());
  return c;
}

describe('newsroom hub', () => {
  it('carries one client’s text to another and keeps it across a restart', async () => {
    const { hub, ids } = await hubWithPeople();
    const lan = await login(hub, 'lan');
    const hoa = await login(hub, 'hoa');
    const a = client(hub.url, 'bai-1', lan);
    await until('lan synced', () => a.events.synced);
    a.doc.getText('t').insert(0, 'Xã Tân Hòa khánh thành cầu');
    const b = client(hub.url, 'bai-1', hoa);
    await until('hoa sees it', () => b.doc.getText('t').toString() === 'Xã Tân Hòa khánh thành cầu');
    const index = await api(hub, 'GET', '/api/articles', undefined, hoa);
    expect(index.json).toMatchObject([{ id: 'bai-1', authorId: ids.lan, access: 'write', status: 'draft' }]);

    a.close();
    b.close();
    const dir = hub.dir;
    await hub.close();
    const again = await testHub({ dir });
    cleanup(() => again.close());
    const c = client(again.url, 'bai-1', await login(again, 'hoa'));
    await until('text after restart', () => c.doc.getText('t').toString() === 'Xã Tân Hòa khánh thành cầu');
    expect(again.errors).toEqual([]);
  });

  it('refuses a wrong password, then throttles the name', async () => {
    const { hub } = await hubWithPeople();
    const wrong = await api(hub, 'POST', '/api/login', { login: 'lan', password: 'sai-mat-khau' });
    expect(wrong).toMatchObject({ status: 401, json: { error: { code: 'HUB_LOGIN_FAILED' } } });
    for (let i = 0; i < 5; i += 1) await api(hub, 'POST', '/api/login', { login: 'lan', password: 'sai-mat-khau' });
    const throttled = await api(hub, 'POST', '/api/login', { login: 'lan', password: 'mật-khẩu-đủ-dài' });
    expect(throttled).toMatchObject({ status: 429, json: { error: { code: 'HUB_THROTTLED' } } });
  });

  it('refuses documents to a revoked or expired token', async () => {
    const { hub } = await hubWithPeople();
    const token = await login(hub, 'lan');
    await api(hub, 'POST', '/api/logout', undefined, token);
    const revoked = client(hub.url, 'bai-2', token);
    await until('revoked refused', () => revoked.events.failed !== '');
    expect((await api(hub, 'GET', '/api/me', undefined, token)).status).toBe(401);

    const short = await testHub({ sessionTtlMs: 300 });
    cleanup(() => removeDir(short.dir));
    cleanup(() => short.close());
    await addUser(short, 'lan', 'contributor');
    const expiring = await login(short, 'lan');
    expect((await api(short, 'GET', '/api/me', undefined, expiring)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 400));
    expect((await api(short, 'GET', '/api/me', undefined, expiring)).json).toMatchObject({ error: { code: 'HUB_SESSION_INVALID' } });
    const expired = client(short.url, 'bai-3', expiring);
    await until('expired refused', () => expired.events.failed !== '');
    expect(expired.events.synced).toBe(false);
  });

  it('keeps a collaborator out of another’s article and from approving', async () => {
    const { hub } = await hubWithPeople();
    const lan = await login(hub, 'lan');
    const minh = await login(hub, 'minh');
    const own = client(hub.url, 'cua-lan', lan);
    await until('lan synced', () => own.events.synced);
    own.doc.getText('t').insert(0, 'bí mật');
    const intruder = client(hub.url, 'cua-lan', minh);
    await until('minh refused', () => intruder.events.failed !== '');
    expect(intruder.doc.getText('t').toString()).toBe('');
    expect((await api(hub, 'GET', '/api/articles', undefined, minh)).json).toEqual([]);
    expect((await api(hub, 'POST', '/api/articles/cua-lan/status', { to: 'in_review' }, minh)).status).toBe(404);

    // Lan may send her article for review, not approve it.
    expect((await api(hub, 'POST', '/api/articles/cua-lan/status', { to: 'in_review' }, lan)).status).toBe(200);
    const approve = await api(hub, 'POST', '/api/articles/cua-lan/status', { to: 'approved' }, lan);
    expect(approve).toMatchObject({ status: 403, json: { error: { code: 'HUB_FORBIDDEN' } } });
    // The board member may; the audit log says who did what.
    const tuan = await login(hub, 'tuan');
    expect((await api(hub, 'POST', '/api/articles/cua-lan/status', { to: 'approved', note: 'Tốt' }, tuan)).status).toBe(200);
    const audit = await api(hub, 'GET', '/api/articles/cua-lan/audit', undefined, lan);
    expect(audit.json).toMatchObject([
      { from: 'draft', to: 'in_review', userName: 'LAN' },
      { from: 'in_review', to: 'approved', userName: 'TUAN', note: 'Tốt' },
    ]);
    await until('status in the document', () => own.doc.getMap(META_MAP).get(metaKeys.status) === 'approved');
  });

  it('overrules a client writing a status into the document and refuses a reader’s edits', async () => {
    const { hub } = await hubWithPeople();
    const lan = await login(hub, 'lan');
    const c = client(hub.url, 'bai-4', lan);
    await until('synced', () => c.events.synced);
    c.doc.getMap(META_MAP).set(metaKeys.status, 'approved');
    await until('status put back', () => c.doc.getMap(META_MAP).get(metaKeys.status) === 'draft');
    expect((await hub.store.article('bai-4'))?.status).toBe('draft');

    // In review, Lan can read her article but no longer write it.
    await api(hub, 'POST', '/api/articles/bai-4/status', { to: 'in_review' }, lan);
    c.doc.getText('t').insert(0, 'sửa lén');
    const hoa = client(hub.url, 'bai-4', await login(hub, 'hoa'));
    await until('hoa synced', () => hoa.events.synced);
    await new Promise((r) => setTimeout(r, 300));
    expect(hoa.doc.getText('t').toString()).toBe('');
  });

  it('puts back a client writing decisions into the review log; the first upload of a new article keeps its history from the PC', async () => {
    const { hub } = await hubWithPeople();
    const lan = await login(hub, 'lan');
    const decision = (kind: Decision['kind'], note: string): Decision => ({ kind, by: 'Lan', role: 'contributor', at: new Date().toISOString(), note, versionId: null });
    const c = client(hub.url, 'bai-log', lan, (doc) => reviewLog(doc).push([decision('returned', 'Ghi trên máy trước khi có máy chủ')]));
    await until('synced', () => c.events.synced);
    const hoa = client(hub.url, 'bai-log', await login(hub, 'hoa'));
    await until('hoa has the history from the PC', () => reviewLog(hoa.doc).length === 1);

    // A forged approval and a forged "reviewed" text are put back.
    reviewLog(c.doc).push([decision('approved', 'Tự duyệt')]);
    c.doc.getMap(REVIEWED_MAP).set('kind', 'approved');
    await until('forgery put back', () => reviewLog(c.doc).length === 1 && !c.doc.getMap(REVIEWED_MAP).has('kind'));
    expect(reviewLog(hoa.doc).toArray().map((d) => d.note)).toEqual(['Ghi trên máy trước khi có máy chủ']);

    // Decisions the hub writes stay; deleting one is put back.
    await api(hub, 'POST', '/api/articles/bai-log/status', { to: 'in_review' }, lan);
    const tuan = await login(hub, 'tuan');
    expect((await api(hub, 'POST', '/api/articles/bai-log/status', { to: 'returned', note: 'Thiếu nguồn' }, tuan)).status).toBe(200);
    await until('lan sees the return', () => reviewLog(c.doc).length === 3 && c.doc.getMap(REVIEWED_MAP).get('kind') === 'returned');
    reviewLog(c.doc).delete(1, 2);
    await until('deletion put back', () => reviewLog(c.doc).length === 3);
    expect(reviewLog(c.doc).toArray().map((d) => d.kind)).toEqual(['returned', 'sent', 'returned']);
    expect(reviewLog(c.doc).get(2).note).toBe('Thiếu nguồn');
    expect(c.doc.getMap(REVIEWED_MAP).get('kind')).toBe('returned');
  });

  it('shuts a disabled account out at once', async () => {
    const { hub, ids } = await hubWithPeople();
    const admin = await login(hub, 'quantri');
    const lan = await login(hub, 'lan');
    const c = client(hub.url, 'bai-5', lan);
    await until('synced', () => c.events.synced);
    const off = await api(hub, 'PATCH', `/api/users/${ids.lan}`, { disabled: true }, admin);
    expect(off).toMatchObject({ status: 200, json: { disabled: true } });
    expect((await api(hub, 'GET', '/api/me', undefined, lan)).status).toBe(401);
    expect((await api(hub, 'POST', '/api/login', { login: 'lan', password: 'mật-khẩu-đủ-dài' })).json).toMatchObject({
      error: { code: 'HUB_ACCOUNT_DISABLED' },
    });
    const again = client(hub.url, 'bai-5', lan);
    await until('refused', () => again.events.failed !== '');
    // Only an admin manages accounts.
    const hoa = await login(hub, 'hoa');
    expect((await api(hub, 'POST', '/api/users', { login: 'moi', role: 'admin', password: 'mat-khau-dai' }, hoa)).status).toBe(403);
  });

  it('lets only the board head assign an article to another board member (phân công), at the protocol level', async () => {
    const { hub, ids } = await hubWithPeople();
    const thu = await addUser(hub, 'thu', 'reviewer');
    const truong = await addUser(hub, 'truong', 'board_head');
    const as = async (name: string) => client(hub.url, 'phan-cong', await login(hub, name));
    const to = (id: number, name = 'ai đó') => ({ toId: `hub:${id}`, to: name, by: 'giả mạo', at: '2026-12-04T09:00:00.000Z' });
    /** Writes an assignment as `c` and waits until the hub has answered: put back, or accepted as `expected`. */
    const attempt = async (c: ReturnType<typeof client>, value: Parameters<typeof assign>[1], expected: string | null) => {
      assign(c.doc, value);
      await until(`assignment ${expected ?? 'none'}`, () => {
        const now = readAssignment(c.doc);
        // A refusal puts back what was there, whose author is never the liar's text.
        return (now?.toId ?? null) === expected && now?.by !== 'giả mạo';
      });
    };

    // A collaborator may write her draft, not assign it.
    const lan = await as('lan');
    await until('lan synced', () => lan.events.synced);
    lan.doc.getText('t').insert(0, 'Bài cần duyệt');
    await attempt(lan, to(ids.tuan), null);
    expect((await api(hub, 'POST', '/api/articles/phan-cong/status', { to: 'in_review' }, await login(hub, 'lan'))).status).toBe(200);

    const [hoa, tuan, thuClient, head] = await Promise.all([as('hoa'), as('tuan'), as('thu'), as('truong')]);
    await until('all synced', () => [hoa, tuan, thuClient, head].every((c) => c.events.synced));
    // An editor may comment in review, not assign.
    await attempt(hoa, to(ids.tuan), null);
    // A plain board member may not assign someone else…
    await attempt(tuan, to(thu), null);
    // …but takes the article; the hub writes the real names.
    await attempt(tuan, to(ids.tuan, 'tên bịa'), `hub:${ids.tuan}`);
    expect(readAssignment(tuan.doc)).toMatchObject({ to: 'TUAN', by: 'TUAN' });
    // Nobody else takes it from him, and the board head may not give it to a collaborator.
    await attempt(thuClient, to(thu), `hub:${ids.tuan}`);
    await attempt(head, to(ids.lan), `hub:${ids.tuan}`);
    await attempt(head, { toId: 'local:THU', to: 'THU', by: 'x', at: '' }, `hub:${ids.tuan}`);
    // The board head assigns it to another board member; everyone sees it.
    await attempt(head, to(thu), `hub:${thu}`);
    expect(readAssignment(head.doc)).toMatchObject({ to: 'THU', by: 'TRUONG' });
    await until('thu sees it', () => readAssignment(thuClient.doc)?.toId === `hub:${thu}`);
    // A fresh reader gets the hub's stored state.
    const late = await as('truong');
    await until('late reader', () => readAssignment(late.doc)?.toId === `hub:${thu}`);
    expect(truong).toBeGreaterThan(0);

    // The board's list for "Giao cho…" is the board's only.
    const board = await api(hub, 'GET', '/api/board', undefined, await login(hub, 'truong'));
    expect((board.json as Array<{ name: string }>).map((u) => u.name).sort()).toEqual(['THU', 'TRUONG', 'TUAN']);
    expect((await api(hub, 'GET', '/api/board', undefined, await login(hub, 'lan'))).status).toBe(403);
  });
});
