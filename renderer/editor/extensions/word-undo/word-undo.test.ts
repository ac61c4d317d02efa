// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { makeBodyEditor } from '../../test-editor';

let editor: Editor;
afterEach(() => editor?.destroy());

const text = (e: Editor) => e.state.doc.textContent;

/** The clock of each history, moved back as if `ms` had passed since the last change. */
function pause(e: Editor, ms: number): void {
  const undo = yUndoPluginKey.getState(e.state) as { undoManager?: { lastChange: number } } | undefined;
  if (undo?.undoManager && undo.undoManager.lastChange > 0) undo.undoManager.lastChange -= ms;
  const history = e.state.plugins.find((p) => (p as unknown as { key: string }).key.startsWith('history$'));
  const state = history?.getState(e.state) as { prevTime: number } | undefined;
  if (state && state.prevTime > 0) state.prevTime -= ms;
}

/** What Unikey sends for "tieengs" (Telex, Backspace method), with a long pause between every key. */
function unikeyTieng(e: Editor): void {
  const type = (s: string) => {
    pause(e, 2_000);
    e.view.dispatch(e.state.tr.insertText(s));
  };
  const back = (n: number) => {
    pause(e, 2_000);
    const at = e.state.selection.head;
    e.view.dispatch(e.state.tr.delete(at - n, at));
  };
  type('t');
  type('i');
  type('e');
  back(1);
  type('ê');
  type('n');
  type('g');
  back(3);
  type('ếng');
}

function undoSteps(e: Editor): string[] {
  const seen: string[] = [];
  for (let i = 0; i < 10 && text(e) !== 'Tin '; i++) {
    e.commands.undo();
    seen.push(text(e));
  }
  return seen;
}

describe.each([
  ['Yjs undo manager', true],
  ['ProseMirror history', false],
])('WordUndo with the %s', (_name, withYjs) => {
  function make(): Editor {
    const options = withYjs ? { collaboration: { document: new Y.Doc(), field: 'body' } } : {};
    const e = makeBodyEditor('', options);
    e.commands.focus('end');
    e.view.dispatch(e.state.tr.insertText('Tin '));
    return e;
  }

  it('never ends an undo step inside a word, however slow the keys', () => {
    editor = make();
    unikeyTieng(editor);
    expect(text(editor)).toBe('Tin tiếng');
    expect(undoSteps(editor)).toEqual(['Tin ']);
  });

  it('still starts a new step for a new word after a pause', () => {
    editor = make();
    unikeyTieng(editor);
    pause(editor, 2_000);
    editor.view.dispatch(editor.state.tr.insertText(' '));
    pause(editor, 2_000);
    editor.view.dispatch(editor.state.tr.insertText('Việt'));
    editor.commands.undo();
    expect(text(editor)).toBe('Tin tiếng ');
  });

  it('does not join letters typed somewhere else', () => {
    editor = make();
    unikeyTieng(editor);
    pause(editor, 2_000);
    editor.commands.setTextSelection(3); // inside "Tin"
    editor.view.dispatch(editor.state.tr.insertText('h'));
    editor.commands.undo();
    expect(text(editor)).toBe('Tin tiếng');
  });
});
