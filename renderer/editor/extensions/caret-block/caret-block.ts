import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** Class of the top-level blocks that hold the selection; editor.css keeps them out of `content-visibility`. */
export const CARET_BLOCK_CLASS = 'caret-block';

const caretBlockKey = new PluginKey<DecorationSet>('caretBlock');

function topLevelBlock(doc: PMNode, pos: number): { from: number; to: number } | null {
  const $pos = doc.resolve(pos);
  if ($pos.depth === 0) return null;
  return { from: $pos.before(1), to: $pos.after(1) };
}

function decorate(state: EditorState): DecorationSet {
  const { doc, selection } = state;
  const blocks = [topLevelBlock(doc, selection.from), topLevelBlock(doc, selection.to)].filter((b) => b !== null);
  const unique = blocks.filter((b, i) => blocks.findIndex((o) => o.from === b.from) === i);
  return DecorationSet.create(
    doc,
    unique.map((b) => Decoration.node(b.from, b.to, { class: CARET_BLOCK_CLASS })),
  );
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
 */
export const CaretBlock = Extension.create({
  name: 'caretBlock',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: caretBlockKey,
        state: {
          init: (_config, state) => decorate(state),
          apply: (tr, set, _old, state) => (tr.docChanged || tr.selectionSet ? decorate(state) : set),
        },
        props: { decorations: (state) => caretBlockKey.getState(state) },
      }),
    ];
  },
});
