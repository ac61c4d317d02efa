import * as Y from 'yjs';

/**
 * Comment threads (góp ý) on passages of an article, kept in the article's
 * Y.Doc so they are saved, synced and versioned with it.
 *
 * Layout (names are persisted: never rename, only add):
 *   comments: Y.Map<threadId, Y.Map>   one thread each, with the keys of `threadKeys`;
 *   thread.posts: Y.Map<postId, Post>  the first post and the replies (plain JSON values,
 *                                      replaced whole when edited), ordered by `createdAt`.
 *
 * A passage is anchored by two Yjs relative positions (JSON): `start` sticks
 * to the passage's first character (assoc 0), `end` to its last (assoc -1),
 * so text typed right before or right after the passage stays outside it,
 * and both follow the text through any concurrent edit. When every character
 * of the passage is deleted the two collapse and the thread is "orphaned":
 * kept, listed, never removed by an edit.
 */
export const COMMENTS_MAP = 'comments';

export const threadKeys = {
  id: 'id',
  start: 'start', // RelativePosition JSON
  end: 'end', // RelativePosition JSON
  quote: 'quote', // the passage's text when the thread was opened
  createdAt: 'createdAt',
  resolved: 'resolved', // boolean
  resolvedBy: 'resolvedBy', // string | null
  posts: 'posts', // Y.Map<postId, Post>
} as const;

/** One comment of a thread: the opening one or a reply. */
export interface Post {
  id: string;
  authorId: string;
  author: string;
  role: string;
  text: string;
  createdAt: string;
  editedAt: string | null;
}

/** A thread as the UI reads it (a snapshot; the Y.Map stays the truth). */
export interface Thread {
  id: string;
  start: unknown;
  end: unknown;
  quote: string;
  createdAt: string;
  resolved: boolean;
  resolvedBy: string | null;
  posts: Post[];
}

export type PostAuthor = Pick<Post, 'authorId' | 'author' | 'role'>;

export function commentsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(COMMENTS_MAP);
}

export function newId(prefix: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `${prefix}-${Date.now().toString(36)}-${random}`;
}

/** Relative positions for a passage of one Y.XmlText, [from, to) in its characters. */
export function anchorInText(text: Y.XmlText, from: number, to: number): { start: unknown; end: unknown } {
  return {
    start: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, from, 0)),
    end: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, to, -1)),
  };
}

/**
 * Relative positions for a whole node (a video, a gallery, an infographic):
 * `start` sticks to the element itself (assoc 0), `end` to the place after it
 * (assoc -1), in its parent's children. Both follow the element through any
 * edit around it; when it is deleted they collapse (orphaned, like a passage).
 */
export function anchorOnNode(parent: Y.XmlFragment | Y.XmlElement, index: number): { start: unknown; end: unknown } {
  return {
    start: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(parent, index, 0)),
    end: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(parent, index + 1, -1)),
  };
}

/** The element a thread anchored on a whole node is about, or null (a text passage, or the node was deleted). */
export function resolveNodeAnchor(doc: Y.Doc, start: unknown, end: unknown): Y.XmlElement | null {
  const from = resolveAnchor(doc, start);
  const to = resolveAnchor(doc, end);
  if (!from || !to || from.type !== to.type || from.type instanceof Y.XmlText || to.index !== from.index + 1) return null;
  const parent = from.type as Y.XmlFragment | Y.XmlElement;
  const element = parent.get(from.index);
  return element instanceof Y.XmlElement ? element : null;
}

/** Where an anchor points now: the type and the index in it, or null when its type was deleted. */
export function resolveAnchor(doc: Y.Doc, json: unknown): { type: Y.AbstractType<unknown>; index: number } | null {
  if (!json || typeof json !== 'object') return null;
  const abs = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), doc);
  if (!abs) return null;
  if (abs.type._item?.deleted) return null;
  return { type: abs.type, index: abs.index };
}

export function addThread(
  doc: Y.Doc,
  init: { start: unknown; end: unknown; quote: string; text: string; by: PostAuthor; at: string; id?: string },
): string {
  const id = init.id ?? newId('t');
  doc.transact(() => {
    const thread = new Y.Map<unknown>();
    const posts = new Y.Map<Post>();
    thread.set(threadKeys.id, id);
    thread.set(threadKeys.start, init.start);
    thread.set(threadKeys.end, init.end);
    thread.set(threadKeys.quote, init.quote.normalize('NFC'));
    thread.set(threadKeys.createdAt, init.at);
    thread.set(threadKeys.resolved, false);
    thread.set(threadKeys.resolvedBy, null);
    thread.set(threadKeys.posts, posts);
    commentsMap(doc).set(id, thread);
    const post = makePost(init.text, init.by, init.at);
    posts.set(post.id, post);
  });
  return id;
}

function makePost(text: string, by: PostAuthor, at: string): Post {
  return { id: newId('c'), ...by, text: text.normalize('NFC'), createdAt: at, editedAt: null };
}

function postsOf(doc: Y.Doc, threadId: string): Y.Map<Post> | null {
  return (commentsMap(doc).get(threadId)?.get(threadKeys.posts) as Y.Map<Post> | undefined) ?? null;
}

export function reply(doc: Y.Doc, threadId: string, text: string, by: PostAuthor, at: string): string | null {
  const posts = postsOf(doc, threadId);
  if (!posts) return null;
  const post = makePost(text, by, at);
  posts.set(post.id, post);
  return post.id;
}

/** Only the post's author may edit it (the caller passes who is asking). */
export function editPost(doc: Y.Doc, threadId: string, postId: string, text: string, byId: string, at: string): boolean {
  const posts = postsOf(doc, threadId);
  const post = posts?.get(postId);
  if (!posts || !post || post.authorId !== byId) return false;
  posts.set(postId, { ...post, text: text.normalize('NFC'), editedAt: at });
  return true;
}

/** Deletes one's own post; a thread left with no post goes with it. */
export function deletePost(doc: Y.Doc, threadId: string, postId: string, byId: string): boolean {
  const posts = postsOf(doc, threadId);
  const post = posts?.get(postId);
  if (!posts || !post || post.authorId !== byId) return false;
  doc.transact(() => {
    posts.delete(postId);
    if (posts.size === 0) commentsMap(doc).delete(threadId);
  });
  return true;
}

export function setResolved(doc: Y.Doc, threadId: string, resolved: boolean, by: string | null): void {
  const thread = commentsMap(doc).get(threadId);
  if (!thread) return;
  doc.transact(() => {
    thread.set(threadKeys.resolved, resolved);
    thread.set(threadKeys.resolvedBy, resolved ? by : null);
  });
}

export function readThread(map: Y.Map<unknown>): Thread {
  const posts = map.get(threadKeys.posts) as Y.Map<Post> | undefined;
  return {
    id: String(map.get(threadKeys.id) ?? ''),
    start: map.get(threadKeys.start),
    end: map.get(threadKeys.end),
    quote: String(map.get(threadKeys.quote) ?? ''),
    createdAt: String(map.get(threadKeys.createdAt) ?? ''),
    resolved: map.get(threadKeys.resolved) === true,
    resolvedBy: (map.get(threadKeys.resolvedBy) as string | null | undefined) ?? null,
    posts: posts ? [...posts.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)) : [],
  };
}

export function readThreads(doc: Y.Doc): Thread[] {
  return [...commentsMap(doc).values()].map(readThread);
}

/** Threads still waiting for an answer (not resolved). */
export function openThreadCount(doc: Y.Doc): number {
  let n = 0;
  for (const thread of commentsMap(doc).values()) if (thread.get(threadKeys.resolved) !== true) n += 1;
  return n;
}
