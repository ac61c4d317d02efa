import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from './layout';
import {
  addThread,
  anchorInText,
  deletePost,
  editPost,
  readThreads,
  reply,
  resolveAnchor,
  setResolved,
} from './review-comments';

/**
 * Two or three replicas of one article edit its body concurrently and merge
 * in random order. Every character ever typed is unique, so "the right
 * text" can be checked exactly: a thread's passage, after any edits, holds
 * every surviving character of its original passage, in order, and no
 * character that stood outside the passage when the thread was opened.
 */

type Op =
  | { op: 'insert'; replica: number; para: number; at: number; length: number }
  | { op: 'delete'; replica: number; para: number; at: number; length: number }
  | { op: 'deleteParagraph'; replica: number; para: number }
  | { op: 'comment'; replica: number; para: number; at: number; length: number }
  | { op: 'reply'; replica: number; thread: number }
  | { op: 'resolve'; replica: number; thread: number }
  | { op: 'sync'; from: number; to: number };

const replica = fc.nat(2);
const para = fc.nat(3);
const at = fc.nat(40);
const length = fc.integer({ min: 1, max: 6 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), replica, para, at, length }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), replica, para, at, length }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteParagraph' as const), replica, para }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('comment' as const), replica, para, at, length }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reply' as const), replica, thread: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('resolve' as const), replica, thread: fc.nat(20) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('sync' as const), from: replica, to: replica }) },
);

let nextChar = 0;
/** A character never used before (CJK block: one UTF-16 unit each). */
function freshText(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(0x4e00 + (nextChar++ % 20000));
  return s;
}

function paragraphs(doc: Y.Doc): Y.XmlText[] {
  return doc
    .getXmlFragment(BODY_FRAGMENT)
    .toArray()
    .map((el) => (el as Y.XmlElement).get(0) as Y.XmlText);
}

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

interface Expectation {
  id: string;
  /** The passage's characters when it was opened. */
  quote: string;
  /** Every character of the body, on the replica that opened it, at that time. */
  before: Set<string>;
}

const by = { authorId: 'u1', author: 'Ngọc Diệu', role: 'admin' };

function run(ops: Op[], replicas: number): void {
  nextChar = 0;
  const docs = Array.from({ length: replicas }, () => new Y.Doc());
  const body = docs[0]!.getXmlFragment(BODY_FRAGMENT);
  docs[0]!.transact(() => {
    for (let i = 0; i < 4; i++) {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(freshText(30))]);
      body.insert(i, [p]);
    }
  });
  for (const d of docs.slice(1)) sync(docs[0]!, d);
  const expected: Expectation[] = [];

  for (const o of ops) {
    if (o.op === 'sync') {
      sync(docs[o.from % replicas]!, docs[o.to % replicas]!);
      continue;
    }
    const doc = docs[o.replica % replicas]!;
    if (o.op === 'reply' || o.op === 'resolve') {
      const threads = readThreads(doc);
      const thread = threads[o.thread % Math.max(1, threads.length)];
      if (!thread) continue;
      if (o.op === 'reply') reply(doc, thread.id, 'Đồng ý', by, '2026-01-01T00:00:00Z');
      else setResolved(doc, thread.id, !thread.resolved, by.author);
      continue;
    }
    const paras = paragraphs(doc);
    if (paras.length === 0) continue;
    if (o.op === 'deleteParagraph') {
      if (paras.length > 1) doc.getXmlFragment(BODY_FRAGMENT).delete(o.para % paras.length, 1);
      continue;
    }
    const text = paras[o.para % paras.length]!;
    const len = text.length;
    if (o.op === 'insert') {
      text.insert(Math.min(o.at, len), freshText(o.length));
    } else if (o.op === 'delete') {
      if (len === 0) continue;
      const from = Math.min(o.at, len - 1);
      text.delete(from, Math.min(o.length, len - from));
    } else {
      if (len === 0) continue;
      const from = Math.min(o.at, len - 1);
      const to = Math.min(len, from + o.length);
      const quote = text.toString().slice(from, to);
      const before = new Set([...paragraphs(doc).map((t) => t.toString()).join('')]);
      const id = addThread(doc, { ...anchorInText(text, from, to), quote, text: 'Xem lại', by, at: '2026-01-01T00:00:00Z' });
      expected.push({ id, quote, before });
    }
  }
  // Everyone meets: every replica ends with every change.
  for (let round = 0; round < 2; round++) for (const a of docs) for (const b of docs) if (a !== b) sync(a, b);

  const finalText = (doc: Y.Doc) => paragraphs(doc).map((t) => t.toString()).join('\n');
  for (const doc of docs) expect(finalText(doc)).toBe(finalText(docs[0]!));
  const alive = new Set(finalText(docs[0]!));

  for (const doc of docs) {
    const threads = new Map(readThreads(doc).map((t) => [t.id, t]));
    // None disappears.
    expect([...threads.keys()].sort()).toEqual(expected.map((e) => e.id).sort());
    for (const e of expected) {
      const thread = threads.get(e.id)!;
      expect(thread.quote).toBe(e.quote);
      expect(thread.posts.length).toBeGreaterThanOrEqual(1);
      const start = resolveAnchor(doc, thread.start);
      const end = resolveAnchor(doc, thread.end);
      const surviving = [...e.quote].filter((c) => alive.has(c)).join('');
      const anchored = start !== null && end !== null && start.type === end.type && start.index < end.index;
      if (!anchored) {
        // Orphaned only when nothing of the passage is left.
        expect(surviving).toBe('');
        continue;
      }
      const passage = (start.type as Y.XmlText).toString().slice(start.index, end.index);
      // The passage's own characters, in order, and none that stood outside it.
      expect([...passage].filter((c) => e.before.has(c)).join('')).toBe(surviving);
    }
  }
}

describe('comment anchors under concurrent edits', () => {
  it('every thread stays on its passage or is orphaned; none disappears (2 replicas)', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 60 }), (ops) => run(ops, 2)), { numRuns: 300 });
  });
  it('every thread stays on its passage or is orphaned; none disappears (3 replicas)', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 80 }), (ops) => run(ops, 3)), { numRuns: 300 });
  });
});

describe('comment posts', () => {
  it('only the author edits or deletes a post; the last post takes its thread along', () => {
    const doc = new Y.Doc();
    const p = new Y.XmlElement('paragraph');
    const text = new Y.XmlText('Ủy ban nhân dân xã');
    p.insert(0, [text]);
    doc.getXmlFragment(BODY_FRAGMENT).insert(0, [p]);
    const id = addThread(doc, { ...anchorInText(text, 0, 6), quote: 'Ủy ban', text: 'Viết hoa?', by, at: '2026-01-01T00:00:00Z' });
    const other = { authorId: 'u2', author: 'Chí Tâm', role: 'contributor' };
    const answer = reply(doc, id, 'Đã sửa', other, '2026-01-01T00:01:00Z')!;
    const first = readThreads(doc)[0]!.posts[0]!;
    expect(editPost(doc, id, first.id, 'Sửa lại', other.authorId, 'x')).toBe(false);
    expect(editPost(doc, id, first.id, 'Viết hoa chữ đầu', by.authorId, '2026-01-01T00:02:00Z')).toBe(true);
    expect(readThreads(doc)[0]!.posts.map((x) => x.text)).toEqual(['Viết hoa chữ đầu', 'Đã sửa']);
    expect(deletePost(doc, id, answer, by.authorId)).toBe(false);
    expect(deletePost(doc, id, answer, other.authorId)).toBe(true);
    expect(deletePost(doc, id, first.id, by.authorId)).toBe(true);
    expect(readThreads(doc)).toEqual([]);
  });
});
