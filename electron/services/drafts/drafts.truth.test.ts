import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../db/database';
import { ClientDoc, DraftsHarness } from './testing/harness';

const open: DraftsHarness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

function harness(dir?: string): DraftsHarness {
  const h = new DraftsHarness(dir);
  open.push(h);
  return h;
}

/** What a crash leaves on disk right now: the database and its WAL, copied while the service runs. */
function crashCopy(h: DraftsHarness): string {
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-crashcopy-'));
  for (const suffix of ['', '-wal']) {
    const from = join(h.dataDir, DB_FILE + suffix);
    if (existsSync(from)) copyFileSync(from, join(dir, DB_FILE + suffix));
  }
  return dir;
}

async function article(h: DraftsHarness, title: string) {
  const { id } = await h.call('drafts.create', { kind: 'tin' });
  const client = new ClientDoc((await h.call('drafts.open', { id })).state);
  client.type('title', title);
  client.type('body', 'một hai ba');
  for (const update of client.take()) await h.call('drafts.append', { id, update });
  return { id, client };
}

describe('one truth for the list and the document', () => {
  it('commits the status with the update that changes it: a crash right after shows the same status', async () => {
    const h = harness();
    const { id } = await article(h, 'Tin nhanh');
    await h.call('drafts.setStatus', { id, status: 'in_review' });
    const after = harness(crashCopy(h));
    expect((await after.call('drafts.get', { id })).status).toBe('in_review');
    const row = after.runtime.ctx.db.prepare('SELECT status FROM articles WHERE id = ?').get(id) as { status: string };
    expect(row.status).toBe('in_review');
  });

  it('re-derives at start-up the fields of an article whose log is ahead of them', async () => {
    const h = harness();
    const { id, client } = await article(h, 'Tiêu đề cũ');
    await h.call('drafts.get', { id }); // derived now
    client.type('title', ' mới');
    client.type('body', ' bốn năm sáu bảy');
    for (const update of client.take()) await h.call('drafts.append', { id, update });
    // The crash comes before the pause in typing that would refresh the list.
    const dir = crashCopy(h);
    const row = (db: DraftsHarness) =>
      db.runtime.ctx.db.prepare('SELECT title, word_count, log_seq, derived_seq FROM articles WHERE id = ?').get(id) as {
        title: string;
        word_count: number;
        log_seq: number;
        derived_seq: number;
      };
    const after = harness(dir);
    // Before any read: the list is known to be behind.
    const before = row(after);
    expect(before.derived_seq).toBeLessThan(before.log_seq);
    expect(before.title).toBe('Tiêu đề cũ');
    const listed = (await after.call('drafts.list', {})).items.find((a) => a.id === id)!;
    expect(listed.title).toBe('Tiêu đề cũ mới');
    expect(listed.wordCount).toBe(7); // sapo + body
    const now = row(after);
    expect(now.derived_seq).toBe(now.log_seq);
    // And the search text follows.
    expect((await after.call('drafts.search', { query: 'bảy' })).items.map((i) => i.summary.id)).toEqual([id]);
  });

  it('re-derives stale articles in the background without any read', async () => {
    const h = harness();
    const { id, client } = await article(h, 'Một');
    await h.call('drafts.get', { id });
    client.type('title', ' hai');
    for (const update of client.take()) await h.call('drafts.append', { id, update });
    const after = harness(crashCopy(h));
    const read = () =>
      after.runtime.ctx.db.prepare('SELECT title, derived_seq, log_seq FROM articles WHERE id = ?').get(id) as {
        title: string;
        derived_seq: number;
        log_seq: number;
      };
    for (let i = 0; i < 50 && read().derived_seq < read().log_seq; i++) await new Promise((r) => setTimeout(r, 10));
    expect(read().title).toBe('Một hai');
  });

  it('checks a status change against the document, not the list', async () => {
    const h = harness();
    const { id } = await article(h, 'Bài');
    // The list's copy says "in review"; the document still says "draft".
    h.runtime.ctx.db.prepare("UPDATE articles SET status = 'in_review' WHERE id = ?").run(id);
    h.runtime.ctx.db.prepare('UPDATE articles SET derived_seq = log_seq WHERE id = ?').run(id);
    await expect(h.call('drafts.setStatus', { id, status: 'approved' })).rejects.toMatchObject({ code: 'INVALID_STATUS_CHANGE' });
    await h.call('drafts.setStatus', { id, status: 'in_review' });
    await h.call('drafts.setStatus', { id, status: 'approved' });
    expect((await h.call('drafts.get', { id })).status).toBe('approved');
  });
});
