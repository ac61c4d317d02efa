// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import * as Y from 'yjs';
import { makeBodyEditor } from '../../test-editor';
import { defaultFindOptions } from './find-text';
import {
  closeFind,
  FindReplace,
  findStateOf,
  replaceAllMatches,
  replaceCurrentMatch,
  setCurrentMatch,
  setFindQuery,
} from './find-replace';

let editor: Editor;
afterEach(() => editor?.destroy());

const html = '<p>Xã <strong>Tân</strong> Thạnh họp.</p><ul><li><p>tân thạnh</p></li></ul><p>Tân Thạnh Tây</p>';

function make(withYjs: boolean, content = html, delayMs = 150): Editor {
  if (!withYjs) return makeBodyEditor(content, { extra: [FindReplace.configure({ delayMs })] });
  const doc = new Y.Doc();
  const e = makeBodyEditor('', { collaboration: { document: doc, field: 'body' }, extra: [FindReplace.configure({ delayMs })] });
  e.commands.setContent(content);
  return e;
}

const shown = (e: Editor) => [...e.view.dom.querySelectorAll('.find-match')].map((el) => el.textContent);

describe('FindReplace', () => {
  it('marks every match, across marks, and the current one', () => {
    editor = make(false);
    setFindQuery(editor.view, 'tan thanh', defaultFindOptions, 0);
    const state = findStateOf(editor.state)!;
    expect(state.matches.map((m) => editor.state.doc.textBetween(m.from, m.to))).toEqual(['Tân Thạnh', 'tân thạnh', 'Tân Thạnh']);
    expect(editor.view.dom.querySelectorAll('.find-match-current').length).toBeGreaterThan(0);
    setCurrentMatch(editor.view, 5); // wraps: 5 mod 3
    expect(findStateOf(editor.state)!.current).toBe(2);
    setCurrentMatch(editor.view, -1);
    expect(findStateOf(editor.state)!.current).toBe(2);
    closeFind(editor.view);
    expect(findStateOf(editor.state)!.matches).toEqual([]);
    expect(shown(editor)).toEqual([]);
  });

  it('costs nothing while closed: typing leaves its state untouched', () => {
    editor = make(false);
    const before = findStateOf(editor.state);
    editor.commands.focus('end');
    editor.view.dispatch(editor.state.tr.insertText(' tân thạnh'));
    expect(findStateOf(editor.state)).toBe(before);
  });

  it('searches again after an edit, but not while an input method composes', async () => {
    editor = make(false, html, 5);
    setFindQuery(editor.view, 'tan thanh', defaultFindOptions, 0);
    const input = (editor.view as unknown as { input: { composing: boolean } }).input;
    input.composing = true;
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.view.dispatch(editor.state.tr.insertText(' tan thanh'));
    await new Promise((r) => setTimeout(r, 40));
    // Mapped, not searched again: the new words are not marked yet.
    expect(findStateOf(editor.state)!.matches).toHaveLength(3);
    input.composing = false;
    await expect.poll(() => findStateOf(editor.state)!.matches.length).toBe(4);
  });

  it('replace takes the current match and moves to the next', () => {
    editor = make(false);
    setFindQuery(editor.view, 'tân thạnh', { ...defaultFindOptions, ignoreAccents: false }, 0);
    expect(replaceCurrentMatch(editor, 'Tân Thạnh (mới)')).toBe(true);
    expect(editor.state.doc.textContent).toContain('Xã Tân Thạnh (mới) họp.');
    const state = findStateOf(editor.state)!;
    // The replacement matches too, but the next match is the one after it.
    expect(editor.state.doc.textBetween(state.matches[state.current]!.from, state.matches[state.current]!.to)).toBe('tân thạnh');
  });

  it('whole word and match case narrow what replace-all touches', () => {
    editor = make(false, '<p>an toàn, an ninh, An, bàn</p>');
    setFindQuery(editor.view, 'an', { ignoreAccents: true, matchCase: true, wholeWord: true });
    expect(replaceAllMatches(editor, 'AN')).toBe(2);
    expect(editor.state.doc.textContent).toBe('AN toàn, AN ninh, An, bàn');
  });

  describe.each([
    ['the Yjs undo manager', true],
    ['ProseMirror history', false],
  ])('replace all with %s', (_name, withYjs) => {
    it('is one undo step, apart from the typing before it', () => {
      editor = make(withYjs);
      editor.commands.focus('end');
      // Typing just before, within the undo manager's grouping time.
      editor.view.dispatch(editor.state.tr.insertText(' mới'));
      const typed = editor.state.doc.textContent;
      setFindQuery(editor.view, 'tan thanh', defaultFindOptions);
      expect(replaceAllMatches(editor, 'Tân Thành')).toBe(3);
      expect(editor.state.doc.textContent).toBe('Xã Tân Thành họp.Tân ThànhTân Thành Tây mới');
      editor.commands.undo();
      expect(editor.state.doc.textContent).toBe(typed);
      editor.commands.redo();
      expect(editor.state.doc.textContent).toBe('Xã Tân Thành họp.Tân ThànhTân Thành Tây mới');
    });
  });
});
