import * as Y from 'yjs';
import type { ArticleSummary } from '../../../common/api/drafts.api';
import { fromBase64 } from '../../../common/api/base64';
import { ASSIGNMENT_MAP, readAssignment } from '../../../common/article/review-assignment';
import { commentsMap, readThreads } from '../../../common/article/review-comments';
import { decisions, reviewLog } from '../../../common/article/review-log';
import type { Reviewer } from '../../../common/article/review-rights';
import { call, onEvent } from '../../services/client';
import { LiveValue } from '../editor/live-value';
import { openArticles } from '../editor/open-articles';
import { vi } from '../../i18n/vi';

const t = vi.review.notifications;

export interface ReviewNotice {
  id: string;
  articleId: string;
  kind: 'commented' | 'returned' | 'approved' | 'assigned';
  text: string;
  at: string;
  read: boolean;
}

/** What was last seen of an article, to tell what is new. */
export interface Seen {
  posts: Set<string>;
  decisions: number;
  assignedTo: string | null;
}

export function seenOf(doc: Y.Doc): Seen {
  const posts = new Set<string>();
  for (const thread of readThreads(doc)) for (const post of thread.posts) posts.add(post.id);
  return { posts, decisions: decisions(doc).length, assignedTo: readAssignment(doc)?.toId ?? null };
}

/**
 * What happened to an article since `before`, for me: a comment by someone
 * else on my article or in a thread I am in, my article returned or
 * approved, the article assigned to me. Nothing I did myself.
 */
export function newsFor(me: Reviewer, summary: ArticleSummary, doc: Y.Doc, before: Seen): Omit<ReviewNotice, 'id' | 'read'>[] {
  const title = summary.title || vi.drafts.untitled;
  const isMe = (id: string, name: string) => id === me.id || name === me.name;
  const mineArticle = me.id.startsWith('local:') || summary.byline.includes(me.name);
  const out: Omit<ReviewNotice, 'id' | 'read'>[] = [];
  for (const thread of readThreads(doc)) {
    const involved = mineArticle || thread.posts.some((p) => isMe(p.authorId, p.author));
    for (const post of thread.posts) {
      if (before.posts.has(post.id) || isMe(post.authorId, post.author) || !involved) continue;
      out.push({ articleId: summary.id, kind: 'commented', text: t.commented(post.author, title), at: post.createdAt });
    }
  }
  const log = decisions(doc);
  for (const decision of log.slice(before.decisions)) {
    if (decision.by === me.name || !mineArticle) continue;
    if (decision.kind === 'returned') out.push({ articleId: summary.id, kind: 'returned', text: t.returned(decision.by, title), at: decision.at });
    if (decision.kind === 'approved') out.push({ articleId: summary.id, kind: 'approved', text: t.approved(decision.by, title), at: decision.at });
  }
  const assignment = readAssignment(doc);
  if (assignment && assignment.toId !== before.assignedTo && assignment.toId === me.id && assignment.by !== me.name) {
    out.push({ articleId: summary.id, kind: 'assigned', text: t.assigned(assignment.by, title), at: assignment.at });
  }
  return out;
}

/**
 * The window's review notifications: watches article changes, keeps a list
 * (shown in "Việc của tôi" with a count in the sidebar) and shows a system
 * notification through the desktop's Notification API when it exists.
 *
 * An article open in this window's editor is not re-read after its saves
 * (that decoded the whole article 1.5 s after every typing pause): its live
 * document's review parts (comments, decisions log, assignment) are observed,
 * and only a change to them is checked, read from that document. Other
 * people's changes reach the live document as they are committed.
 */
export class ReviewNotifications {
  readonly list = new LiveValue<ReviewNotice[]>([]);
  private readonly seen = new Map<string, Seen>();
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stop: (() => void) | null = null;
  private stopOpen: (() => void) | null = null;
  /** Articles open in the editor: their live document and how to stop observing it. */
  private readonly live = new Map<string, { doc: Y.Doc; off: () => void }>();
  private counter = 0;

  constructor(private readonly me: () => Reviewer | null) {}

  async start(): Promise<void> {
    this.stop = onEvent('drafts.changed', (event) => {
      // An open article's review parts are observed in its live document.
      if (!event.summary || this.live.has(event.id)) return;
      this.schedule(event.id);
    });
    this.stopOpen = openArticles.watch((id, doc) => (doc ? this.attach(id, doc) : this.detach(id)));
    // What exists now is not news.
    const all = await call('drafts.list', { view: 'active', sort: 'updated', limit: 200, offset: 0 }).catch(() => ({ items: [] }));
    for (const summary of all.items) {
      if (this.seen.has(summary.id)) continue;
      const doc = await this.read(summary.id);
      if (doc) this.seen.set(summary.id, seenOf(doc));
      doc?.destroy();
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.stop?.();
    this.stopOpen?.();
    for (const id of [...this.live.keys()]) this.detach(id);
  }

  private schedule(id: string): void {
    this.pending.add(id);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), 1500);
  }

  private attach(id: string, doc: Y.Doc): void {
    this.detach(id);
    const changed = () => this.schedule(id);
    const comments = commentsMap(doc);
    const log = reviewLog(doc);
    const assignment = doc.getMap<unknown>(ASSIGNMENT_MAP);
    comments.observeDeep(changed);
    log.observeDeep(changed);
    assignment.observeDeep(changed);
    const off = () => {
      comments.unobserveDeep(changed);
      log.unobserveDeep(changed);
      assignment.unobserveDeep(changed);
    };
    this.live.set(id, { doc, off });
  }

  /** The article left the editor: a change still pending is read from storage. */
  private detach(id: string): void {
    this.live.get(id)?.off();
    this.live.delete(id);
  }

  markRead(): void {
    if (this.list.get().some((n) => !n.read)) this.list.set(this.list.get().map((n) => ({ ...n, read: true })));
  }

  private async read(id: string): Promise<Y.Doc | null> {
    try {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, fromBase64((await call('drafts.open', { id })).state));
      return doc;
    } catch {
      return null;
    }
  }

  private async check(): Promise<void> {
    const ids = [...this.pending];
    this.pending.clear();
    const me = this.me();
    for (const id of ids) {
      const live = this.live.get(id)?.doc;
      const [doc, summary] = await Promise.all([live ?? this.read(id), call('drafts.get', { id }).catch(() => null)]);
      if (!doc || !summary) {
        if (!live) doc?.destroy();
        continue;
      }
      // An article not seen at start is new: all of it is news.
      const before = this.seen.get(id) ?? { posts: new Set<string>(), decisions: 0, assignedTo: null };
      this.seen.set(id, seenOf(doc));
      if (me) for (const news of newsFor(me, summary, doc, before)) this.add(news);
      if (!live) doc.destroy();
    }
  }

  private add(news: Omit<ReviewNotice, 'id' | 'read'>): void {
    this.counter += 1;
    this.list.set([{ ...news, id: `n${this.counter}`, read: false }, ...this.list.get()].slice(0, 100));
    const Desktop = (globalThis as { Notification?: typeof Notification }).Notification;
    if (!Desktop) return;
    try {
      if (Desktop.permission === 'granted') new Desktop(t.systemTitle, { body: news.text });
      else if (Desktop.permission === 'default') void Desktop.requestPermission();
    } catch {
      // A window without system notifications still has the list.
    }
  }
}
