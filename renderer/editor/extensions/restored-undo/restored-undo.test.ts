// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { makeBodyEditor } from '../../test-editor';
import { splitRestoredBeforeUndo } from './restored-undo';

/**
 * "tổng " typed; deleted; Ctrl+Z brings it back (a restored copy); "g "
 * deleted; Ctrl+Z brings "g " back; Ctrl+Z of the typing must leave nothing
 * (editor fuzzer, seed 2100). `step` runs one change as an undo step of its own.
 */
function restoredThenSplit(text: Y.Text, um: Y.UndoManager, step: (f: () => void) => void): string[] {
  const seen: string[] = [];
  step(() => text.insert(0, 'tổng '));
  step(() => text.delete(0, 5));
  um.undo();
  seen.push(text.toString());
  step(() => text.delete(3, 2));
  seen.push(text.toString());
  um.undo();
  seen.push(text.toString());
  um.undo();
  seen.push(text.toString());
  return seen;
}

describe('RestoredUndo: undo reaches every part of restored text', () => {
  const stepOf = (um: Y.UndoManager) => (f: () => void) => {
    f();
    um.stopCapturing();
  };

  it("Yjs's undo manager alone leaves the restored copy's split-off part (remove RestoredUndo when this fails)", () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    const um = new Y.UndoManager(text);
    expect(restoredThenSplit(text, um, stepOf(um))).toEqual(['tổng ', 'tổn', 'tổng ', 'g ']);
    expect(um.undoStack).toHaveLength(0);
  });

  it('with it, undo back to the start leaves nothing, and redo brings everything back', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    const um = new Y.UndoManager(text);
    splitRestoredBeforeUndo(um);
    expect(restoredThenSplit(text, um, stepOf(um))).toEqual(['tổng ', 'tổn', 'tổng ', '']);
    um.redo();
    expect(text.toString()).toBe('tổng ');
    um.redo();
    expect(text.toString()).toBe('tổn');
    um.undo();
    um.undo();
    expect(text.toString()).toBe('');
  });

  it('splitting before an undo sends no update', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    const um = new Y.UndoManager(text);
    splitRestoredBeforeUndo(um);
    const updates: unknown[] = [];
    const step = stepOf(um);
    step(() => text.insert(0, 'tổng '));
    step(() => text.delete(0, 5));
    um.undo();
    step(() => text.delete(3, 2));
    um.undo();
    doc.on('update', (_u: Uint8Array, origin: unknown) => updates.push(origin));
    um.undo();
    // One update: the undo's own (the split before it changes nothing).
    expect(updates).toEqual([um]);
  });

  let editor: Editor | null = null;
  afterEach(() => editor?.destroy());

  it('the body editor (Yjs): Ctrl+Z back to the start after a restored word lost its end', () => {
    editor = makeBodyEditor('', { collaboration: { document: new Y.Doc(), field: 'body' } });
    const e = editor;
    const um = (yUndoPluginKey.getState(e.state) as { undoManager: Y.UndoManager }).undoManager;
    const step = (f: () => void) => {
      f();
      um.stopCapturing();
    };
    e.commands.focus('end');
    step(() => e.commands.insertContent('tổng '));
    step(() => e.commands.deleteRange({ from: 1, to: 6 }));
    e.commands.undo();
    expect(e.state.doc.textContent).toBe('tổng ');
    step(() => e.commands.deleteRange({ from: 4, to: 6 }));
    expect(e.state.doc.textContent).toBe('tổn');
    e.commands.undo();
    expect(e.state.doc.textContent).toBe('tổng ');
    e.commands.undo();
    expect(e.state.doc.textContent).toBe('');
    expect(um.undoStack).toHaveLength(0);
  });
});
