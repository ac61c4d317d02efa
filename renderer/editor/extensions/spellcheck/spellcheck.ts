import { Extension, type Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { paragraphText, textblocks } from './paragraph-text';
import { cutUndoStep } from '../../undo-step';
import { isYjsChange, yjsChangeMapping } from '../remote-change/remote-change';

/** One problem in one paragraph, as the engine reports it (UTF-16 offsets). */
export interface SpellIssue {
  start: number;
  end: number;
  text: string;
  kind: string;
  suggestions: string[];
  message: string;
}

/** Checks paragraphs somewhere else (a Web Worker); results in the same order. */
export interface ParagraphChecker {
  check(paragraphs: string[]): Promise<SpellIssue[][]>;
}

/** A marked word the user asked about (click, context menu or Ctrl+.). */
export interface SpellTarget {
  from: number;
  to: number;
  issue: SpellIssue;
  /** Where to show the menu, in viewport coordinates. */
  left: number;
  top: number;
}

export interface SpellcheckOptions {
  checker: ParagraphChecker | null;
  /** Pause after the last edit before checking, so typing is never slowed. */
  delayMs: number;
  onOpen: ((target: SpellTarget, editor: Editor) => void) | null;
}

export const spellcheckKey = new PluginKey<DecorationSet>('spellcheck');

/** One occurrence the user chose to leave ("Bỏ qua"): where it is now, and its text. */
export interface IgnoredOccurrence {
  from: number;
  to: number;
  text: string;
}

/**
 * "Bỏ qua" (this occurrence only). The occurrence is anchored by position:
 * mapped through every change (a change from Yjs through the range it
 * really changed), so typing elsewhere, even in the same paragraph, keeps
 * it; editing the word itself (its text changes) forgets it and it is
 * checked again. It lasts while the article is open; "Bỏ qua trong bài
 * này" is the choice that is saved with the article.
 */
export const spellIgnoreOnceKey = new PluginKey<IgnoredOccurrence[]>('spellIgnoreOnce');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    spellcheck: {
      /** Replace [from, to) with a suggestion, keeping the marks of the text. */
      applySpellSuggestion: (from: number, to: number, text: string) => ReturnType;
      /** Forget every result and check the whole document again (after the dictionary changed). */
      recheckSpelling: () => ReturnType;
      /** "Bỏ qua": leave the marked word at [from, to) alone, this occurrence only. */
      ignoreSpellingOnce: (from: number, to: number) => ReturnType;
    };
  }
}

const RECHECK = 'recheck';

/** The underlines currently shown, for tests and the suggestion menu. */
export function spellIssuesIn(state: EditorState): Array<{ from: number; to: number; issue: SpellIssue }> {
  const set = spellcheckKey.getState(state) ?? DecorationSet.empty;
  return set.find().map((d) => ({ from: d.from, to: d.to, issue: d.spec.issue as SpellIssue }));
}

/**
 * Underlines spelling problems. Paragraph nodes are immutable and shared
 * between document versions, so results are cached per node: after an edit
 * only the paragraphs that changed go to the checker, never the whole
 * document. Nothing runs while an input method is composing, and the check
 * waits for a pause in typing.
 */
export const Spellcheck = Extension.create<SpellcheckOptions>({
  name: 'spellcheck',

  addOptions() {
    return { checker: null, delayMs: 250, onOpen: null };
  },

  addCommands() {
    return {
      applySpellSuggestion:
        (from, to, text) =>
        ({ state, tr, dispatch }) => {
          if (!dispatch) return true;
          // The correction is an undo step of its own, even right after typing.
          cutUndoStep(state, tr);
          tr.insertText(text.normalize('NFC'), from, to);
          return true;
        },
      recheckSpelling:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(spellcheckKey, RECHECK);
          return true;
        },
      ignoreSpellingOnce:
        (from, to) =>
        ({ tr, dispatch }) => {
          if (from >= to || to > tr.doc.content.size) return false;
          if (dispatch) tr.setMeta(spellIgnoreOnceKey, { from, to, text: tr.doc.textBetween(from, to) }).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-.': ({ editor }) => openAt(editor, editor.state.selection.from, this.options.onOpen),
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    const editor = this.editor;
    let cache = new WeakMap<PMNode, SpellIssue[]>();
    let recheckRequested = false;

    /** The underlines the cached results give for `doc`, less the occurrences the user left alone. */
    const underlines = (doc: PMNode, ignored: IgnoredOccurrence[]): Array<{ from: number; to: number; issue: SpellIssue }> => {
      const wanted: Array<{ from: number; to: number; issue: SpellIssue }> = [];
      const skip = new Set(ignored.map((o) => `${o.from}:${o.to}`));
      for (const { node, contentStart } of textblocks(doc)) {
        for (const issue of cache.get(node) ?? []) {
          const from = contentStart + issue.start;
          const to = contentStart + issue.end;
          if (!skip.has(`${from}:${to}`)) wanted.push({ from, to, issue });
        }
      }
      return wanted;
    };

    /**
     * The shown set brought up to date with the cached results for `doc` (the
     * set's own document): only the underlines that changed are removed and
     * added, so the paragraphs whose underlines did not change keep their very
     * DecorationSet objects. A set built anew (DecorationSet.create) holds equal
     * but new objects for every paragraph: ProseMirror's view then compared every
     * underlined paragraph's set decoration by decoration on every later update
     * (its view keeps the set it drew with while the new one is equal), about
     * 1,500 comparisons per Enter or Backspace in a 20,000-word article.
     * Null when nothing changed (no transaction is needed).
     */
    const refresh = (set: DecorationSet, doc: PMNode, ignored: IgnoredOccurrence[]): DecorationSet | null => {
      const shown = new Map<string, Decoration[]>();
      for (const d of set.find()) {
        const key = `${d.from}:${d.to}`;
        shown.set(key, [...(shown.get(key) ?? []), d]);
      }
      const added: Decoration[] = [];
      for (const { from, to, issue } of underlines(doc, ignored)) {
        const same = shown.get(`${from}:${to}`);
        const at = same?.findIndex((d) => sameIssue(d.spec.issue as SpellIssue, issue)) ?? -1;
        if (at >= 0) {
          same!.splice(at, 1);
          continue;
        }
        added.push(
          Decoration.inline(
            from,
            to,
            { class: `spell-issue spell-${issue.kind}`, title: issue.message, 'data-spell-kind': issue.kind },
            { issue, inclusiveStart: false, inclusiveEnd: false },
          ),
        );
      }
      const removed = [...shown.values()].flat();
      if (added.length === 0 && removed.length === 0) return null;
      return (removed.length ? set.remove(removed) : set).add(doc, added);
    };

    return [
      new Plugin<DecorationSet>({
        key: spellcheckKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr: Transaction, set: DecorationSet) {
            const meta = tr.getMeta(spellcheckKey) as DecorationSet | typeof RECHECK | undefined;
            if (meta === RECHECK) {
              cache = new WeakMap();
              recheckRequested = true;
              return DecorationSet.empty;
            }
            if (meta instanceof DecorationSet) return meta;
            const ignore = tr.getMeta(spellIgnoreOnceKey) as IgnoredOccurrence | undefined;
            if (ignore) set = set.remove(set.find(ignore.from, ignore.to).filter((d) => d.from === ignore.from && d.to === ignore.to));
            if (!tr.docChanged) return set;
            return tr.doc.childCount === tr.before.childCount ? set.map(tr.mapping, tr.doc) : mapAcrossBlocks(tr, set);
          },
        },
        props: {
          decorations: (state) => spellcheckKey.getState(state),
          handleClick: (_view, pos) => openAt(editor, pos, options.onOpen, true),
          handleDOMEvents: {
            contextmenu: (view, event) => {
              const found = view.posAtCoords({ left: event.clientX, top: event.clientY });
              if (!found || !openAt(editor, found.pos, options.onOpen)) return false;
              event.preventDefault();
              return true;
            },
          },
        },
        view(view) {
          let timer: ReturnType<typeof setTimeout> | undefined;
          let running = false;
          let again = false;
          let destroyed = false;

          const pass = async () => {
            if (destroyed || !options.checker) return;
            if (view.composing) return schedule();
            running = true;
            const doc = view.state.doc;
            const pending = textblocks(doc).filter(({ node }) => !cache.has(node) && node.textContent.trim() !== '');
            try {
              if (pending.length > 0) {
                const results = await options.checker.check(pending.map(({ node }) => paragraphText(node)));
                pending.forEach(({ node }, i) => cache.set(node, results[i] ?? []));
              }
            } catch {
              // The checker failing must never disturb writing: show nothing new.
            } finally {
              running = false;
            }
            if (destroyed) return;
            // Results are for `doc`; map them onto whatever the document is now.
            const current = view.state;
            if (current.doc === doc) {
              const next = refresh(spellcheckKey.getState(current) ?? DecorationSet.empty, doc, spellIgnoreOnceKey.getState(current) ?? []);
              if (next) view.dispatch(current.tr.setMeta(spellcheckKey, next).setMeta('addToHistory', false));
            } else {
              again = true;
            }
            if (again) {
              again = false;
              schedule();
            }
          };

          const schedule = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
              if (running) again = true;
              else void pass();
            }, options.delayMs);
          };

          schedule();
          return {
            update(updated, previous) {
              if (updated.state.doc !== previous.doc || recheckRequested) {
                recheckRequested = false;
                schedule();
              }
            },
            destroy() {
              destroyed = true;
              clearTimeout(timer);
            },
          };
        },
      }),
      new Plugin<IgnoredOccurrence[]>({
        key: spellIgnoreOnceKey,
        state: {
          init: () => [],
          apply(tr, list, old) {
            const added = tr.getMeta(spellIgnoreOnceKey) as IgnoredOccurrence | undefined;
            let next = added ? [...list, added] : list;
            if (!tr.docChanged || next.length === 0) return next;
            const mapping = isYjsChange(tr) ? yjsChangeMapping(old.doc, tr.doc) : tr.mapping;
            next = next
              .map((o) => ({ ...o, from: mapping.map(o.from, 1), to: mapping.map(o.to, -1) }))
              .filter((o) => o.from < o.to && tr.doc.textBetween(o.from, o.to) === o.text);
            return next;
          },
        },
      }),
    ];
  },
});

/** The same finding (a paragraph checked again after an edit elsewhere in it gives new, equal objects). */
function sameIssue(a: SpellIssue, b: SpellIssue): boolean {
  return (
    a === b ||
    (a.start === b.start &&
      a.end === b.end &&
      a.text === b.text &&
      a.kind === b.kind &&
      a.message === b.message &&
      a.suggestions.length === b.suggestions.length &&
      a.suggestions.every((s, i) => s === b.suggestions[i]))
  );
}

/**
 * Maps the underlines through a change that adds or removes top-level blocks
 * (Enter, Backspace joining two paragraphs, a paste). DecorationSet.map
 * rebuilds the whole set, visiting every block of the document, when such a
 * change touches a block holding underlines; so the underlines of the blocks
 * a step touches are dropped first (those blocks are new nodes, checked again
 * at the next pause), and the rest is only shifted.
 */
function mapAcrossBlocks(tr: Transaction, set: DecorationSet): DecorationSet {
  tr.steps.forEach((step, i) => {
    const doc = tr.docs[i]!;
    const touched: Decoration[] = [];
    step.getMap().forEach((oldStart, oldEnd) => {
      const $from = doc.resolve(oldStart);
      const $to = doc.resolve(oldEnd);
      const from = $from.depth > 0 ? $from.before(1) : oldStart;
      const to = $to.depth > 0 ? $to.after(1) : oldEnd;
      touched.push(...set.find(from, to));
    });
    if (touched.length > 0) set = set.remove(touched);
    set = set.map(new Mapping([step.getMap()]), tr.docs[i + 1] ?? tr.doc);
  });
  return set;
}

function openAt(editor: Editor, pos: number, onOpen: SpellcheckOptions['onOpen'], leftClick = false): boolean {
  if (!onOpen) return false;
  const view = editor.view;
  const set = spellcheckKey.getState(view.state);
  const hit = set?.find(pos, pos).find((d) => d.from <= pos && pos <= d.to);
  if (!hit) return false;
  const coords = view.coordsAtPos(hit.from);
  onOpen({ from: hit.from, to: hit.to, issue: hit.spec.issue as SpellIssue, left: coords.left, top: coords.bottom }, editor);
  // A left click still places the cursor; the menu opens beside it.
  return !leftClick;
}
