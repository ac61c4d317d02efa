import { Extension, type Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { paragraphText, textblocks } from '../spellcheck/paragraph-text';
import { findInText, searchKey, type FindOptions, type SearchKey } from './find-text';
import { cutUndoStep } from '../../undo-step';

export interface FindMatch {
  from: number;
  to: number;
}

interface FindState {
  /** Empty when the find bar is closed: the plug-in then does nothing at all. */
  query: string;
  options: FindOptions;
  matches: FindMatch[];
  /** Index of the current match, or -1. */
  current: number;
  /**
   * Whether this editor holds the find bar's place: when matches appear here
   * while none is current (typed after "Không tìm thấy"), the one after the
   * caret becomes current. False in the other fields, so only one shows a current match.
   */
  holder: boolean;
  set: DecorationSet;
}

type Meta = { search: string; options: FindOptions; current?: number } | { current: number | null } | { refresh: true } | { close: true };

export const findReplaceKey = new PluginKey<FindState>('findReplace');

const closed = (options: FindOptions): FindState => ({ query: '', options, matches: [], current: -1, holder: false, set: DecorationSet.empty });

/**
 * The keys of textblocks already searched, per node and mode: nodes are
 * immutable and shared between versions of the document, so after an edit
 * only the paragraph that changed is folded again.
 */
const keys = new WeakMap<PMNode, Map<string, SearchKey>>();

function keyOf(node: PMNode, options: FindOptions): { text: string; key: SearchKey } {
  const mode = `${Number(options.ignoreAccents)}${Number(options.matchCase)}`;
  let byMode = keys.get(node);
  if (!byMode) keys.set(node, (byMode = new Map()));
  const text = paragraphText(node);
  let key = byMode.get(mode);
  if (!key) byMode.set(mode, (key = searchKey(text, { ...options, wholeWord: false })));
  return { text, key };
}

/** Every match of the query in the document's textblocks, in document order. */
export function findMatchesIn(doc: PMNode, query: string, options: FindOptions): FindMatch[] {
  const matches: FindMatch[] = [];
  if (query === '') return matches;
  for (const { node, contentStart } of textblocks(doc)) {
    if (node.content.size === 0) continue;
    const { text, key } = keyOf(node, options);
    for (const [start, end] of findInText(text, query, options, key)) matches.push({ from: contentStart + start, to: contentStart + end });
  }
  return matches;
}

function decorate(doc: PMNode, matches: FindMatch[], current: number): DecorationSet {
  return DecorationSet.create(
    doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === current ? 'find-match find-match-current' : 'find-match' })),
  );
}

function searched(doc: PMNode, query: string, options: FindOptions, current: number, holder: boolean, caret: number): FindState {
  const matches = findMatchesIn(doc, query, options);
  const wanted = current < 0 && holder ? firstAfter(matches, caret) : current;
  const at = matches.length === 0 || wanted < 0 ? -1 : Math.min(wanted, matches.length - 1);
  return { query, options, matches, current: at, holder, set: decorate(doc, matches, at) };
}

/** The find state of an editor (query, matches, current), for the find bar. */
export function findStateOf(state: EditorState): Readonly<FindState> | undefined {
  return findReplaceKey.getState(state);
}

function dispatchMeta(view: EditorView, meta: Meta): void {
  view.dispatch(view.state.tr.setMeta(findReplaceKey, meta).setMeta('addToHistory', false));
}

/** Looks for `query` (empty closes); `current` picks the match to show (default: the first after the caret; -1: none). */
export function setFindQuery(view: EditorView, query: string, options: FindOptions, current?: number): void {
  dispatchMeta(view, { search: query, options, current });
}

/** Makes match `index` the current one (wrapping), or none with null. */
export function setCurrentMatch(view: EditorView, index: number | null): void {
  dispatchMeta(view, { current: index });
}

export function closeFind(view: EditorView): void {
  if (findStateOf(view.state)?.query) dispatchMeta(view, { close: true });
}

/** Scrolls the current match to the middle of the window (the caret does not move). */
export function revealCurrentMatch(view: EditorView): void {
  const state = findStateOf(view.state);
  const match = state?.matches[state.current];
  if (!match) return;
  const { node } = view.domAtPos(match.from);
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center' });
}


function replaceIn(editor: Editor, matches: FindMatch[], replacement: string): boolean {
  const view = editor.view;
  if (matches.length === 0 || view.composing || !editor.isEditable) return false;
  const text = replacement.normalize('NFC');
  const tr = view.state.tr;
  cutUndoStep(view.state, tr);
  // From the end, so that earlier positions stay valid.
  for (const m of [...matches].reverse()) {
    if (text === '') tr.delete(m.from, m.to);
    else tr.insertText(text, m.from, m.to);
  }
  // Not a continuation of the word being typed (WordUndo), and one undo step however many matches.
  tr.setMeta('uiEvent', 'findReplace');
  tr.setMeta(findReplaceKey, { refresh: true } satisfies Meta);
  view.dispatch(tr);
  cutUndoStep(view.state);
  return true;
}

/** Replaces the current match and moves to the next one (after the replacement, which may itself match). */
export function replaceCurrentMatch(editor: Editor, replacement: string): boolean {
  const state = findStateOf(editor.state);
  const match = state?.matches[state.current];
  if (!match || !replaceIn(editor, [match], replacement)) return false;
  const after = match.from + replacement.normalize('NFC').length;
  const matches = findStateOf(editor.state)?.matches ?? [];
  if (matches.length > 0) setCurrentMatch(editor.view, firstAfter(matches, after));
  return true;
}

/** Replaces every match in one transaction: one Ctrl+Z brings them all back. */
export function replaceAllMatches(editor: Editor, replacement: string): number {
  const matches = findStateOf(editor.state)?.matches ?? [];
  return replaceIn(editor, matches, replacement) ? matches.length : 0;
}

/** Selects the current match (closing the bar: the caret goes to what was found, as in Word). */
export function selectCurrentMatch(view: EditorView): void {
  const state = findStateOf(view.state);
  const match = state?.matches[state.current];
  if (match) view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, match.from, match.to)));
}

/**
 * Find and replace for one editor (body, title or sapo): the matches of the
 * find bar's query as decorations, the current one marked. Closed (no
 * query), it costs nothing: no walk of the document, no decorations. Open,
 * an edit maps the decorations at once and searches again after a pause,
 * never while an input method composes (a decoration rebuilt under a
 * composition breaks it).
 */
export const FindReplace = Extension.create<{ delayMs: number }>({
  name: 'findReplace',

  addOptions() {
    return { delayMs: 150 };
  },

  addProseMirrorPlugins() {
    const delayMs = this.options.delayMs;
    return [
      new Plugin<FindState>({
        key: findReplaceKey,
        state: {
          init: () => closed({ ignoreAccents: true, matchCase: false, wholeWord: false }),
          apply(tr, value, old) {
            const meta = tr.getMeta(findReplaceKey) as Meta | undefined;
            if (meta && 'close' in meta) return closed(value.options);
            if (meta && 'search' in meta) {
              if (meta.search === '') return closed(meta.options);
              const holder = meta.current === undefined || meta.current >= 0;
              return searched(tr.doc, meta.search, meta.options, meta.current ?? -1, holder, old.selection.from);
            }
            if (value.query === '') return value;
            if (meta && 'refresh' in meta) return searched(tr.doc, value.query, value.options, value.current, value.holder, tr.selection.from);
            if (meta && 'current' in meta) {
              const n = value.matches.length;
              if (n === 0) return value;
              const current = meta.current === null ? -1 : ((meta.current % n) + n) % n;
              return { ...value, current, holder: current >= 0, set: decorate(tr.doc, value.matches, current) };
            }
            if (!tr.docChanged) return value;
            // Mapped now; searched again by the view after a pause.
            const matches = value.matches
              .map((m) => ({ from: tr.mapping.map(m.from, 1), to: tr.mapping.map(m.to, -1) }))
              .filter((m) => m.from < m.to);
            return { ...value, matches, current: Math.min(value.current, matches.length - 1), set: value.set.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => findReplaceKey.getState(state)?.set,
        },
        view(view) {
          let timer: ReturnType<typeof setTimeout> | undefined;
          const refresh = () => {
            timer = undefined;
            if (view.isDestroyed || !findReplaceKey.getState(view.state)?.query) return;
            if (view.composing) return void (timer = setTimeout(refresh, delayMs));
            dispatchMeta(view, { refresh: true });
          };
          return {
            update(updated, previous) {
              if (updated.state.doc === previous.doc || !findReplaceKey.getState(updated.state)?.query) return;
              clearTimeout(timer);
              timer = setTimeout(refresh, delayMs);
            },
            destroy() {
              clearTimeout(timer);
            },
          };
        },
      }),
    ];
  },
});

/** The first match at or after `pos` (wrapping to the first); -1 if there is none. */
function firstAfter(matches: FindMatch[], pos: number): number {
  const i = matches.findIndex((m) => m.from >= pos);
  return i < 0 ? (matches.length > 0 ? 0 : -1) : i;
}
