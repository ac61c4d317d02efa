import { afterEach, describe, expect, it } from 'vitest';
import { ClientDoc, DraftsHarness, textOf } from './testing/harness';
import { versionsToThin } from './drafts.history';

let h: DraftsHarness;
afterEach(async () => h?.close());

async function draft(title: string, body: string) {
  const { id } = await h.call('drafts.create', {});
  const client = new ClientDoc((await h.call('drafts.open', { id })).state);
  client.paragraph('title', title);
  client.paragraph('body', body);
  for (const update of client.take()) await h.call('drafts.append', { id, update });
  return { id, client };
}

describe('history', () => {
  it('saves a named version with author and word count, previews it read-only', async () => {
    h = new DraftsHarness();
    await h.call('settings.set', { patch: { authorName: 'Ngọc Diệu' } });
    const { id, client } = await draft('Bản đầu', 'một hai ba');
    const v1 = await h.call('drafts.saveVersion', { id, name: 'Bản gửi duyệt' });
    expect(v1).toMatchObject({ kind: 'named', name: 'Bản gửi duyệt', author: 'Ngọc Diệu', title: 'Bản đầu', wordCount: 3 });
    client.type('body', ' bốn năm');
    for (const update of client.take()) await h.call('drafts.append', { id, update });
    const preview = await h.call('drafts.previewVersion', { id, versionId: v1.id });
    expect(preview.text).toEqual({ title: 'Bản đầu', sapo: '', byline: 'Ngọc Diệu', body: 'một hai ba' });
    expect((await h.call('drafts.versions', { id })).map((v) => v.id)).toEqual([v1.id]);
  });

  it('restores a version as a new change, keeping the state before it so the restore can be undone', async () => {
    h = new DraftsHarness();
    const { id, client } = await draft('Tiêu đề cũ', 'nội dung cũ');
    const old = await h.call('drafts.saveVersion', { id, name: 'cũ' });
    client.type('title', ' mới');
    client.type('body', ' và mới');
    for (const update of client.take()) await h.call('drafts.append', { id, update });
    const before = (await h.call('drafts.open', { id })).state;

    const { summary, version } = await h.call('drafts.restoreVersion', { id, versionId: old.id });
    expect(summary.title).toBe('Tiêu đề cũ');
    expect(version).toMatchObject({ kind: 'restore', restoredFrom: old.id });
    const after = (await h.call('drafts.open', { id })).state;
    expect(textOf(after)).toBe(textOf((await h.call('drafts.previewVersion', { id, versionId: old.id })).state));

    // An open editor receives the restore as an ordinary update.
    const restoreUpdate = h.events.filter((e) => e.name === 'drafts.update').at(-1)!.payload as { update: string };
    client.doc.transact(() => undefined);
    const { applyUpdate } = await import('yjs');
    applyUpdate(client.doc, Buffer.from(restoreUpdate.update, 'base64'), 'remote');
    expect(client.doc.getXmlFragment('body').toString()).toBe(textOf(after));

    // Undo the restore: bring back the state saved just before it.
    const saved = (await h.call('drafts.versions', { id })).find((v) => v.kind === 'before_restore')!;
    await h.call('drafts.restoreVersion', { id, versionId: saved.id });
    expect(textOf((await h.call('drafts.open', { id })).state)).toBe(textOf(before));
    expect((await h.call('drafts.get', { id })).title).toBe('Tiêu đề cũ mới');
  });

  it('takes automatic versions at most every few minutes while editing, and one on close', async () => {
    let now = Date.parse('2026-01-05T08:00:00Z');
    h = new DraftsHarness();
    // Drive a second domain over the same database with a controllable clock.
    const { createDraftsDomain } = await import('./drafts.domain');
    const domain = createDraftsDomain(h.runtime.ctx, { now: () => now });
    const { id } = await domain.handlers['drafts.create']({ kind: 'tin', category: '' });
    const client = new ClientDoc(domain.service.open(id).state);
    const type = async (text: string) => {
      client.type('body', text);
      for (const update of client.take()) await domain.handlers['drafts.append']({ id, update });
    };
    for (let minute = 0; minute < 12; minute++) {
      now += 60_000;
      await type(` phút ${minute}`);
    }
    const auto = domain.history.list(id).filter((v) => v.kind === 'auto');
    expect(auto.length).toBe(2); // minutes 5 and 10
    domain.history.closed(id);
    expect(domain.history.list(id)[0]!.kind).toBe('close');
    domain.history.closed(id); // nothing changed since: no new version
    expect(domain.history.list(id).filter((v) => v.kind === 'close').length).toBe(1);
    await domain.close();
  });

  it('reports VERSION_NOT_FOUND for a version of another article', async () => {
    h = new DraftsHarness();
    const a = await draft('A', 'a');
    const b = await draft('B', 'b');
    const va = await h.call('drafts.saveVersion', { id: a.id, name: 'a' });
    await expect(h.call('drafts.previewVersion', { id: b.id, versionId: va.id })).rejects.toMatchObject({ code: 'VERSION_NOT_FOUND' });
  });
});

describe('versionsToThin', () => {
  const now = Date.parse('2026-03-01T00:00:00Z');
  const at = (msAgo: number) => new Date(now - msAgo).toISOString();
  const H = 3600_000;
  it('keeps everything from the last day, one per hour for a week, one per day after', () => {
    const rows = [
      { id: 1, kind: 'auto', created_at: at(10 * 60_000) },
      { id: 2, kind: 'auto', created_at: at(20 * 60_000) },
      { id: 3, kind: 'auto', created_at: at(30 * H + 10 * 60_000) },
      { id: 4, kind: 'auto', created_at: at(30 * H + 20 * 60_000) },
      { id: 5, kind: 'named', created_at: at(30 * H + 30 * 60_000) },
      { id: 6, kind: 'close', created_at: at(10 * 24 * H + 1 * H) },
      { id: 7, kind: 'auto', created_at: at(10 * 24 * H + 2 * H) },
    ];
    expect(versionsToThin(rows, now).sort()).toEqual([4, 7]);
  });
});
