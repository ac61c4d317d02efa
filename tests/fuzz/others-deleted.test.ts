// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import * as yTiptap from '@tiptap/y-tiptap';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT, seedArticle } from '../../common/article/layout';
import { bodyExtensions } from '../../renderer/editor/extensions';
import { watchOthersDeleted } from './others-deleted';
import { typeAtEnd } from '../../renderer/editor/test-editor';

/**
 * The two-writer fuzz's undo check by Yjs client id (others-deleted.ts), on two
 * real editors exchanging updates directly (as renderer/editor/two-writers-undo.test.ts).
 */
const split = (yTiptap as unknown as { toasoanSplitTexts: { enabled: boolean } }).toasoanSplitTexts;
const editors: Editor[] = [];

function openEditor(state: Uint8Array, clientID: number): { doc: Y.Doc; editor: Editor } {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  Y.applyUpdate(doc, state);
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions: bodyExtensions({ collaboration: { document: doc, field: BODY_FRAGMENT } }) });
  editors.push(editor);
  return { doc, editor };
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'hub');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'hub');
}

const text = (editor: Editor) => editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n');

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
  split.enabled = true;
});

/** Both type into the same empty paragraph before either sees the other's letters; then A's undo, watched in both. */
function play(idA = 1, idB = 2) {
  const created = new Y.Doc();
  seedArticle(created);
  const state = Y.encodeStateAsUpdate(created);
  const a = openEditor(state, idA);
  const b = openEditor(state, idB);
  const watchA = watchOthersDeleted(a.editor, 'typing');
  const watchB = watchOthersDeleted(b.editor, 'typing');
  a.editor.commands.insertContent('Khánh ');
  b.editor.commands.insertContent('cầu mới ');
  exchange(a.doc, b.doc);
  a.editor.commands.insertContent('thành ');
  b.editor.commands.insertContent('hôm nay ');
  exchange(a.doc, b.doc);
  a.editor.commands.insertContent('xong ');
  exchange(a.doc, b.doc);
  const typing = [...watchA.entries.splice(0), ...watchB.entries.splice(0)];
  watchA.phase = "A's undo";
  watchB.phase = "A's undo, in B";
  for (let i = 0; i < 50 && a.editor.can().undo(); i++) a.editor.commands.undo();
  exchange(a.doc, b.doc);
  return { typing, undoA: watchA.entries, inB: watchB.entries, afterA: text(b.editor), a, b, t: 0 };
}

describe("the two-writer fuzz's check of whose letters an undo deletes", () => {
  it.each([[1, 2], [2, 1]])("notes nothing when each writer's editor deletes only its own items (client ids %i, %i)", (idA, idB) => {
    const { typing, undoA, inB, afterA } = play(idA, idB);
    expect(typing).toEqual([]);
    expect(undoA).toEqual([]);
    expect(inB).toEqual([]);
    expect(afterA).toBe('cầu mới hôm nay ');
  });

  it("notes the other's items deleted by an undo", () => {
    const { a, b } = play();
    const watchA = watchOthersDeleted(a.editor, "A's undo");
    // B's letters deleted in a transaction of A's undo manager (as a wrong undo step would).
    const undoManager = yTiptap.yUndoPluginKey.getState(a.editor.state)!.undoManager;
    const bText = a.doc.getXmlFragment(BODY_FRAGMENT).toArray()[0] as Y.XmlElement;
    a.doc.transact(() => {
      for (const child of bText.toArray()) if (child instanceof Y.XmlText && child.toString().startsWith('cầu')) child.delete(0, 3);
    }, undoManager);
    expect(watchA.entries).toEqual([`A's undo: undo deleted client ${b.doc.clientID}'s "cầu"`]);
  });

  it("notes the other's items deleted by upstream y-tiptap's writes (the fourth part disabled)", () => {
    split.enabled = false;
    // With client ids 2 and 1, upstream's write of the paragraph's two texts deleted A's letters in B's window.
    const { typing } = play(2, 1);
    expect(typing).toEqual([`typing: y-sync deleted client 2's "<1>Khánh "`]);
  });

  it("does not note a window's undo deleting the other's copies of its own letters (the moved-letters log)", () => {
    const created = new Y.Doc();
    seedArticle(created);
    const state = Y.encodeStateAsUpdate(created);
    const a = openEditor(state, 1);
    const b = openEditor(state, 2);
    for (const [side, words] of [[a, 'Khánh thành '], [b, 'cầu mới '], [a, 'hôm nay '], [b, 'xong ']] as const) {
      typeAtEnd(side.editor, words);
      exchange(a.doc, b.doc);
    }
    // A's Enter with B's letters on both sides: one part is written again as A's copies; B typed last in the
    // part after the caret, so that part keeps its Yjs element and B's "cầu mới " before it is copied.
    a.editor.commands.setTextSelection(1 + 'Khánh thành cầu mới '.length);
    a.editor.commands.enter();
    exchange(a.doc, b.doc);
    const watchB = watchOthersDeleted(b.editor, "B's undo");
    // What B's undo deletes of A's items, by client id alone.
    let aItemsDeleted = 0;
    b.doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.local) aItemsDeleted += (tr.deleteSet.clients.get(a.doc.clientID) ?? []).reduce((n, r) => n + r.len, 0);
    });
    for (let i = 0; i < 50 && b.editor.can().undo(); i++) b.editor.commands.undo();
    exchange(a.doc, b.doc);
    expect(text(b.editor)).toBe('Khánh thành \nhôm nay ');
    expect(aItemsDeleted).toBe('cầu mới '.length);
    expect(watchB.entries).toEqual([]);
  });
});
