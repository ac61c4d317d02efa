import type { Database } from 'better-sqlite3';
import type { ArticleKind, ArticleStatus } from '../../../common/article/model';
import { ArticleKind as KindSchema, ArticleStatus as StatusSchema } from '../../../common/article/model';

const KINDS: ReadonlySet<string> = new Set(KindSchema.options);
const STATUSES: ReadonlySet<string> = new Set(StatusSchema.options);

export type DecisionKind = 'approved' | 'returned';

/** What statistics need to know about one article, built from `articles` and its `status_events`. */
export interface ArticleFacts {
  id: string;
  title: string;
  author: string;
  category: string;
  kind: ArticleKind;
  status: ArticleStatus;
  createdAt: string;
  /** Shared with the newsroom hub (or received from it). */
  shared: boolean;
  /** Times the article was sent for review ("gửi duyệt"). */
  sent: string[];
  /** The board's decisions on it, oldest first, with when the article had last been sent (to measure the wait). */
  decisions: Array<{ at: string; kind: DecisionKind; sentAt: string | null }>;
  /** Times it was returned (by a decision or after approval). */
  returns: string[];
  /** When it first went to the portal (submitted or published), if ever. */
  publishedAt: string | null;
}

const PORTAL = new Set(['submitted', 'published']);

/** Every article that is not in the trash, with its status history: the bulk of a report's time. */
export function loadFacts(db: Database): ArticleFacts[] {
  // One row per article, its history folded by SQLite into one string
  // ("from>to@at" joined by ","): far fewer JavaScript values than a row per event.
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.byline, a.category, a.kind, a.status, a.created_at, coalesce(h.shared, 0),
              (SELECT group_concat(coalesce(e.from_status, '') || '>' || e.to_status || '@' || e.at, ',' ORDER BY e.id)
               FROM status_events e WHERE e.article_id = a.id)
       FROM articles a LEFT JOIN hub_links h ON h.article_id = a.id
       WHERE a.trashed_at IS NULL`,
    )
    .raw()
    .all() as Array<[string, string, string, string, string, string, string, number, string | null]>;
  const facts: ArticleFacts[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [id, title, byline, category, kind, status, createdAt, shared, history] = rows[i]!;
    // The byline is stored NFC and trimmed by the drafts service (articleMeta).
    const fact = baseFacts({ id, title, author: byline, category, kind, status, createdAt, shared: shared === 1 });
    if (history) readHistory(fact, history);
    facts[i] = fact;
  }
  return facts;
}

/** Fills sent, decisions, returns and publishedAt from the folded history. */
function readHistory(fact: ArticleFacts, history: string): void {
  const fold = historyFolder(fact);
  for (const event of history.split(',')) {
    const arrow = event.indexOf('>');
    const atSign = event.indexOf('@', arrow);
    fold(event.slice(0, arrow), event.slice(arrow + 1, atSign), event.slice(atSign + 1));
  }
}

/** Adds one status change after another (oldest first) to an article's facts. */
export function historyFolder(fact: ArticleFacts): (from: string, to: string, at: string) => void {
  let lastSent: string | null = null;
  return (from, to, at) => {
    if (to === 'in_review') {
      fact.sent.push(at);
      lastSent = at;
    } else if (from === 'in_review' && (to === 'approved' || to === 'returned')) {
      fact.decisions.push({ at, kind: to, sentAt: lastSent });
    }
    if (to === 'returned') fact.returns.push(at);
    if (fact.publishedAt === null && PORTAL.has(to)) fact.publishedAt = at;
  };
}

/** An article's facts before its history is folded in: unknown kinds and statuses read as the defaults. */
export function baseFacts(row: { id: string; title: string; author: string; category: string; kind: string; status: string; createdAt: string; shared: boolean }): ArticleFacts {
  // One literal with every field in a fixed order: all facts share one object
  // shape, which the figures' loops over 10,000 articles depend on (a spread
  // of `row` then overwritten fields made them 2-3 times slower).
  return {
    id: row.id,
    title: row.title,
    author: row.author,
    category: row.category,
    kind: KINDS.has(row.kind) ? (row.kind as ArticleKind) : 'tin',
    status: STATUSES.has(row.status) ? (row.status as ArticleStatus) : 'draft',
    createdAt: row.createdAt,
    shared: row.shared,
    sent: [],
    decisions: [],
    returns: [],
    publishedAt: null,
  };
}

/** How many status events were reconstructed by the migration (their times are approximate). */
export function backfilledEvents(db: Database): number {
  return (db.prepare(`SELECT count(*) AS n FROM status_events WHERE source = 'backfill'`).get() as { n: number }).n;
}

/**
 * The facts, read again only when the database changed: `total_changes()`
 * counts this connection's writes, `PRAGMA data_version` moves when another
 * connection wrote. Switching between periods then costs only the counting.
 */
export class FactsCache {
  private key = '';
  private facts: ArticleFacts[] = [];

  constructor(private readonly db: Database) {}

  get(): ArticleFacts[] {
    const { changes } = this.db.prepare('SELECT total_changes() AS changes').get() as { changes: number };
    const key = `${changes}:${this.db.pragma('data_version', { simple: true }) as number}`;
    if (key !== this.key) {
      this.facts = loadFacts(this.db);
      this.key = key;
    }
    return this.facts;
  }
}
