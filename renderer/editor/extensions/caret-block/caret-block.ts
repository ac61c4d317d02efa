import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** Class of the top-level blocks that hold the selection and of their neighbours; editor.css keeps them out of `content-visibility`. */
export const CARET_BLOCK_CLASS = 'caret-block';

const caretBlockKey = new PluginKey<DecorationSet>('caretBlock');

/** How far past empty blocks the neighbours reach (Ctrl+Arrow skips empty paragraphs). */
const MAX_EMPTY_NEIGHBOURS = 3;

/**
 * The top-level blocks around `pos`: its own, and on each side the next
 * block (and the next after an empty one, up to MAX_EMPTY_NEIGHBOURS), as
 * [from, to] ranges.
 */
function blocksAround(doc: PMNode, pos: number): Array<{ from: number; to: number }> {
  const $pos = doc.resolve(pos);
  if ($pos.depth === 0) return [];
  const index = $pos.index(0);
  const start = $pos.before(1);
  const blocks = [{ from: start, to: $pos.after(1) }];
  for (let i = index - 1, at = start, n = 0; i >= 0 && n <= MAX_EMPTY_NEIGHBOURS; i--, n++) {
    const node = doc.child(i);
    blocks.push({ from: at - node.nodeSize, to: at });
    at -= node.nodeSize;
    if (node.content.size > 0) break;
  }
  for (let i = index + 1, at = $pos.after(1), n = 0; i < doc.childCount && n <= MAX_EMPTY_NEIGHBOURS; i++, n++) {
    const node = doc.child(i);
    blocks.push({ from: at, to: at + node.nodeSize });
    at += node.nodeSize;
    if (node.content.size > 0) break;
  }
  return blocks;
}

function caretBlocks(state: EditorState): Array<{ from: number; to: number }> {
  const { doc, selection } = state;
  const blocks = [...blocksAround(doc, selection.from), ...blocksAround(doc, selection.to)];
  return blocks.filter((b, i) => blocks.findIndex((o) => o.from === b.from) === i);
}

/**
 * DecorationSet's own constructor (public in the class, marked internal in its
 * types). DecorationSet.create and .add visit every top-level block of the
 * document (about 1,000 in a 60-page article) to find decorations nested in
 * them; decorations that are top-level blocks themselves are never nested, and
 * a set holding only those is exactly `new DecorationSet(sorted, [])`, which is
 * what create would build.
 */
const TopLevelSet = DecorationSet as unknown as new (local: Decoration[], children: never[]) => DecorationSet;

/**
 * How many top-level blocks keep the class at most: the caret's blocks and
 * neighbours always, and blocks marked before while there is room (the
 * nearest to the selection first). A block that loses the class switches
 * back to `content-visibility: auto`, which costs Chromium a style
 * recalculation and more intersection computations in the next frames, so
 * Enter and Backspace (which move the caret's neighbourhood by one block)
 * must not unmark anything: with this slack they do not.
 */
export const MAX_MARKED_BLOCKS = 16;

/** The set marking `blocks` (top-level block ranges), built without visiting the rest of the document. */
function setOf(blocks: Array<{ from: number; to: number }>): DecorationSet {
  const decorations = [...blocks].sort((a, b) => a.from - b.from).map((b) => Decoration.node(b.from, b.to, { class: CARET_BLOCK_CLASS }));
  return decorations.length ? new TopLevelSet(decorations, []) : DecorationSet.empty;
}

/** The set marking the caret's blocks. */
function decorate(state: EditorState): DecorationSet {
  return setOf(caretBlocks(state));
}

/**
 * After a transaction: the old set mapped (cheap: only the decorated blocks
 * are looked at; a block whose range a change broke, as Enter's split does,
 * drops out and is added back below) when it still covers the caret's
 * blocks, as it does for every letter typed; otherwise the caret's blocks
 * plus the mapped set's other blocks nearest to the selection, up to
 * MAX_MARKED_BLOCKS.
 */
function next(tr: Transaction, set: DecorationSet, state: EditorState): DecorationSet {
  if (!tr.docChanged && !tr.selectionSet) return set;
  const mapped = tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
  const have = mapped.find();
  const want = caretBlocks(state);
  if (want.every((b) => have.some((d) => d.from === b.from && d.to === b.to))) return mapped;
  const { from, to } = state.selection;
  const distance = (d: { from: number; to: number }) => Math.max(0, d.from - to, from - d.to);
  const kept = have
    .filter((d) => !want.some((b) => b.from === d.from))
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, Math.max(0, MAX_MARKED_BLOCKS - want.length));
  return setOf([...want, ...kept]);
}

/**
 * Marks the body's top-level blocks that hold the selection, so that the
 * blocks' `content-visibility: auto` (long articles skip off-screen layout)
 * never applies to the block being typed in. A block Enter has just created
 * is otherwise "skipped" until Chromium's next rendering update decides it is
 * on screen; a letter typed in that window (about one frame after Enter) is
 * inserted with the caret left BEFORE it, and everything typed after it lands
 * in front of it. The class is set in the same DOM update that creates the
 * block, so there is no such window.
 *
 * The blocks next to the selection's keep the class too. A block that loses
 * it is skipped again until that next rendering update, even on screen: the
 * paragraph Enter has just left, reached by Shift+ArrowLeft within that
 * frame, had no layout, and Chromium put the selection's end at the
 * paragraph's START (editor fuzzer, seed 2004: the text typed over the
 * selection replaced the whole paragraph). A key moves the caret at most
 * into a neighbour (past empty blocks for Ctrl+Arrow), and the keydown reads
 * the selection first (PendingSelection), so the block a key moves into was
 * never just skipped.
 *
 * Blocks marked before keep the class while there is room
 * (MAX_MARKED_BLOCKS): unmarking an on-screen block made Chromium lock it for
 * `content-visibility: auto` and unlock it again in the next frames, on every
 * Enter and Backspace (docs/performance.md, branch typing19k).
 */
export const CaretBlock = Extension.create({
  name: 'caretBlock',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: caretBlockKey,
        state: {
          init: (_config, state) => decorate(state),
          apply: (tr, set, _old, state) => next(tr, set, state),
        },
        props: { decorations: (state) => caretBlockKey.getState(state) },
      }),
    ];
  },
});
