import type { Database } from 'better-sqlite3';
import { defaultCategories } from '../../common/article/categories';
import type { ArticleKind, ArticleStatus } from '../../common/article/model';
import { rng } from '../fuzz/generate';

/**
 * A made-up newsroom for tests and the benchmark: articles written over three
 * years, each with a plausible history (sent, returned, resent, approved,
 * sent to the portal), written straight into `articles` and `status_events`.
 * The plan is returned too, so a test can count from it without going
 * through the code under test. Deterministic for a given seed.
 */

export interface PlannedEvent {
  from: ArticleStatus | null;
  to: ArticleStatus;
  at: string;
}

export interface PlannedArticle {
  id: string;
  title: string;
  author: string;
  category: string;
  kind: ArticleKind;
  createdAt: string;
  shared: boolean;
  events: PlannedEvent[];
  status: ArticleStatus;
}

export interface NewsroomOptions {
  articles?: number;
  /** First instant articles are written (UTC ms). */
  start?: number;
  /** Length of the span, in days. */
  days?: number;
  seed?: number;
  /** A category that is no longer in Settings' list. */
  deletedCategory?: string;
}

export const AUTHORS = [
  'Ngọc Diệu', 'Chí Tâm', 'Minh Khôi', 'Thu Hà', 'Quốc Bảo', 'Lan Anh', 'Đức Thắng', 'Hồng Nhung', 'Văn Sơn', 'Thanh Tùng',
  'Mỹ Linh', 'Hoàng Nam', 'Phương Thảo', 'Bá Lộc', 'Kim Oanh', 'Trọng Hiếu', 'Ánh Tuyết', 'Gia Huy', 'Diệu Linh', 'Xuân Trường',
];
const KINDS: ArticleKind[] = ['tin', 'tin', 'tin', 'tin', 'bai', 'bai', 'phong_su', 'anh', 'video', 'do_hoa'];
const HOUR = 3_600_000;

export function planNewsroom(options: NewsroomOptions = {}): PlannedArticle[] {
  const count = options.articles ?? 10_000;
  const start = options.start ?? Date.UTC(2021, 6, 1) - 7 * HOUR;
  const span = (options.days ?? 3 * 365) * 24 * HOUR;
  const rnd = rng(options.seed ?? 18);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  // Thin categories on purpose: the last four are written rarely.
  const categories = [...defaultCategories, ...(options.deletedCategory ? [options.deletedCategory] : [])];
  const weights = categories.map((c, i) => (c === options.deletedCategory ? 0.3 : i >= 4 && i <= 7 ? 0.25 : 1));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const category = () => {
    let r = rnd() * totalWeight;
    for (let i = 0; i < categories.length; i++) if ((r -= weights[i]!) < 0) return categories[i]!;
    return categories[0]!;
  };
  const plan: PlannedArticle[] = [];
  for (let i = 0; i < count; i++) {
    let t = start + Math.floor(rnd() * span);
    const createdAt = new Date(t).toISOString();
    const events: PlannedEvent[] = [{ from: null, to: 'draft', at: createdAt }];
    let status = 'draft' as ArticleStatus;
    const go = (to: ArticleStatus, afterMs: number) => {
      t += Math.max(60_000, Math.floor(afterMs));
      events.push({ from: status, to, at: new Date(t).toISOString() });
      status = to;
    };
    if (rnd() > 0.08) {
      go('in_review', rnd() * 96 * HOUR);
      for (let round = 0; round < 4 && status === 'in_review'; round++) {
        if (rnd() < 0.04) break; // still waiting for the board
        if (rnd() < (round === 0 ? 0.72 : 0.85)) go('approved', 1 * HOUR + rnd() * 72 * HOUR);
        else {
          go('returned', 1 * HOUR + rnd() * 72 * HOUR);
          if (rnd() < 0.9) go('in_review', 2 * HOUR + rnd() * 96 * HOUR);
        }
      }
      if (status === 'approved' && rnd() < 0.9) {
        go('submitted', rnd() * 48 * HOUR);
        if (rnd() < 0.6) go('published', rnd() * 24 * HOUR);
        if (rnd() < 0.02) go('returned', rnd() * 72 * HOUR); // taken back after it went out
      }
    }
    plan.push({
      id: `gen-${String(i).padStart(5, '0')}`,
      title: `Bài thử số ${i + 1}`,
      author: pick(AUTHORS),
      category: category(),
      kind: pick(KINDS),
      createdAt,
      shared: rnd() < 0.2,
      events,
      status,
    });
  }
  return plan;
}

/** Writes the plan into a migrated database, in one transaction. */
export function writeNewsroom(db: Database, plan: readonly PlannedArticle[]): void {
  const article = db.prepare(
    `INSERT INTO articles (id, title, title_key, byline, category, kind, status, created_at, updated_at, log_seq, derived_seq)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)`,
  );
  const clear = db.prepare('DELETE FROM status_events WHERE article_id = ?');
  const event = db.prepare('INSERT INTO status_events (article_id, from_status, to_status, at) VALUES (?, ?, ?, ?)');
  const link = db.prepare(`INSERT INTO hub_links (article_id, author_name, shared, access, pending) VALUES (?, ?, 1, 'write', 0)`);
  db.transaction(() => {
    for (const a of plan) {
      article.run(a.id, a.title, a.title.toLowerCase(), a.author, a.category, a.kind, a.status, a.createdAt, a.events.at(-1)!.at);
      clear.run(a.id); // the insert trigger's event: replaced by the planned history
      for (const e of a.events) event.run(a.id, e.from, e.to, e.at);
      if (a.shared) link.run(a.id, a.author);
    }
  })();
}
