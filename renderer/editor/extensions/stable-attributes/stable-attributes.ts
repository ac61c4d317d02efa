import { Extension } from '@tiptap/core';

/**
 * TipTap's `editor.extensionManager.attributes` is a getter that rebuilds the
 * attribute list of every extension on each read: for each of the editor's
 * ~40 extensions it calls addOptions (merging every `configure` layer),
 * addStorage, addAttributes and addGlobalAttributes. `splitBlock` (Enter) and
 * `splitListItem` read it on every key, to know which attributes a new block
 * keeps (`keepOnSplit`). An editor's extensions, their options and its schema
 * do not change after it is created, so the list is built once, when the
 * editor is created, and that same list is returned afterwards (an own
 * property of this editor's extension manager; a manager TipTap creates anew
 * builds its own list again). docs/performance.md.
 */
export const StableAttributes = Extension.create({
  name: 'stableAttributes',
  onBeforeCreate() {
    const manager = this.editor.extensionManager;
    Object.defineProperty(manager, 'attributes', { value: manager.attributes, configurable: true });
  },
});
