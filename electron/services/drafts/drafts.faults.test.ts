import BetterSqlite3 from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../db/backups';
import { DB_FILE } from '../../db/database';
import { ClientDoc, DraftsHarness, textOf } from './testing/harness';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function harness(dir?: string): DraftsHarness {
  const h = new DraftsHarness(dir);
  cleanups.push(() => h.runtime.close().catch(() => undefined));
  return h;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-faults-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Mounts a small tmpfs (root only); null when this machine cannot. */
function mountTmpfs(size = '2m'): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-mnt-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  cleanups.push(() => {
    execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
const probe = mountTmpfs('64k');
const canMount = probe !== null;
if (probe) execFileSync('umount', [probe]);
else console.warn('skipped: the tmpfs / read-only mount tests need root (mount -t tmpfs); this machine cannot mount');
cleanups.length = 0;

async function write(h: DraftsHarness, id: string, client: ClientDoc): Promise<void> {
  for (const update of client.take()) await h.call('drafts.append', { id, update });
}

async function articleWith(h: DraftsHarness, title: string, paragraphs: string[]) {
  const { id } = await h.call('drafts.create', { kind: 'tin' });
  const client = new ClientDoc((await h.call('drafts.open', { id })).state);
  client.type('title', title);
  await write(h, id, client);
  for (const p of paragraphs) {
    client.paragraph('body', p);
    await write(h, id, client);
  }
  return { id, client };
}

/** Flips one byte in the middle of a stored BLOB, as bit rot would: SQLite's own checks still pass. */
function flipByte(dir: string, sql: string, id: number | string): void {
  const db = new BetterSqlite3(join(dir, DB_FILE));
  const [table, column, key] = sql.split(' ') as [string, string, string];
  const row = db.prepare(`SELECT ${column} AS data FROM ${table} WHERE ${key} = ?`).get(id) as { data: Buffer };
  const data = Buffer.from(row.data);
  data[Math.floor(data.length / 2)]! ^= 0x5a;
  db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${key} = ?`).run(data, id);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();
}

function noticesOf(h: DraftsHarness) {
  return h.runtime.ctx.notices.list();
}

describe('damage is found, told and salvaged', () => {
  it('a flipped byte in an update: the article opens with its intact log plus the backup, and a notice names it', async () => {
    const dir = tempDir();
    const first = harness(dir);
    const { id } = await articleWith(first, 'Bài bị hỏng', ['một', 'hai', 'ba']);
    await first.runtime.close(); // the backup at close holds "một hai ba"
    const second = harness(dir);
    const client = new ClientDoc((await second.call('drafts.open', { id })).state);
    for (const p of ['bốn', 'năm', 'sáu']) {
      client.paragraph('body', p);
      await write(second, id, client);
    }
    await second.runtime.close();
    // Only the backups from before "bốn" remain.
    for (const b of listBackups(join(dir, 'backups')).slice(0, 2)) rmSync(b.path);
    const raw = new BetterSqlite3(join(dir, DB_FILE));
    const ids = (raw.prepare('SELECT id FROM doc_updates WHERE article_id = ? ORDER BY id').all(id) as Array<{ id: number }>).map((r) => r.id);
    raw.close();
    flipByte(dir, 'doc_updates data id', ids.at(-2)!); // "năm"

    const third = harness(dir);
    const body = textOf((await third.call('drafts.open', { id })).state);
    expect(body).toContain('bốn');
    expect(body).toContain('ba');
    expect(body).not.toContain('sáu');
    const [notice] = noticesOf(third).filter((n) => n.code === 'DB_ARTICLE_SALVAGED');
    expect(notice).toMatchObject({ detail: 'Bài bị hỏng', params: { lost: 2, fromBackup: 1 } });
    expect(existsSync(String(notice!.params!.kept))).toBe(true);
    // The original, damaged bytes are in the copy kept aside.
    const kept = new BetterSqlite3(String(notice!.params!.kept), { readonly: true });
    expect((kept.prepare('SELECT count(*) AS n FROM doc_updates WHERE article_id = ?').get(id) as { n: number }).n).toBe(ids.length);
    kept.close();
    await third.runtime.close();
    // Repaired for good: the next start opens it whole, without a notice.
    const fourth = harness(dir);
    expect(textOf((await fourth.call('drafts.open', { id })).state)).toBe(body);
    expect(noticesOf(fourth).filter((n) => n.code === 'DB_ARTICLE_SALVAGED')).toEqual([]);
    expect((await fourth.call('drafts.get', { id })).title).toBe('Bài bị hỏng');
  });

  it('a flipped byte in a snapshot: the backup copy brings the article back', async () => {
    const dir = tempDir();
    const first = harness(dir);
    const { id, client } = await articleWith(first, 'Ảnh chụp', ['một', 'hai']);
    const { createDraftsDomain } = await import('./drafts.domain');
    const domain = createDraftsDomain(first.runtime.ctx);
    domain.service.compact(id);
    await domain.close();
    client.paragraph('body', 'ba');
    await write(first, id, client);
    await first.runtime.close();
    flipByte(dir, 'doc_snapshots state article_id', id);
    const second = harness(dir);
    const body = textOf((await second.call('drafts.open', { id })).state);
    expect(body).toBe('<paragraph></paragraph><paragraph>một</paragraph><paragraph>hai</paragraph><paragraph>ba</paragraph>');
    expect(noticesOf(second).map((n) => n.code)).toContain('DB_ARTICLE_SALVAGED');
  });

  it('a flipped byte in a version: that version says it is damaged, the article and other versions are fine', async () => {
    const dir = tempDir();
    const h = harness(dir);
    const { id } = await articleWith(h, 'Phiên bản', ['một']);
    const good = await h.call('drafts.saveVersion', { id, name: 'tốt' });
    const bad = await h.call('drafts.saveVersion', { id, name: 'hỏng' });
    flipByte(dir, 'doc_versions state id', bad.id);
    await expect(h.call('drafts.previewVersion', { id, versionId: bad.id })).rejects.toMatchObject({ code: 'VERSION_DAMAGED' });
    await expect(h.call('drafts.restoreVersion', { id, versionId: bad.id })).rejects.toMatchObject({ code: 'VERSION_DAMAGED' });
    expect((await h.call('drafts.previewVersion', { id, versionId: good.id })).text.body).toBe('một');
    expect(textOf((await h.call('drafts.open', { id })).state)).toContain('một');
  });

  it('never rotates away the last backup in which every article was whole', async () => {
    const dir = tempDir();
    const h = harness(dir);
    const { id } = await articleWith(h, 'Xoay vòng', ['một']);
    await h.runtime.close();
    const raw = new BetterSqlite3(join(dir, DB_FILE));
    const updateId = (raw.prepare('SELECT max(id) AS id FROM doc_updates WHERE article_id = ?').get(id) as { id: number }).id;
    raw.close();
    flipByte(dir, 'doc_updates data id', updateId);
    // Many starts later (each takes backups of the damaged file; without
    // opening the article, nothing repairs it).
    for (let i = 0; i < 7; i++) {
      const again = harness(dir);
      await again.runtime.close();
    }
    const backups = listBackups(join(dir, 'backups'));
    expect(backups.filter((b) => !b.whole).length).toBeGreaterThanOrEqual(5);
    expect(backups.some((b) => b.whole)).toBe(true);
  });
});

describe('a fault is not corruption', () => {
  it('disk full while typing (max_page_count): a disk-full message with the folder; saved once space returns; closing loses nothing', async () => {
    const dir = tempDir();
    const h = harness(dir);
    const { id, client } = await articleWith(h, 'Đầy đĩa', ['một']);
    const db = h.runtime.ctx.db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    client.paragraph('body', 'chữ '.repeat(3000));
    const [update] = client.take();
    await expect(h.call('drafts.append', { id, update: update! })).rejects.toMatchObject({ code: 'DB_DISK_FULL' });
    const full = noticesOf(h).find((n) => n.code === 'DB_DISK_FULL')!;
    expect(full.detail).toBe(dir);
    expect(typeof full.params?.free).toBe('number');
    // Space returns: the window's retry goes through and the notice goes away.
    db.pragma('max_page_count = 1073741823');
    await h.call('drafts.append', { id, update: update! });
    expect(noticesOf(h).find((n) => n.code === 'DB_DISK_FULL')).toBeUndefined();
    // Full again at close: the checkpoint and backup fail quietly, the WAL keeps everything.
    client.paragraph('body', 'cuối');
    await write(h, id, client);
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    await h.runtime.close();
    const after = harness(dir);
    const body = textOf((await after.call('drafts.open', { id })).state);
    expect(body).toContain('chữ chữ');
    expect(body).toContain('cuối');
  });

  it.skipIf(!canMount)('a real full file system: typing fails with DB_DISK_FULL, resumes when space is freed; a start on it opens read-only', async () => {
    const mnt = mountTmpfs('3m')!;
    const dir = join(mnt, 'data');
    const h = harness(dir);
    const { id, client } = await articleWith(h, 'Tmpfs', ['một']);
    await h.runtime.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    const filler = join(mnt, 'filler');
    writeFileSync(filler, Buffer.alloc(0));
    // Fill what is left, but for a few KB.
    const fd = openSync(filler, 'w');
    try {
      for (;;) writeSync(fd, Buffer.alloc(16 * 1024));
    } catch {
      // ENOSPC: full
    } finally {
      closeSync(fd);
    }
    let refused = 0;
    for (let i = 0; i < 40 && refused === 0; i++) {
      client.paragraph('body', `đoạn ${i} ${'dài '.repeat(2000)}`);
      const updates = client.take();
      for (const update of updates) {
        try {
          await h.call('drafts.append', { id, update });
        } catch (error) {
          expect(error).toMatchObject({ code: 'DB_DISK_FULL' });
          refused++;
          client.pending.unshift(Buffer.from(update, 'base64')); // the window keeps it
        }
      }
    }
    expect(refused).toBe(1);
    expect(noticesOf(h).some((n) => n.code === 'DB_DISK_FULL')).toBe(true);
    rmSync(filler);
    await write(h, id, client); // the retry after space returned
    const saved = textOf((await h.call('drafts.open', { id })).state);
    await h.runtime.close();

    // Full before the start: read-only, with a banner; nothing created or moved.
    const fd2 = openSync(filler, 'w');
    try {
      for (;;) writeSync(fd2, Buffer.alloc(4096));
    } catch {
      // full
    } finally {
      closeSync(fd2);
    }
    const before = readdirSync(dir).sort();
    const ro = harness(dir);
    expect(ro.runtime.ctx.readOnly).toBe('disk-full');
    expect(noticesOf(ro).find((n) => n.code === 'DB_READ_ONLY')?.params).toMatchObject({ reason: 'disk-full', dir });
    expect(textOf((await ro.call('drafts.open', { id })).state)).toBe(saved);
    client.paragraph('body', 'không lưu được');
    const [update] = client.take();
    await expect(ro.call('drafts.append', { id, update: update! })).rejects.toMatchObject({ code: 'DB_READ_ONLY' });
    await ro.runtime.close();
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('a checkpoint cut short half-way: SQLite finishes it from the WAL, nothing is moved or lost', async () => {
    const dir = tempDir();
    const h = harness(dir);
    const { id } = await articleWith(h, 'Checkpoint', ['một']);
    await h.runtime.close();
    // A second session writes enough to grow the file, and its WAL is not checkpointed (a crash).
    const live = harness(dir);
    live.runtime.ctx.db.pragma('wal_autocheckpoint = 0');
    const client = new ClientDoc((await live.call('drafts.open', { id })).state);
    for (let i = 0; i < 30; i++) {
      client.paragraph('body', `đoạn ${i} ${'chữ '.repeat(300)}`);
      await write(live, id, client);
    }
    const crashed = tempDir();
    copyFileSync(join(dir, DB_FILE), join(crashed, DB_FILE));
    copyFileSync(join(dir, `${DB_FILE}-wal`), join(crashed, `${DB_FILE}-wal`));
    // What the checkpoint had written when it stopped: the first pages of the checkpointed file.
    const done = tempDir();
    copyFileSync(join(crashed, DB_FILE), join(done, DB_FILE));
    copyFileSync(join(crashed, `${DB_FILE}-wal`), join(done, `${DB_FILE}-wal`));
    const finished = new BetterSqlite3(join(done, DB_FILE));
    finished.pragma('wal_checkpoint(TRUNCATE)');
    finished.close();
    const whole = readFileSync(join(done, DB_FILE));
    const oldSize = statSync(join(crashed, DB_FILE)).size;
    expect(whole.length).toBeGreaterThan(oldSize);
    writeFileSync(join(crashed, DB_FILE), whole.subarray(0, oldSize)); // new header, old length
    const after = harness(crashed);
    expect(noticesOf(after)).toEqual([]);
    expect(existsSync(join(crashed, 'corrupt'))).toBe(false);
    expect(textOf((await after.call('drafts.open', { id })).state)).toContain('đoạn 29');
  });

  it.skipIf(!canMount)('a read-only folder opens read-only with a banner; nothing is created or moved', async () => {
    const mnt = mountTmpfs('4m')!;
    const dir = join(mnt, 'data');
    const h = harness(dir);
    await articleWith(h, 'Chỉ đọc', ['một']);
    await h.runtime.close();
    execFileSync('mount', ['-o', 'remount,ro', mnt]);
    const before = readdirSync(dir).sort();
    const ro = harness(dir);
    expect(ro.runtime.ctx.readOnly).toBe('folder');
    expect(noticesOf(ro).map((n) => n.code)).toEqual(['DB_READ_ONLY']);
    expect((await ro.call('drafts.list', {})).items.map((a) => a.title)).toEqual(['Chỉ đọc']);
    await expect(ro.call('drafts.create', { kind: 'tin' })).rejects.toMatchObject({ code: 'DB_READ_ONLY' });
    await ro.runtime.close();
    expect(readdirSync(dir).sort()).toEqual(before);
    execFileSync('mount', ['-o', 'remount,rw', mnt]);
  });

  it.skipIf(!canMount)('a read-only database file opens read-only with a banner', async () => {
    const dir = tempDir();
    const h = harness(dir);
    await articleWith(h, 'Tệp chỉ đọc', ['một']);
    await h.runtime.close();
    const file = join(dir, DB_FILE);
    execFileSync('mount', ['--bind', file, file]);
    cleanups.push(() => execFileSync('umount', [file]));
    execFileSync('mount', ['-o', 'remount,ro,bind', file]);
    const ro = harness(dir);
    expect(ro.runtime.ctx.readOnly).toBe('file');
    expect(noticesOf(ro).find((n) => n.code === 'DB_READ_ONLY')?.params?.reason).toBe('file');
    expect((await ro.call('drafts.list', {})).items.map((a) => a.title)).toEqual(['Tệp chỉ đọc']);
    await ro.runtime.close();
  });

  it('a corrupt database with no backup: what still reads is salvaged into a new one, and the count is told', async () => {
    const dir = tempDir();
    const h = harness(dir);
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await articleWith(h, `Bài ${i}`, [`nội dung ${i}`]));
    await h.runtime.close();
    rmSync(join(dir, 'backups'), { recursive: true });
    const raw = new BetterSqlite3(join(dir, DB_FILE));
    const root = (raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'articles_by_title'").get() as { rootpage: number }).rootpage;
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    const fd = openSync(join(dir, DB_FILE), 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
    closeSync(fd);

    const after = harness(dir);
    const notice = noticesOf(after).find((n) => n.code === 'DB_SALVAGED')!;
    expect(notice.params).toMatchObject({ salvaged: 3 });
    expect(existsSync(notice.detail)).toBe(true);
    for (const { id } of made) expect(textOf((await after.call('drafts.open', { id })).state)).toContain('nội dung');
    expect((await after.call('drafts.list', {})).items.map((a) => a.title).sort()).toEqual(['Bài 0', 'Bài 1', 'Bài 2']);
    expect(after.runtime.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
