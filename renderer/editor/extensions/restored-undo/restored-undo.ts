import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey, yUndoPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { followMovedLetters, logMovedLetters } from '../moved-letters/moved-letters';

type StackItem = Y.UndoManager['undoStack'][number];

/**
 * How many units of `item`, from its start, lead through its chain of
 * restorations (`redone`) to one and the same item, as Yjs's `followRedone`
 * walks it.
 */
function redoneCoverage(store: Y.Doc['store'], item: Y.Item): { covered: number; target: Y.Item | null } {
  let covered = item.length;
  let current: Y.Item = item;
  let diff = 0;
  while (current.redone !== null) {
    const id = Y.createID(current.redone.client, current.redone.clock + diff);
    const next = Y.getItem(store, id);
    if (!(next instanceof Y.Item)) return { covered, target: null };
    diff = id.clock - next.id.clock;
    covered = Math.min(covered, next.length - diff);
    current = next;
  }
  return { covered, target: current };
}

/**
 * Splits the items `stackItem` inserted where their restored copies were
 * split; tells whether popping it surely changes something (so that Yjs
 * stops there and pops no older step).
 */
function splitAtRestoredSplits(um: Y.UndoManager, tr: Y.Transaction, stackItem: StackItem): boolean {
  const store = tr.doc.store;
  let changes = false;
  const inScope = (item: Y.Item) => um.scope.some((type) => type === tr.doc || Y.isParentOf(type as Y.AbstractType<unknown>, item));
  Y.iterateDeletedStructs(tr, stackItem.insertions, (struct) => {
    if (!(struct instanceof Y.Item)) return;
    const { covered, target } = struct.redone === null ? { covered: struct.length, target: struct } : redoneCoverage(store, struct);
    // The rest of this item is visited next, with its own chain (the split gives it `redone` + covered).
    if (covered < struct.length) Y.getItemCleanStart(tr, Y.createID(struct.id.client, struct.id.clock + covered));
    if (target && !target.deleted && inScope(target) && um.deleteFilter(target)) changes = true;
  });
  if (changes) return true;
  // A deleted item it brings back (not restored yet, in a block that is still there).
  Y.iterateDeletedStructs(tr, stackItem.deletions, (struct) => {
    if (struct instanceof Y.Item && struct.deleted && struct.redone === null && !Y.isDeleted(stackItem.insertions, struct.id) && inScope(struct)) {
      const parent = (struct.parent as Y.AbstractType<unknown> | null)?._item ?? null;
      if (parent === null || !parent.deleted) changes = true;
    }
  });
  return changes;
}

/**
 * Yjs's undo manager (13.6) undoes an insertion by following the item's
 * `redone` link when an earlier undo or redo restored it, but only from the
 * item's start: when the restored copy was split afterwards (a Backspace
 * took its last letters, and a later undo restored those), the copy's rest
 * is never reached, and undo back to the start leaves it in the article
 * with no undo step left (editor fuzzer, seed 2100: "tổng " typed, deleted,
 * restored by Ctrl+Z, "g " deleted and restored by Ctrl+Z, then Ctrl+Z of
 * the typing left "g ").
 *
 * Before each undo or redo, the inserted items of the steps about to be
 * popped are split where their restored copies were, so that Yjs follows
 * each part to its own copy. Splitting changes no content: no update is
 * sent and nothing is observed.
 */
export function splitRestoredBeforeUndo(um: Y.UndoManager): void {
  const installed = um as Y.UndoManager & { restoredUndo?: true };
  if (installed.restoredUndo) return;
  installed.restoredUndo = true;
  const prepare = (stack: StackItem[]) => {
    if (stack.length === 0) return;
    Y.transact(
      um.doc,
      (tr) => {
        // Yjs pops steps until one changes something: prepare as many.
        for (let i = stack.length - 1; i >= 0; i--) if (splitAtRestoredSplits(um, tr, stack[i]!)) break;
      },
      restoredUndoOrigin,
    );
  };
  const undo = um.undo;
  const redo = um.redo;
  um.undo = function (this: Y.UndoManager) {
    prepare(this.undoStack);
    return undo.call(this);
  };
  um.redo = function (this: Y.UndoManager) {
    prepare(this.redoStack);
    return redo.call(this);
  };
}

/** The origin of the transaction that splits items before an undo (no undo manager tracks it). */
export const restoredUndoOrigin = Symbol('restoredUndo');

/** Undo that follows letters to their copies: those an undo restored (above) and those another writer's edit moved (moved-letters.ts). */
export const RestoredUndo = Extension.create({
  name: 'restoredUndo',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('restoredUndo'),
        view(view) {
          const state = yUndoPluginKey.getState(view.state) as { undoManager?: Y.UndoManager } | undefined;
          const sync = ySyncPluginKey.getState(view.state) as { doc?: Y.Doc } | undefined;
          if (sync?.doc) logMovedLetters(sync.doc);
          // Moved letters wrap the undo last: their links are made before the split above looks at them.
          if (state?.undoManager) {
            splitRestoredBeforeUndo(state.undoManager);
            followMovedLetters(state.undoManager);
          }
          return {};
        },
      }),
    ];
  },
});
