import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ArticleSummary } from '../../../common/api/drafts.api';
import { assign } from '../../../common/article/review-assignment';
import { addThread, reply } from '../../../common/article/review-comments';
import { reviewLog } from '../../../common/article/review-log';
import { readInboxArticle, sortInbox, waitedFor } from './review-inbox';
import { newsFor, seenOf } from './review-notifications';

const author = { id: 'hub:3', name: 'Ngọc Diệu', role: 'contributor' };
const board = { id: 'hub:7', name: 'Lê Văn Duyệt', role: 'reviewer' };

function summary(id: string, status: ArticleSummary['status'], updatedAt = '2026-12-04T08:00:00.000Z'): ArticleSummary {
  return {
    id,
    title: `Bài ${id}`,
    sapo: '',
    byline: 'Ngọc Diệu',
    category: 'Kinh tế',
    kind: 'tin',
    status,
    wordCount: 300,
    createdAt: updatedAt,
    updatedAt,
    trashedAt: null,
  };
}

function sentAt(doc: Y.Doc, at: string) {
  reviewLog(doc).push([{ kind: 'sent', by: author.name, role: author.role, at, note: '', versionId: null }]);
}

const post = (who: typeof author) => ({ authorId: who.id, author: who.name, role: who.role });

describe('review inbox', () => {
  it('lists the queue oldest first, with open threads, assignment and replies waiting', () => {
    const older = new Y.Doc();
    sentAt(older, '2026-12-01T08:00:00.000Z');
    const thread = addThread(older, { start: null, end: null, quote: 'x', text: 'Sửa số liệu', by: post(board), at: '2026-12-01T09:00:00.000Z' });
    addThread(older, { start: null, end: null, quote: 'y', text: 'Ảnh mờ', by: post(board), at: '2026-12-01T09:01:00.000Z' });
    const newer = new Y.Doc();
    sentAt(newer, '2026-12-03T08:00:00.000Z');
    assign(newer, { toId: board.id, to: board.name, by: board.name, at: '2026-12-03T09:00:00.000Z' });
    const returned = new Y.Doc();

    const rows = [
      readInboxArticle(summary('b', 'in_review'), newer, board),
      readInboxArticle(summary('a', 'in_review'), older, board),
      readInboxArticle(summary('c', 'returned'), returned, board),
    ];
    const inbox = sortInbox(rows, board);
    expect(inbox.queue.map((a) => a.summary.id)).toEqual(['a', 'b']);
    expect(inbox.queue.map((a) => a.openThreads)).toEqual([2, 0]);
    expect(inbox.assignedToMe.map((a) => a.summary.id)).toEqual(['b']);
    // The board's own comments wait for the author, not for the board.
    expect(inbox.repliesForMe).toEqual([]);

    // For the author: both comments wait for a reply; once replied, one does.
    const forAuthor = readInboxArticle(summary('a', 'in_review'), older, author);
    expect(forAuthor.awaitingMyReply).toBe(2);
    reply(older, thread, 'Đã sửa', post(author), '2026-12-01T10:00:00.000Z');
    expect(readInboxArticle(summary('a', 'in_review'), older, author).awaitingMyReply).toBe(1);
    expect(sortInbox([readInboxArticle(summary('c', 'returned'), returned, author)], author).returnedToMe).toHaveLength(1);
  });

  it('says how long an article has waited', () => {
    const now = Date.parse('2026-12-04T12:00:00.000Z');
    expect(waitedFor('2026-12-04T11:35:00.000Z', now)).toEqual({ value: 25, unit: 'minute' });
    expect(waitedFor('2026-12-04T02:00:00.000Z', now)).toEqual({ value: 10, unit: 'hour' });
    expect(waitedFor('2026-12-01T12:00:00.000Z', now)).toEqual({ value: 3, unit: 'day' });
  });
});

describe('review notifications', () => {
  it('tells the author about comments, returns and approvals by others, and the board member about an assignment', () => {
    const doc = new Y.Doc();
    const before = seenOf(doc);
    addThread(doc, { start: null, end: null, quote: 'x', text: 'Sửa số liệu', by: post(board), at: '2026-12-04T09:00:00.000Z' });
    reviewLog(doc).push([{ kind: 'returned', by: board.name, role: board.role, at: '2026-12-04T09:05:00.000Z', note: 'Sửa', versionId: 1 }]);
    assign(doc, { toId: board.id, to: board.name, by: 'Trưởng ban', at: '2026-12-04T09:06:00.000Z' });
    const s = summary('a', 'returned');
    expect(newsFor(author, s, doc, before).map((n) => n.kind)).toEqual(['commented', 'returned']);
    expect(newsFor(board, s, doc, before).map((n) => n.kind)).toEqual(['assigned']);
    // Nothing new once seen.
    expect(newsFor(author, s, doc, seenOf(doc))).toEqual([]);
  });
});
