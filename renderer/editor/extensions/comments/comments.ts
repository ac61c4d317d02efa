import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Mapping as StepMapping, StepMap } from '@tiptap/pm/transform';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { anchorOnNode, commentsMap, threadKeys } from '../../../../common/article/review-comments';
import { changedRange } from '../remote-change/remote-change';

/**
 * Highlights the passages of the article's comment threads and tells the
 * review pane which thread the reader clicked.
 *
 * Cost per keystroke: the highlights are mapped through the transaction
 * (ProseMirror touches only the changed ranges). They are recomputed from
 * the Yjs anchors only when threads change. A change from Yjs (another
 * window, a restore) replaces the whole document in y-prosemirror; it is
 * mapped through the range that really changed, and only the highlights
 * touching that range are resolved again (afterRemoteChange).
 */
export interface CommentsOptions {
  /** The article's Y.Doc (comments live in it); without one the extension does nothing. */
  document: Y.Doc | null;
  field: string;
  /** The reader clicked inside a highlighted passage (the innermost thread), or outside any. */
  onActivate: (threadId: string | null) => void;
  /** "Góp ý" by keyboard (Ctrl+Alt+M) with text selected. */
  onRequest: (range: { from: number; to: number }) => void;
  /** Right click on a selection (not taken by the spelling menu): where to show the "Góp ý" menu. */
  onContextMenu: (point: { left: number; top: number }) => void;
}

interface CommentsState {
  set: DecorationSet;
  active: string | null;
}

type Meta = { recompute: true } | { active: string | null };

export const commentsKey = new PluginKey<CommentsState>('comments');

/** The media a comment can be about as a whole (not only their captions' or text version's words). */
export const COMMENTABLE_NODES: ReadonlySet<string> = new Set(['video', 'gallery', 'infographic']);

/** What "Góp ý" is about: a whole media node, or a passage of text. */
export type CommentTarget = { kind: 'node'; pos: number; node: PmNode } | { kind: 'text'; from: number; to: number };

/**
 * A selected media node (a click on its frame selects it), or the media node
 * the caret is in when nothing is selected (its caption, its text version), is
 * commented on as a whole; a selection of text, as a passage. Null: nothing to comment on.
 */
export function commentTarget(state: EditorState): CommentTarget | null {
  const { selection } = state;
  if (selection instanceof NodeSelection && COMMENTABLE_NODES.has(selection.node.type.name)) {
    return { kind: 'node', pos: selection.from, node: selection.node };
  }
  if (!selection.empty) return { kind: 'text', from: selection.from, to: selection.to };
  const $pos = selection.$from;
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const node = $pos.node(depth);
    if (COMMENTABLE_NODES.has(node.type.name)) return { kind: 'node', pos: $pos.before(depth), node };
  }
  return null;
}

/** Yjs anchors on the whole node at `pos` (see anchorOnNode), or null when the binding is not ready. */
export function anchorNode(state: EditorState, fragment: Y.XmlFragment, pos: number): { start: unknown; end: unknown } | null {
  const binding = ySyncPluginKey.getState(state)?.binding as { mapping: Mapping } | undefined;
  const node = state.doc.nodeAt(pos);
  if (!binding || !node) return null;
  for (const [type, mapped] of binding.mapping) {
    if (mapped !== node || !(type instanceof Y.XmlElement)) continue;
    const parent = type.parent as Y.XmlFragment | Y.XmlElement | null;
    if (!parent || type._item?.deleted) return null;
    const index = parent.toArray().indexOf(type);
    if (index < 0 || (parent !== fragment && !Y.isParentOf(fragment, parent._item))) return null;
    return anchorOnNode(parent, index);
  }
  return null;
}

/** Yjs anchors for a selection of the editor, or null when the binding is not ready. */
export function anchorSelection(
  state: EditorState,
  fragment: Y.XmlFragment,
  from: number,
  to: number,
): { start: unknown; end: unknown; quote: string } | null {
  const binding = ySyncPluginKey.getState(state)?.binding;
  if (!binding) return null;
  // The passage ends on its last character: skip block boundaries before `to`.
  while (to > from && state.doc.textBetween(to - 1, to, '\n', '\n') === '') to -= 1;
  while (from < to && state.doc.textBetween(from, from + 1, '\n', '\n') === '') from += 1;
  if (from >= to) return null;
  // y-prosemirror's relative positions all stick to the character before;
  // resolve them to (text, index) and anchor the passage's own characters.
  const at = (pos: number, assoc: number) => {
    const abs = Y.createAbsolutePositionFromRelativePosition(absolutePositionToRelativePosition(pos, fragment, binding.mapping), fragment.doc!);
    if (!abs) throw new Error('selection outside the body');
    return Y.createRelativePositionFromTypeIndex(abs.type, abs.index, assoc);
  };
  const start = at(from, 0);
  const end = at(to, -1);
  return {
    start: Y.relativePositionToJSON(start),
    end: Y.relativePositionToJSON(end),
    quote: state.doc.textBetween(from, to, '\n', ' '),
  };
}

/** Where a thread's passage is now in the editor, or null if it is gone (orphaned). */
export function resolveRange(
  state: EditorState,
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  start: unknown,
  end: unknown,
): { from: number; to: number } | null {
  const binding = ySyncPluginKey.getState(state)?.binding;
  if (!binding || !start || !end) return null;
  try {
    const from = relativePositionToAbsolutePosition(doc, fragment, Y.createRelativePositionFromJSON(start), binding.mapping);
    const endRel = Y.createRelativePositionFromJSON(end);
    const to = relativePositionToAbsolutePosition(doc, fragment, endRel, binding.mapping);
    if (from === null || to === null || from >= to || to > state.doc.content.size) return null;
    return { from, to };
  } catch {
    // A node the binding has not rendered (mapping missing): treated as gone until the next recompute.
    return null;
  }
}

type Mapping = Map<Y.AbstractType<unknown>, PmNode | PmNode[]>;

/**
 * Where each top-level block of the body starts in the editor, in one pass,
 * so that anchors in plain paragraphs resolve without a walk from the
 * document's start each (y-prosemirror's resolver does that walk per anchor).
 */
function blockStarts(fragment: Y.XmlFragment, mapping: Mapping): Map<Y.AbstractType<unknown>, number> {
  const starts = new Map<Y.AbstractType<unknown>, number>();
  let pos = 0;
  for (const child of fragment.toArray() as Y.AbstractType<unknown>[]) {
    starts.set(child, pos);
    const node = mapping.get(child);
    pos += child instanceof Y.XmlText ? child.length : node && !Array.isArray(node) ? node.nodeSize : 0;
  }
  return starts;
}

function fastResolve(doc: Y.Doc, json: unknown, starts: Map<Y.AbstractType<unknown>, number>, mapping: Mapping): number | null | undefined {
  const abs = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), doc);
  if (!abs) return null;
  const text = abs.type;
  const block = text._item?.parent as Y.AbstractType<unknown> | undefined;
  if (!(text instanceof Y.XmlText) || !block || text._item?.deleted || block._item?.deleted) return undefined;
  const start = starts.get(block);
  if (start === undefined) return undefined; // nested (list, table, quote): the general resolver
  let offset = 0;
  for (const sibling of (block as Y.XmlElement).toArray() as Y.AbstractType<unknown>[]) {
    if (sibling === text) return start + 1 + offset + abs.index;
    const node = mapping.get(sibling);
    offset += sibling instanceof Y.XmlText ? sibling.length : node && !Array.isArray(node) ? node.nodeSize : 0;
  }
  return undefined;
}

/** How often highlights were recomputed: all threads, or only those a remote change touched (read by tests). */
export const highlightCounters = { rebuilds: 0, reresolved: 0 };

interface Resolver {
  doc: Y.Doc;
  fragment: Y.XmlFragment;
  starts: Map<Y.AbstractType<unknown>, number>;
  mapping: Mapping;
}

function resolver(state: EditorState, options: CommentsOptions): Resolver | null {
  const doc = options.document;
  const binding = ySyncPluginKey.getState(state)?.binding as { mapping: Mapping } | undefined;
  if (!doc || !binding) return null;
  const fragment = doc.getXmlFragment(options.field);
  return { doc, fragment, starts: blockStarts(fragment, binding.mapping), mapping: binding.mapping };
}

/** The highlight of one open thread, or null when it is resolved or its passage is gone. */
function threadDecoration(state: EditorState, pmDoc: PmNode, r: Resolver, thread: Y.Map<unknown>, active: string | null): Decoration | null {
  if (thread.get(threadKeys.resolved) === true) return null;
  const id = String(thread.get(threadKeys.id));
  const startJson = thread.get(threadKeys.start);
  const endJson = thread.get(threadKeys.end);
  if (!startJson || !endJson) return null;
  let range: { from: number; to: number } | null;
  try {
    const from = fastResolve(r.doc, startJson, r.starts, r.mapping);
    const to = fastResolve(r.doc, endJson, r.starts, r.mapping);
    range =
      from === undefined || to === undefined
        ? resolveRange(state, r.doc, r.fragment, startJson, endJson)
        : from === null || to === null || from >= to
          ? null
          : { from, to };
  } catch {
    range = null;
  }
  if (!range || range.to > pmDoc.content.size) return null;
  // A thread on a whole media node: the class goes on its node view.
  const node = pmDoc.nodeAt(range.from);
  if (node && !node.isInline && node.nodeSize === range.to - range.from) {
    return Decoration.node(
      range.from,
      range.to,
      { class: id === active ? 'comment-node comment-node-active' : 'comment-node', 'data-thread': id },
      { threadId: id },
    );
  }
  return Decoration.inline(
    range.from,
    range.to,
    { class: id === active ? 'comment-mark comment-mark-active' : 'comment-mark', 'data-thread': id },
    { threadId: id },
  );
}

function buildSet(state: EditorState, pmDoc: PmNode, options: CommentsOptions, active: string | null): DecorationSet {
  const r = resolver(state, options);
  if (!r) return DecorationSet.empty;
  highlightCounters.rebuilds += 1;
  const decorations: Decoration[] = [];
  for (const thread of commentsMap(r.doc).values()) {
    const decoration = threadDecoration(state, pmDoc, r, thread, active);
    if (decoration) decorations.push(decoration);
  }
  return DecorationSet.create(pmDoc, decorations);
}

/**
 * The highlights after a change from Yjs. y-prosemirror replaces the whole
 * document, so its own mapping would drop every highlight: this finds the
 * part that really changed (the first and last differing positions) and
 * maps through that instead. Highlights away from it are only shifted; the
 * few that touch it are resolved again from their Yjs anchors, since the
 * diff cannot tell on which side of a boundary the remote text went.
 */
function afterRemoteChange(value: CommentsState, old: EditorState, tr: Transaction, options: CommentsOptions, active: string | null): DecorationSet {
  const range = changedRange(old.doc, tr.doc);
  // Same content (only the nodes were recreated): positions are unchanged.
  if (!range) return value.set;
  const { start, endA, endB } = range;
  const touched = value.set.find(start, endA); // (remove() below blanks the array it is given: it gets a copy)
  const mapped = value.set.remove([...touched]).map(new StepMapping([new StepMap([start, endA - start, endB - start])]), tr.doc);
  if (touched.length === 0) return mapped;
  const r = resolver(old, options);
  if (!r) return mapped;
  const threads = commentsMap(r.doc);
  const again: Decoration[] = [];
  for (const d of touched) {
    const thread = threads.get((d.spec as { threadId: string }).threadId);
    highlightCounters.reresolved += 1;
    const decoration = thread && threadDecoration(old, tr.doc, r, thread, active);
    if (decoration) again.push(decoration);
  }
  return mapped.add(tr.doc, again);
}

/** Thread ids with their current ranges, in document order (cheap: reads the mapped highlights). */
export function threadRanges(state: EditorState): Map<string, { from: number; to: number }> {
  const ranges = new Map<string, { from: number; to: number }>();
  const set = commentsKey.getState(state)?.set;
  if (!set) return ranges;
  for (const d of set.find()) {
    const id = (d.spec as { threadId?: string }).threadId;
    if (id) ranges.set(id, { from: d.from, to: d.to });
  }
  return ranges;
}

export function setActiveThread(view: EditorView, threadId: string | null, scroll: boolean): void {
  view.dispatch(view.state.tr.setMeta(commentsKey, { active: threadId } satisfies Meta));
  if (!scroll || !threadId) return;
  const range = threadRanges(view.state).get(threadId);
  if (!range) return;
  const whole = view.state.doc.nodeAt(range.from);
  const nodeDom = whole && !whole.isInline && whole.nodeSize === range.to - range.from ? view.nodeDOM(range.from) : null;
  if (nodeDom instanceof Element) {
    nodeDom.scrollIntoView({ block: 'center' });
    return;
  }
  const { node } = view.domAtPos(range.from);
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center' });
}

export const Comments = Extension.create<CommentsOptions>({
  name: 'comments',

  addOptions() {
    return { document: null, field: 'body', onActivate: () => {}, onRequest: () => {}, onContextMenu: () => {} };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-m': () => {
        const target = commentTarget(this.editor.state);
        if (!target) return false;
        this.options.onRequest(target.kind === 'node' ? { from: target.pos, to: target.pos + target.node.nodeSize } : target);
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    if (!options.document) return [];
    const doc = options.document;
    return [
      new Plugin<CommentsState>({
        key: commentsKey,
        state: {
          init: () => ({ set: DecorationSet.empty, active: null }),
          apply(tr: Transaction, value: CommentsState, old: EditorState): CommentsState {
            const meta = tr.getMeta(commentsKey) as Meta | undefined;
            const active = meta && 'active' in meta ? meta.active : value.active;
            const fromYjs = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;
            // The binding (and its mapping, already updated for this change) is the same object in every state.
            if ((meta && 'recompute' in meta) || (meta && active !== value.active)) return { set: buildSet(old, tr.doc, options, active), active };
            if (tr.docChanged && fromYjs) return { set: afterRemoteChange(value, old, tr, options, active), active };
            if (!tr.docChanged) return value;
            return { set: value.set.map(tr.mapping, tr.doc), active };
          },
        },
        props: {
          decorations: (state) => commentsKey.getState(state)?.set,
          handleClick: (view, pos) => {
            const found = commentsKey.getState(view.state)?.set.find(pos, pos) ?? [];
            // The innermost (shortest) passage under the click.
            const hit = found
              .filter((d) => d.from <= pos && pos < d.to)
              .sort((a, b) => a.to - a.from - (b.to - b.from))[0];
            options.onActivate((hit?.spec as { threadId?: string } | undefined)?.threadId ?? null);
            return false;
          },
          // A click on a media node's frame (not its text, not its own controls) selects the node, so that
          // "Góp ý" comments on it, and opens its thread when it has one.
          handleClickOn: (view, _pos, node, nodePos, event, direct) => {
            if (!direct || !COMMENTABLE_NODES.has(node.type.name)) return false;
            // The view's own controls (the alt text's label, the player…) keep their clicks.
            if (event.target instanceof Element && event.target.closest('label, input, textarea, button, select, video, a')) return false;
            view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, nodePos)));
            const hit = (commentsKey.getState(view.state)?.set.find(nodePos, nodePos + node.nodeSize) ?? []).find(
              (d) => d.from === nodePos && d.to === nodePos + node.nodeSize,
            );
            options.onActivate((hit?.spec as { threadId?: string } | undefined)?.threadId ?? null);
            return true;
          },
          handleDOMEvents: {
            contextmenu: (view, event) => {
              if (event.defaultPrevented) return false;
              // Right click on a media node's frame: select it and offer "Góp ý" on it.
              const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
              const media = at && at.inside >= 0 ? view.state.doc.nodeAt(at.inside) : null;
              if (at && media && COMMENTABLE_NODES.has(media.type.name)) {
                view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, at.inside)));
                event.preventDefault();
                options.onContextMenu({ left: event.clientX, top: event.clientY });
                return true;
              }
              if (view.state.selection.empty) return false;
              event.preventDefault();
              options.onContextMenu({ left: event.clientX, top: event.clientY });
              return true;
            },
          },
        },
        view: (view) => {
          const recompute = () => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(commentsKey, { recompute: true } satisfies Meta));
          };
          const onThreads = (_events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
            // Inside a body transaction the binding's mapping is not updated yet: wait for it.
            if (transaction.changedParentTypes.has(body)) queueMicrotask(recompute);
            else recompute();
          };
          const threads = commentsMap(doc);
          const body = doc.getXmlFragment(options.field) as Y.AbstractType<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
          threads.observeDeep(onThreads);
          // The first highlights once the article has opened and the browser is
          // idle (at the latest after a second): a long article's text shows first,
          // its 200 highlights a moment later. Any change to the threads before that builds them at once.
          const build = () => {
            if (commentsKey.getState(view.state)?.set === DecorationSet.empty && commentsMap(doc).size > 0) recompute();
          };
          const idle = typeof requestIdleCallback === 'function';
          const first = idle ? requestIdleCallback(build, { timeout: 1000 }) : setTimeout(build, 0);
          return {
            destroy: () => {
              if (idle) cancelIdleCallback(first as number);
              else clearTimeout(first as ReturnType<typeof setTimeout>);
              threads.unobserveDeep(onThreads);
            },
          };
        },
      }),
    ];
  },
});
