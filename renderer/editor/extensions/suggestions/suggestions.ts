import { Extension, Mark, mergeAttributes } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, Plugin, TextSelection, type Transaction } from '@tiptap/pm/state';
import { type Decoration, DecorationSet } from '@tiptap/pm/view';
import { AddNodeMarkStep } from '@tiptap/pm/transform';
import {
  applySuggestion,
  applySuggestions,
  revertSuggestion,
  revertSuggestions,
  suggestChanges,
  suggestChangesKey,
  transformToSuggestionTransaction,
} from '@handlewithcare/prosemirror-suggest-changes';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { makeSuggestionId, parseSuggestionId, type SuggestionAuthor, type SuggestionInfo } from './suggestion-id';
import { formatTime } from '../../../ui/format-time';

/**
 * Suggested changes (đề xuất sửa, Word's Track Changes) on top of
 * @handlewithcare/prosemirror-suggest-changes: its marks (insertion,
 * deletion, modification) are ordinary inline marks, so y-prosemirror syncs
 * and saves them like bold or italic, and its transaction transform turns an
 * edit into marks while the mode is on. The mark's id says who suggested it
 * and when (suggestion-id.ts).
 *
 * What this file adds to the library:
 * - TipTap marks and the mode toggle (Ctrl+Shift+E as in Word);
 * - the transform hooked into TipTap's dispatch chain, skipped for changes
 *   coming from Yjs (other windows, reloads) and for accept/reject;
 * - block-level (node) marks are refused: y-prosemirror does not sync marks
 *   on block nodes, so such a suggestion would vanish on reload. The edit is
 *   dropped and `onRefused` tells the user (e.g. deleting a whole picture in
 *   suggestion mode);
 * - the "¶" widgets for suggested paragraph breaks are recomputed only when
 *   a change touches suggestion marks (the library walks the whole document
 *   on every keystroke).
 */
export interface SuggestionsOptions {
  /** Who is suggesting now; null: the mode cannot be turned on. */
  author: () => SuggestionAuthor | null;
  /** A change could not be made as a suggestion and was not made. */
  onRefused: () => void;
  /** The mode was turned on or off (toolbar state). */
  onModeChange: (enabled: boolean) => void;
  /** The reader clicked inside a suggestion (its id and the click's position), or outside any. */
  onActivate: (id: string | null, pos: number) => void;
  /**
   * Ctrl+Shift+E: turns the mode on or off; null toggles this editor alone.
   * The article's editor gives one toggle for title, sapo and body, so the
   * mode is the same in the three fields.
   */
  toggle: ((on: boolean) => void) | null;
}

/** The fields of an article that take suggestions, in the order the pane lists them. */
export type SuggestionField = 'title' | 'sapo' | 'body';
export const suggestionFields: readonly SuggestionField[] = ['title', 'sapo', 'body'];

export interface SuggestionRange extends SuggestionInfo {
  kind: 'insertion' | 'deletion' | 'both';
  from: number;
  to: number;
  inserted: string;
  deleted: string;
}


/** The DOM attributes of a suggestion's id, kept per id: the view renders a mark again whenever its text is redrawn. */
const renderedIds = new Map<string, Record<string, string>>();
function renderedId(id: unknown): Record<string, string> {
  const key = String(id);
  let attrs = renderedIds.get(key);
  if (!attrs) {
    const info = parseSuggestionId(id);
    const when = info.at ? formatTime(info.at) : '';
    attrs = { 'data-id': JSON.stringify(id), 'data-author': info.author, title: [info.author, when].filter(Boolean).join(', ') };
    if (renderedIds.size > 5000) renderedIds.clear();
    renderedIds.set(key, attrs);
  }
  return { ...attrs };
}

function suggestionMark(name: 'insertion' | 'deletion', tag: 'ins' | 'del') {
  return Mark.create({
    name,
    inclusive: false,
    excludes: 'insertion modification deletion',
    addAttributes() {
      return {
        id: {
          default: null,
          parseHTML: (el: HTMLElement) => {
            const raw = el.getAttribute('data-id');
            try {
              return raw ? (JSON.parse(raw) as unknown) : null;
            } catch {
              return null;
            }
          },
          renderHTML: (attrs: { id?: unknown }) => renderedId(attrs.id),
        },
      };
    },
    parseHTML: () => [{ tag: `${tag}[data-id]` }],
    renderHTML: ({ HTMLAttributes }) => [tag, mergeAttributes(HTMLAttributes, { class: `suggestion suggestion-${name}` }), 0],
  });
}

export const Insertion = suggestionMark('insertion', 'ins');
export const Deletion = suggestionMark('deletion', 'del');
/** Attribute and mark changes as suggestions; kept so documents from the library's other users load. */
export const Modification = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: 'deletion insertion',
  addAttributes: () => ({
    id: { default: null },
    type: { default: null },
    attrName: { default: null },
    previousValue: { default: null },
    newValue: { default: null },
  }),
  parseHTML: () => [{ tag: "span[data-type='modification']" }],
  renderHTML: ({ HTMLAttributes }) => ['span', { 'data-type': 'modification', 'data-id': JSON.stringify(HTMLAttributes.id) }, 0],
});

/** The library's "¶" widgets for suggested paragraph breaks (its plugin's decorations; the function itself is not exported). */
const libraryPlugin = suggestChanges();
function getSuggestionDecorations(state: EditorState): DecorationSet {
  suggestionCounters.fullWalks += 1;
  const decorations = libraryPlugin.props.decorations as ((this: Plugin, state: EditorState) => DecorationSet) | undefined;
  return decorations?.call(libraryPlugin, state) ?? DecorationSet.empty;
}

/** How often the widgets were computed over the whole document, or over the blocks around a change (read by tests). */
export const suggestionCounters = { fullWalks: 0, partial: 0 };

/**
 * The widgets after a local change that touched suggestion marks (typing in
 * suggestion mode does, on every key): the library's decorations depend only
 * on each text block and on the boundary with the next, so only the
 * top-level blocks the change touched, and one on each side, are computed
 * again (the library's own function, on a document of those blocks alone);
 * the rest are mapped.
 */
function widgetsAfterLocalChange(widgets: DecorationSet, tr: Transaction, next: EditorState): DecorationSet {
  // Where the steps acted (mark steps have no position map), in the new document.
  let from = Infinity;
  let to = -Infinity;
  let unknown = false;
  tr.steps.forEach((step, i) => {
    const json = step.toJSON() as { from?: number; to?: number; pos?: number };
    const a = json.from ?? json.pos;
    if (typeof a !== 'number') return void (unknown = true);
    const rest = tr.mapping.slice(i);
    from = Math.min(from, rest.map(a, -1));
    to = Math.max(to, rest.map(json.to ?? a, 1));
  });
  const doc = next.doc;
  if (unknown) return getSuggestionDecorations(next);
  if (from === Infinity) return widgets.map(tr.mapping, doc);
  // One block with text on each side (a widget joins the last text of one block with the first of the next).
  const hasText = (node: PmNode) => node.textContent.length > 0;
  let first = Math.max(0, doc.resolve(Math.min(from, doc.content.size)).index(0) - 1);
  while (first > 0 && !hasText(doc.child(first))) first -= 1;
  let last = Math.min(doc.childCount - 1, doc.resolve(Math.min(to, doc.content.size)).index(0) + 1);
  while (last < doc.childCount - 1 && !hasText(doc.child(last))) last += 1;
  if (first === 0 && last === doc.childCount - 1) return getSuggestionDecorations(next);
  suggestionCounters.partial += 1;
  // The blocks first..last as a document of their own; their decorations shifted to where they are.
  let start = 0;
  for (let i = 0; i < first; i++) start += doc.child(i).nodeSize;
  const blocks: PmNode[] = [];
  let end = start;
  for (let i = first; i <= last; i++) {
    blocks.push(doc.child(i));
    end += doc.child(i).nodeSize;
  }
  // Decorations of the last block (and the boundary after it) stay as they were: its next block is not in the piece.
  const keepFrom = end - doc.child(last).nodeSize;
  const piece = EditorState.create({ schema: next.schema, doc: doc.type.create(null, blocks) });
  const fresh = getPieceDecorations(piece)
    .find()
    .filter((d) => d.from < keepFrom - start || (last === doc.childCount - 1 && d.from >= keepFrom - start))
    .map((d) => shiftDecoration(d, start));
  const mapped = widgets.map(tr.mapping, doc);
  const stale = mapped.find(start, end).filter((d) => d.from >= start && (d.from < keepFrom || last === doc.childCount - 1));
  return mapped.remove(stale).add(doc, fresh);
}

function getPieceDecorations(piece: EditorState): DecorationSet {
  const decorations = libraryPlugin.props.decorations as ((this: Plugin, state: EditorState) => DecorationSet) | undefined;
  return decorations?.call(libraryPlugin, piece) ?? DecorationSet.empty;
}

/** A decoration of the piece, where it is in the whole document. */
function shiftDecoration(d: Decoration, offset: number): Decoration {
  return (d as unknown as { copy(from: number, to: number): Decoration }).copy(d.from + offset, d.to + offset);
}

interface ModeState {
  enabled: boolean;
  widgets: DecorationSet;
}

export function isSuggesting(state: EditorState): boolean {
  return !!(suggestChangesKey.getState(state) as ModeState | undefined)?.enabled;
}

function touchesSuggestions(tr: Transaction, old: EditorState): boolean {
  const names = new Set(['insertion', 'deletion', 'modification']);
  const has = (node: PmNode | null | undefined) => !!node?.marks.some((m) => names.has(m.type.name));
  for (let i = 0; i < tr.steps.length; i++) {
    const json = tr.steps[i]!.toJSON() as { mark?: { type: string }; slice?: unknown; from?: number; to?: number };
    if (json.mark && names.has(json.mark.type)) return true;
    if (json.slice && JSON.stringify(json.slice).match(/"type":"(insertion|deletion|modification)"/)) return true;
    const doc = tr.docs[i] ?? old.doc;
    if (typeof json.from === 'number' && typeof json.to === 'number' && json.to > json.from) {
      let found = false;
      doc.nodesBetween(json.from, Math.min(json.to, doc.content.size), (node) => {
        if (found) return false;
        if (has(node)) found = true;
        return !found;
      });
      if (found) return true;
    }
  }
  return false;
}

/** Every suggestion in document order, one entry per id (insertion and deletion of one replacement together). */
export function listSuggestions(doc: PmNode): SuggestionRange[] {
  const byId = new Map<string, SuggestionRange>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      const kind = mark.type.name;
      if (kind !== 'insertion' && kind !== 'deletion') continue;
      const id = String(mark.attrs.id);
      const text = (node.text ?? '').replace(/\u200B/g, '');
      const entry = byId.get(id) ?? { ...parseSuggestionId(id), kind, from: pos, to: pos + node.nodeSize, inserted: '', deleted: '' };
      if (entry.kind !== kind) entry.kind = 'both';
      entry.to = pos + node.nodeSize;
      if (kind === 'insertion') entry.inserted += text;
      else entry.deleted += text;
      byId.set(id, entry);
    }
    return false;
  });
  return [...byId.values()];
}

/**
 * The text as it reads before pending suggestions (what word counts use):
 * suggested insertions left out, suggested deletions still there (without
 * the zero-width anchors of a suggested paragraph join). One line per text
 * block, like ProseMirror's textBetween(…, '\n', ' ').
 */
export function textBeforeSuggestions(doc: PmNode): string {
  const lines: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let line = '';
    node.forEach((child) => {
      if (child.isText) {
        if (child.marks.some((m) => m.type.name === 'insertion')) return;
        line += child.marks.some((m) => m.type.name === 'deletion') ? child.text!.replace(/\u200B/g, '') : child.text!;
      } else line += child.type.name === 'hardBreak' ? '\n' : ' ';
    });
    lines.push(line);
    return false;
  });
  return lines.join('\n');
}

export function suggestionAt(state: EditorState, pos: number): string | null {
  const $pos = state.doc.resolve(pos);
  for (const node of [$pos.nodeAfter, $pos.nodeBefore]) {
    const mark = node?.marks.find((m) => m.type.name === 'insertion' || m.type.name === 'deletion');
    if (mark) return String(mark.attrs.id);
  }
  return null;
}

/** Accept (apply) or reject (revert) one suggestion, or every one when id is null. */
export function decideSuggestion(state: EditorState, dispatch: (tr: Transaction) => void, id: string | null, accept: boolean): boolean {
  if (id === null) return (accept ? applySuggestions : revertSuggestions)(state, dispatch);
  return (accept ? applySuggestion : revertSuggestion)(id)(state, dispatch);
}

export const Suggestions = Extension.create<SuggestionsOptions>({
  name: 'suggestions',

  addOptions() {
    return { author: () => null, onRefused: () => {}, onModeChange: () => {}, onActivate: () => {}, toggle: null };
  },

  addExtensions() {
    return [Insertion, Deletion, Modification];
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Shift-e': () => {
        const on = !isSuggesting(this.editor.state);
        if (this.options.toggle) this.options.toggle(on);
        else this.editor.view.dispatch(setMode(this.editor.state, on));
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      // The library's plugin state under its key (its commands read it), with cheaper widgets.
      new Plugin<ModeState>({
        key: suggestChangesKey as never,
        state: {
          init: (_config, state) => ({ enabled: false, widgets: getSuggestionDecorations(state) }),
          apply(tr, value, old, next) {
            const meta = tr.getMeta(suggestChangesKey) as { enabled?: boolean } | undefined;
            const enabled = meta && 'enabled' in meta ? !!meta.enabled : value.enabled;
            if (enabled !== value.enabled) options.onModeChange(enabled);
            if (!tr.docChanged) return enabled === value.enabled ? value : { enabled, widgets: value.widgets };
            const fromYjs = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;
            const widgets = fromYjs
              ? getSuggestionDecorations(next)
              : touchesSuggestions(tr, old)
                ? widgetsAfterLocalChange(value.widgets, tr, next)
                : value.widgets.map(tr.mapping, tr.doc);
            return { enabled, widgets };
          },
        },
        props: {
          decorations: (state) => (suggestChangesKey.getState(state) as ModeState | undefined)?.widgets,
          handleClick(view, pos) {
            options.onActivate(suggestionAt(view.state, pos), pos);
            return false;
          },
          // The zero-width spaces that anchor suggested paragraph breaks are stepped over.
          handleKeyDown(view, event) {
            const sel = view.state.selection;
            if (!(sel instanceof TextSelection) || !sel.$cursor) return false;
            if (event.key === 'ArrowRight' && sel.$cursor.nodeAfter?.text?.startsWith('\u200B')) {
              view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, sel.$cursor.pos + 1)));
            }
            if (event.key === 'ArrowLeft' && sel.$cursor.nodeBefore?.text?.endsWith('\u200B')) {
              view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, sel.$cursor.pos - 1)));
            }
            return false;
          },
        },
      }),
    ];
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state;
    const ySync = (transaction.getMeta(ySyncPluginKey) ?? {}) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean };
    const skip = 'skip' in ((transaction.getMeta(suggestChangesKey) as object | undefined) ?? {});
    if (!isSuggesting(state) || !transaction.docChanged || ySync.isChangeOrigin || ySync.isUndoRedoOperation || skip) {
      next(transaction);
      return;
    }
    const author = this.options.author();
    let tracked: Transaction | null = null;
    if (author) {
      const id = makeSuggestionId(author, new Date().toISOString());
      try {
        tracked = transformToSuggestionTransaction(transaction, state, () => id);
      } catch {
        tracked = null;
      }
    }
    if (!tracked || tracked.steps.some((step) => step instanceof AddNodeMarkStep)) {
      this.options.onRefused();
      return;
    }
    next(tracked);
  },
});

export function setMode(state: EditorState, enabled: boolean): Transaction {
  return state.tr.setMeta(suggestChangesKey, { skip: true, enabled });
}
