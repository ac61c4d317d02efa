import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun, type ICommentOptions, type ParagraphChild } from 'docx';
import * as Y from 'yjs';
import { readThreads, resolveAnchor, resolveNodeAnchor, type Thread } from '../../../../common/article/review-comments';

interface Boundary {
  index: number;
  start: boolean;
  /** The thread's Word comment ids: the first comment, then its replies. */
  ids: number[];
}

/**
 * The article's comment threads as real Word comments: each thread's first
 * comment and its replies (threaded with parentId, resolved kept), anchored
 * on the passage's current place. Orphaned threads have no place in the text
 * and are left out of the Word file.
 */
export class DocxComments {
  readonly comments: ICommentOptions[] = [];
  private readonly boundaries = new Map<Y.XmlText, Boundary[]>();
  /** Threads on a whole node (a video, a gallery, an infographic): their comment ids, by element. */
  private readonly nodes = new Map<Y.XmlElement, number[][]>();
  private next = 0;

  constructor(doc: Y.Doc) {
    for (const thread of readThreads(doc)) {
      if (thread.posts.length === 0) continue;
      const element = resolveNodeAnchor(doc, thread.start, thread.end);
      if (element) {
        this.nodes.set(element, [...(this.nodes.get(element) ?? []), this.addComments(thread)]);
        continue;
      }
      const start = resolveAnchor(doc, thread.start);
      const end = resolveAnchor(doc, thread.end);
      if (!start || !end || !(start.type instanceof Y.XmlText) || !(end.type instanceof Y.XmlText)) continue;
      if (start.type === end.type && start.index >= end.index) continue;
      const ids = this.addComments(thread);
      this.add(start.type, { index: start.index, start: true, ids });
      this.add(end.type, { index: end.index, start: false, ids });
    }
  }

  /** The thread's first comment and its replies; their ids. */
  private addComments(thread: Thread): number[] {
    const ids = thread.posts.map(() => this.next++);
      thread.posts.forEach((post, i) =>
        this.comments.push({
          id: ids[i]!,
          author: post.author,
          initials: initials(post.author),
          date: new Date(post.createdAt),
          parentId: i === 0 ? undefined : ids[0],
          resolved: thread.resolved || undefined,
          children: post.text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
        }),
      );
    return ids;
  }

  /**
   * Word's range marks around a whole node commented on: `before` opens the
   * comments at the start of its first paragraph (the poster, the first
   * photo), `after` closes them with their references at the end of its last
   * (the caption line); null when no thread is on it.
   */
  around(element: Y.XmlElement): { before: ParagraphChild[]; after: ParagraphChild[] } | null {
    const threads = this.nodes.get(element);
    if (!threads) return null;
    const ids = threads.flat();
    return {
      before: ids.map((id) => new CommentRangeStart(id)),
      after: [...ids.map((id) => new CommentRangeEnd(id)), ...ids.map((id) => new TextRun({ children: [new CommentReference(id)] }))],
    };
  }

  get empty(): boolean {
    return this.comments.length === 0;
  }

  private add(text: Y.XmlText, boundary: Boundary): void {
    const list = this.boundaries.get(text) ?? [];
    list.push(boundary);
    this.boundaries.set(text, list);
  }

  /**
   * Splits one run of text (characters [offset, offset + text.length) of
   * `source`) where comments start or end, with Word's range marks between
   * the pieces; `runs` turns a piece of text into runs.
   */
  split(source: Y.XmlText, offset: number, text: string, last: boolean, runs: (piece: string) => ParagraphChild[]): ParagraphChild[] {
    const here = (this.boundaries.get(source) ?? []).filter((b) =>
      b.start ? b.index >= offset && (b.index < offset + text.length || (last && b.index === offset + text.length)) : b.index > offset && b.index <= offset + text.length,
    );
    if (here.length === 0) return runs(text);
    here.sort((a, b) => a.index - b.index || (a.start ? 1 : -1));
    const out: ParagraphChild[] = [];
    let at = offset;
    for (const b of here) {
      if (b.index > at) out.push(...runs(text.slice(at - offset, b.index - offset)));
      at = b.index;
      if (b.start) out.push(...b.ids.map((id) => new CommentRangeStart(id)));
      else {
        out.push(...b.ids.map((id) => new CommentRangeEnd(id)));
        out.push(...b.ids.map((id) => new TextRun({ children: [new CommentReference(id)] })));
      }
    }
    if (at < offset + text.length) out.push(...runs(text.slice(at - offset)));
    return out;
  }
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 4);
}
