// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { bodyExtensions } from './extensions';
import { patchYTiptap } from './y-tiptap-patch';

const editors: Editor[] = [];
afterEach(() => {
  editors.splice(0).forEach((e) => e.destroy());
  vi.restoreAllMocks();
});

/** A body of `n` paragraphs in Yjs, as y-prosemirror writes it. */
function article(n: number): Y.Doc {
  const doc = new Y.Doc();
  const body = doc.getXmlFragment('body');
  body.insert(
    0,
    Array.from({ length: n }, (_, i) => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(`Đoạn thứ ${i + 1} nói về kinh tế của huyện.`)]);
      return p;
    }),
  );
  return doc;
}

function open(doc: Y.Doc): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions: bodyExtensions({ collaboration: { document: doc, field: 'body' } }) });
  editors.push(editor);
  return editor;
}

/** What another editor reads from the same Yjs state: proves the fragment holds what the first one shows. */
function reopened(doc: Y.Doc) {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return open(copy).getJSON();
}

describe('y-tiptap patch: no whole-document comparison when a block is added or removed', () => {
  it('Enter and Backspace in a 600-paragraph article compare a few blocks, not all of them (counted)', () => {
    const doc = article(600);
    const editor = open(doc);
    const toDelta = vi.spyOn(Y.XmlText.prototype, 'toDelta');
    editor.commands.setTextSelection(editor.state.doc.resolve(0).posAtIndex(300) + 5);
    toDelta.mockClear();
    editor.commands.splitBlock();
    expect(doc.getXmlFragment('body').length).toBe(601);
    // Unpatched, reconcileMappedChildren compares every anchored block: about 600 toDelta calls.
    expect(toDelta.mock.calls.length).toBeLessThan(20);
    toDelta.mockClear();
    editor.commands.joinBackward();
    expect(doc.getXmlFragment('body').length).toBe(600);
    expect(toDelta.mock.calls.length).toBeLessThan(20);
    expect(reopened(doc)).toEqual(editor.getJSON());
  });

  it('keeps Yjs and ProseMirror the same through block edits mixed with a concurrent remote edit', () => {
    const a = article(50);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const editorA = open(a);
    const editorB = open(b);
    editorA.commands.setTextSelection(editorA.state.doc.resolve(0).posAtIndex(10) + 3);
    editorA.commands.splitBlock();
    editorA.commands.insertContent('mới ');
    editorB.commands.setTextSelection(editorB.state.doc.resolve(0).posAtIndex(40) + 2);
    editorB.commands.splitBlock();
    editorB.commands.insertContent('khác');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    editorA.commands.setTextSelection(editorA.state.doc.resolve(0).posAtIndex(30) + 1);
    editorA.commands.splitBlock();
    editorA.commands.joinBackward();
    editorA.commands.setTextSelection(editorA.state.doc.resolve(0).posAtIndex(5) + 1);
    editorA.commands.joinBackward();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(editorA.state.doc.childCount).toBe(51);
    expect(editorB.getJSON()).toEqual(editorA.getJSON());
    expect(reopened(a)).toEqual(editorA.getJSON());
  });

  it('refuses a y-tiptap whose code is not the one patched', () => {
    expect(() => patchYTiptap('const mappedIdentity = () => true;')).toThrow(/y-tiptap-patch/);
  });
});
