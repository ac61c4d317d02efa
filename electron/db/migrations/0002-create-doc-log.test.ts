import { expect, it } from 'vitest';
import { migratedTo } from './testing';

it('0002 stores updates and a snapshot per article, removed with the article', () => {
  const db = migratedTo(2);
  db.prepare("INSERT INTO articles (id, created_at, updated_at) VALUES ('a', 'x', 'x')").run();
  db.prepare("INSERT INTO doc_updates (article_id, data) VALUES ('a', x'0102')").run();
  db.prepare("INSERT INTO doc_snapshots (article_id, state, compacted_at) VALUES ('a', x'03', 'x')").run();
  expect(() => db.prepare("INSERT INTO doc_updates (article_id, data) VALUES ('nobody', x'01')").run()).toThrow(/FOREIGN KEY/);
  db.prepare("DELETE FROM articles WHERE id = 'a'").run();
  expect(db.prepare('SELECT count(*) AS n FROM doc_updates').get()).toEqual({ n: 0 });
  expect(db.prepare('SELECT count(*) AS n FROM doc_snapshots').get()).toEqual({ n: 0 });
});
