// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { afterEach, describe, expect, it } from 'vitest';
import { decorationLookup, upstreamForChild } from './decoration-lookup';
import { makeBodyEditor } from './test-editor';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** A small deterministic random source (the same sessions on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Inline decorations on some words of some paragraphs, as the spellcheck underlines are. */
function underlines(doc: PMNode, next: () => number): Decoration[] {
  const found: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || next() < 0.4) return;
    const at = Math.floor(next() * Math.max(1, node.text!.length - 3));
    found.push(Decoration.inline(pos + at, pos + at + 3, { class: 'spell-issue' }));
  });
  return found;
}

/** Every child's set, asked the way the view asks (each child's offset), and some other offsets, from both lookups. */
function compareAt(set: DecorationSet, parent: PMNode): number {
  let compared = 0;
  const offsets: number[] = [];
  parent.forEach((_child, offset) => offsets.push(offset, offset + 1));
  parent.forEach((child, offset, index) => {
    const node = parent.child(index);
    for (const at of [offset, offset + 1]) {
      decorationLookup.enabled = false;
      const upstream = upstreamForChild.call(set, at, node);
      decorationLookup.enabled = true;
      const patched = set.forChild(at, node);
      // The stored child set itself; upstream builds a new one when the set has decorations of its own here.
      if (patched !== upstream) expect(patched).toEqual(upstream);
      compared += 1;
    }
    // One level down (a list's items, a table's rows): the same rule for the child's own set.
    const inner = set.forChild(offset, child);
    if (inner instanceof DecorationSet && !child.isTextblock && child.childCount > 0) compared += compareAt(inner, child);
  });
  return compared;
}

describe('decoration lookup (DecorationSet.forChild by binary search)', () => {
  it('gives the very set upstream scan gives for every block, through a session of random edits', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) =>
      i % 37 === 5 ? `<ul><li><p>mục ${i} một</p></li><li><p>mục ${i} hai</p></li></ul>` : `<p>Đoạn ${i} nói về kinh tế xã hội của huyện.</p>`,
    );
    editor = makeBodyEditor(paragraphs.join(''));
    const next = random(19);
    let set = DecorationSet.create(editor.state.doc, underlines(editor.state.doc, next));
    const searchedBefore = decorationLookup.searched;
    let compared = compareAt(set, editor.state.doc);
    for (let step = 0; step < 120; step++) {
      const { state } = editor;
      const size = state.doc.content.size;
      const at = 1 + Math.floor(next() * (size - 2));
      const $at = state.doc.resolve(at);
      if (!$at.parent.inlineContent) continue;
      let tr: Transaction = state.tr;
      const kind = next();
      if (kind < 0.35) tr = tr.insertText('ả', at);
      else if (kind < 0.55) tr = tr.setSelection(TextSelection.create(state.doc, at)).split(at);
      else if (kind < 0.75) tr = tr.delete(at, Math.min(size - 1, at + 1 + Math.floor(next() * 60)));
      else if (kind < 0.9) tr = tr.insert($at.after(1), state.schema.nodes.paragraph!.create(null, state.schema.text('mới chèn vào đây')));
      else {
        // New underlines in the touched paragraph, as a spellcheck pass adds them.
        set = set.add(state.doc, underlines($at.parent, next).map((d) => Decoration.inline(d.from + $at.start(), d.to + $at.start(), { class: 'spell-issue' })));
      }
      if (tr.docChanged) {
        editor.view.dispatch(tr);
        set = set.map(tr.mapping, editor.state.doc);
      }
      compared += compareAt(set, editor.state.doc);
    }
    expect(compared).toBeGreaterThan(50_000);
    // The search was the path taken (the body's set has no decorations of its own at the top).
    expect(decorationLookup.searched - searchedBefore).toBeGreaterThan(10_000);
  });

  it('leaves sets with decorations of their own at that level to upstream (node decorations on blocks)', () => {
    editor = makeBodyEditor(Array.from({ length: 60 }, (_, i) => `<p>Đoạn ${i} có chủ chương.</p>`).join(''));
    const { doc } = editor.state;
    const decorations = [...underlines(doc, random(3)), Decoration.node(0, doc.child(0).nodeSize, { class: 'caret-block' })];
    const set = DecorationSet.create(doc, decorations);
    const searchedBefore = decorationLookup.searched;
    expect(compareAt(set, doc)).toBeGreaterThanOrEqual(120);
    expect(decorationLookup.searched).toBe(searchedBefore);
  });
});
