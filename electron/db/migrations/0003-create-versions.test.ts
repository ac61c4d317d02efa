import { expect, it } from 'vitest';
import { migratedTo } from './testing';

it('0003 keeps versions per article and removes them with the article', () => {
  const db = migratedTo(3);
  db.prepare("INSERT INTO articles (id, created_at, updated_at) VALUES ('a', 'x', 'x')").run();
  db.prepare("INSERT INTO doc_versions (article_id, kind, created_at, state) VALUES ('a', 'named', 'x', x'00')").run();
  expect(db.prepare('SELECT kind, name, restored_from FROM doc_versions').get()).toEqual({ kind: 'named', name: '', restored_from: null });
  db.prepare("DELETE FROM articles WHERE id = 'a'").run();
  expect(db.prepare('SELECT count(*) AS n FROM doc_versions').get()).toEqual({ n: 0 });
});
