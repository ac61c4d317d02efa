// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT, seedArticle, TITLE_FRAGMENT } from '../../common/article/layout';
import { bodyExtensions, lineExtensions } from './extensions';

/**
 * Two windows (or, later, two board members) open the same brand-new
 * article and both start typing before either sees the other's changes.
 * y-prosemirror writes the whole first block when a field's fragment is
 * empty, so each would add its own paragraph: a title of two lines, which
 * the one-line schema cannot hold (without the seed this test fails with
 * ProseMirror's "RangeError: Position 22 out of range").
 */
function openEditor(state: Uint8Array, field: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const element = document.createElement('div');
  document.body.append(element);
  const collaboration = { document: doc, field };
  const extensions = field === TITLE_FRAGMENT ? lineExtensions({ collaboration }) : bodyExtensions({ collaboration });
  return { doc, editor: new Editor({ element, extensions }) };
}

function typeBothThenSync(created: Y.Doc, field: string) {
  const state = Y.encodeStateAsUpdate(created);
  const a = openEditor(state, field);
  const b = openEditor(state, field);
  a.editor.commands.insertContent('Khánh thành ');
  b.editor.commands.insertContent('cầu mới');
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc));
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
  const fragment = a.doc.getXmlFragment(field);
  const result = {
    blocks: fragment.length,
    text: fragment.toArray().map((block) => (block as Y.XmlElement).toString()),
    sameInBoth: fragment.toString() === b.doc.getXmlFragment(field).toString(),
  };
  a.editor.destroy();
  b.editor.destroy();
  return result;
}

describe('a new article typed in by two editors at once', () => {
  for (const field of [TITLE_FRAGMENT, BODY_FRAGMENT]) {
    it(`keeps one first block in the ${field}, with both people's words in it`, () => {
      const created = new Y.Doc();
      seedArticle(created);
      const result = typeBothThenSync(created, field);
      expect(result.sameInBoth).toBe(true);
      expect(result.blocks).toBe(1);
      expect(result.text[0]).toContain('Khánh thành');
      expect(result.text[0]).toContain('cầu mới');
    });
  }

});
