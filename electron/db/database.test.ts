import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, truncateSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE, openDatabase } from './database';
import { listBackups } from './backups';
import { migrations } from './migrations/index';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function notices() {
  const raised: Array<{ code: string; detail: string }> = [];
  return { raised, raise: (code: string, detail: string) => raised.push({ code, detail }) };
}

/** A data folder whose database holds `rows` articles and one startup backup. */
async function seeded(rows: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-db-'));
  dirs.push(dir);
  const first = openDatabase(dir, notices());
  const insert = first.db.prepare('INSERT INTO articles (id, title, created_at, updated_at, body_text) VALUES (?, ?, ?, ?, ?)');
  first.db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`a${i}`, `Bài ${i}`, 'x', 'x', 'nội dung '.repeat(200));
  })();
  first.close();
  // A second start takes a backup that includes the rows.
  const second = openDatabase(dir, notices());
  await second.whenIdle();
  second.close();
  return dir;
}

function count(dir: string): number {
  const db = new BetterSqlite3(join(dir, DB_FILE));
  try {
    return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('openDatabase', () => {
  it('creates a migrated WAL database with synchronous FULL, a startup backup and one at close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toasoan-db-'));
    dirs.push(dir);
    const n = notices();
    const opened = openDatabase(dir, n);
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(opened.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(4);
    await opened.whenIdle();
    opened.close();
    const backups = listBackups(join(dir, 'backups'));
    expect(backups.length).toBe(2);
    expect(backups.map((b) => b.whole)).toEqual([true, true]);
    expect(n.raised).toEqual([]);
  });

  it('keeps only the newest few rotating backups', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toasoan-db-'));
    dirs.push(dir);
    for (let i = 0; i < 8; i++) {
      const opened = openDatabase(dir, notices(), { keepBackups: 3 });
      await opened.whenIdle();
      opened.close();
    }
    expect(listBackups(join(dir, 'backups')).length).toBe(3);
  });

  it('restores the newest good backup when the file is truncated, and says so', async () => {
    const dir = await seeded(300);
    const path = join(dir, DB_FILE);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const n = notices();
    const opened = openDatabase(dir, n);
    opened.close();
    expect(n.raised.map((r) => r.code)).toEqual(['DB_RESTORED']);
    expect(count(dir)).toBe(300);
    expect(readdirSync(join(dir, 'corrupt')).length).toBeGreaterThan(0);
  });

  it('restores the newest good backup when pages are overwritten with garbage', async () => {
    const dir = await seeded(300);
    const path = join(dir, DB_FILE);
    const fd = openSync(path, 'r+');
    const garbage = Buffer.alloc(4096 * 3, 0xa5);
    writeSync(fd, garbage, 0, garbage.length, 4096 * 2);
    closeSync(fd);
    const n = notices();
    openDatabase(dir, n).close();
    expect(n.raised.map((r) => r.code)).toEqual(['DB_RESTORED']);
    expect(count(dir)).toBe(300);
  });

  it('skips an unreadable backup and takes the next one', async () => {
    const dir = await seeded(10);
    const again = openDatabase(dir, notices());
    await again.whenIdle();
    again.close();
    const [newest] = listBackups(join(dir, 'backups'));
    truncateSync(newest!.path, 100);
    truncateSync(join(dir, DB_FILE), 0);
    const n = notices();
    openDatabase(dir, n).close();
    expect(n.raised.map((r) => r.code)).toEqual(['DB_RESTORED']);
    expect(count(dir)).toBe(10);
  });

  it('creates a fresh database when no backup is readable, keeping the corrupt file', async () => {
    const dir = await seeded(5);
    rmSync(join(dir, 'backups'), { recursive: true });
    const fd = openSync(join(dir, DB_FILE), 'r+');
    writeSync(fd, Buffer.from('garbage garbage garbage'), 0, 23, 0);
    closeSync(fd);
    const n = notices();
    const opened = openDatabase(dir, n);
    expect(n.raised.map((r) => r.code)).toEqual(['DB_RECREATED']);
    expect(existsSync(n.raised[0]!.detail)).toBe(true);
    expect((opened.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(0);
    opened.close();
  });

  it('copies the database aside before running a new migration', async () => {
    const dir = await seeded(1);
    const extra = { version: 1000, name: 'extra', up: (db: BetterSqlite3.Database) => db.exec('CREATE TABLE extra (x)') };
    openDatabase(dir, notices(), { migrations: [...migrations, extra] }).close();
    expect(readdirSync(join(dir, 'backups')).some((f) => f.includes('pre-migration-v'))).toBe(true);
  });

  it('abandons a background backup cut short by closing, leaving no half file that looks whole', async () => {
    const dir = await seeded(2000);
    const before = listBackups(join(dir, 'backups')).length;
    const opened = openDatabase(dir, notices(), { keepBackups: 50 });
    opened.close(); // the startup backup has had no time to finish
    await new Promise((resolve) => setTimeout(resolve, 200));
    const files = readdirSync(join(dir, 'backups'));
    expect(files.filter((f) => f.endsWith('.partial'))).toEqual([]);
    for (const backup of listBackups(join(dir, 'backups'))) expect(statSync(backup.path).size).toBeGreaterThan(4096);
    expect(listBackups(join(dir, 'backups')).length).toBeGreaterThanOrEqual(before);
  });
});
