import BetterSqlite3 from 'better-sqlite3';
import { expect, it } from 'vitest';
import { runMigrations, schemaVersion } from './migrate';
import type { Migration } from './migration';
import { migrations } from './migrations/index';

it('the migration list is sorted, unique and inside the drafts (1-9), outbox (10-19) and hub links (20-29), statistics (30-39) and channels (50-59) ranges', () => {
  const versions = migrations.map((m) => m.version);
  expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  expect(versions.every((v) => (v >= 1 && v <= 39) || (v >= 50 && v <= 59))).toBe(true);
});

it('applies only newer migrations, each in its own transaction, and records user_version', () => {
  const db = new BetterSqlite3(':memory:');
  const steps: Migration[] = [
    { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE one (x)') },
    { version: 2, name: 'two', up: (d) => d.exec('CREATE TABLE two (x)') },
  ];
  expect(runMigrations(db, steps)).toEqual([1, 2]);
  expect(runMigrations(db, steps)).toEqual([]);
  const broken: Migration = {
    version: 3,
    name: 'broken',
    up: (d) => {
      d.exec('CREATE TABLE three (x)');
      throw new Error('boom');
    },
  };
  expect(() => runMigrations(db, [...steps, broken])).toThrow('boom');
  expect(schemaVersion(db)).toBe(2);
  expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'three'").get()).toEqual({ n: 0 });
});
