import * as Y from 'yjs';
import type { ArticleSummary } from '../../../common/api/drafts.api';
import { fromBase64, toBase64 } from '../../../common/api/base64';
import { assign, readAssignment, type Assignment } from '../../../common/article/review-assignment';
import { readThreads } from '../../../common/article/review-comments';
import { decisions, type Decision } from '../../../common/article/review-log';
import type { Reviewer } from '../../../common/article/review-rights';
import { call } from '../../services/client';

/**
 * The review queue and "Việc của tôi", from the articles themselves: the
 * decisions, threads and assignment live in each article's Y.Doc, so this
 * reads the same alone and through the hub (where the hub's articles are
 * mirrored into the local drafts).
 */
export interface InboxArticle {
  summary: ArticleSummary;
  /** When it was last sent for review (the last "sent" decision), else its last change. */
  waitingSince: string;
  openThreads: number;
  assignment: Assignment | null;
  lastDecision: Decision | null;
  /** Open threads whose last post is someone else's, on an article I wrote or in a thread I took part in. */
  awaitingMyReply: number;
}

export interface Inbox {
  queue: InboxArticle[];
  returnedToMe: InboxArticle[];
  assignedToMe: InboxArticle[];
  repliesForMe: InboxArticle[];
}

/** What the inbox needs from one article's document. */
export function readInboxArticle(summary: ArticleSummary, doc: Y.Doc, me: Reviewer | null): InboxArticle {
  const log = decisions(doc);
  const sent = [...log].reverse().find((d) => d.kind === 'sent');
  const threads = readThreads(doc).filter((t) => !t.resolved);
  const mine = (authorId: string, author: string) => !!me && (authorId === me.id || author === me.name);
  const myArticle = !!me && summary.byline.includes(me.name);
  const awaitingMyReply = threads.filter((t) => {
    const last = t.posts.at(-1);
    if (!last || mine(last.authorId, last.author)) return false;
    return myArticle || t.posts.some((p) => mine(p.authorId, p.author));
  }).length;
  return {
    summary,
    waitingSince: sent?.at ?? summary.updatedAt,
    openThreads: threads.length,
    assignment: readAssignment(doc),
    lastDecision: log.at(-1) ?? null,
    awaitingMyReply,
  };
}

export function sortInbox(articles: InboxArticle[], me: Reviewer | null): Inbox {
  const oldestFirst = (a: InboxArticle, b: InboxArticle) => a.waitingSince.localeCompare(b.waitingSince);
  const isMe = (id: string | undefined, name: string | undefined) => !!me && (id === me.id || name === me.name);
  const queue = articles.filter((a) => a.summary.status === 'in_review').sort(oldestFirst);
  return {
    queue,
    // Alone, every article is the local user's; with the hub, the ones whose byline names me.
    returnedToMe: articles.filter(
      (a) => a.summary.status === 'returned' && !!me && (me.id.startsWith('local:') || a.summary.byline.includes(me.name)),
    ),
    assignedToMe: queue.filter((a) => a.assignment && isMe(a.assignment.toId, a.assignment.to)),
    repliesForMe: articles.filter((a) => a.awaitingMyReply > 0),
  };
}

/** Loads the articles in review or returned (the only ones the inbox shows) and reads their documents. */
export async function loadInbox(me: Reviewer | null): Promise<Inbox> {
  const [inReview, returned] = await Promise.all([
    call('drafts.list', { view: 'active', status: 'in_review', sort: 'updated', limit: 1000, offset: 0 }),
    call('drafts.list', { view: 'active', status: 'returned', sort: 'updated', limit: 1000, offset: 0 }),
  ]);
  const articles = await Promise.all(
    [...inReview.items, ...returned.items].map(async (summary) => {
      const doc = new Y.Doc();
      try {
        Y.applyUpdate(doc, fromBase64((await call('drafts.open', { id: summary.id })).state));
        return readInboxArticle(summary, doc, me);
      } finally {
        doc.destroy();
      }
    }),
  );
  return sortInbox(articles, me);
}

/** How long an article has waited, in Vietnamese units: "3 giờ", "2 ngày". */
export function waitedFor(since: string, now: number = Date.now()): { value: number; unit: 'minute' | 'hour' | 'day' } {
  const minutes = Math.max(0, Math.floor((now - new Date(since).getTime()) / 60_000));
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  if (minutes < 48 * 60) return { value: Math.floor(minutes / 60), unit: 'hour' };
  return { value: Math.floor(minutes / 1440), unit: 'day' };
}

/** Assigns an article to a board member (or clears it), as a change of the article's document. */
export async function setAssignment(articleId: string, value: Assignment | null): Promise<void> {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, fromBase64((await call('drafts.open', { id: articleId })).state));
    const before = Y.encodeStateVector(doc);
    assign(doc, value);
    await call('drafts.append', { id: articleId, update: toBase64(Y.encodeStateAsUpdate(doc, before)) });
  } finally {
    doc.destroy();
  }
}
