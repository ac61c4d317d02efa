// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as yTiptap from '@tiptap/y-tiptap';
import { bodyExtensions } from './extensions';
import { patchYTiptap } from './y-tiptap-patch';

const editors: Editor[] = [];
afterEach(() => {
  editors.splice(0).forEach((e) => e.destroy());
  vi.restoreAllMocks();
});

/** A body of `n` paragraphs in Yjs, as y-prosemirror writes it. */
function article(n: number, clientID?: number): Y.Doc {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
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
    expect(() => patchYTiptap(`const mappedIdentity = 1;\nconst reconcileUnanchoredChildren = 1;\nimport * as math from "lib0/math";`)).toThrow(/y-tiptap-patch/);
    expect(() => patchYTiptap('const mappedIdentity = () => true;')).toThrow(/y-tiptap-patch/);
  });
});

/** The patch's edge scan, exported by the patched module for these tests. */
const edges = (yTiptap as unknown as { toasoanReconcileEdges: { fast: number; enabled: boolean } }).toasoanReconcileEdges;
/** The patch's cache of relative positions, exported likewise. */
const relative = (yTiptap as unknown as { toasoanRelative: { walks: number; hits: number; enabled: boolean } }).toasoanRelative;
/** The split rule, the empty block's caret and the caret kept at its letter (issue 24): changes of what is written and where a caret goes, not speed-ups; off in the differential tests below. */
const keepOthers = (yTiptap as unknown as { toasoanSplitKeepOthers: { runs: number; enabled: boolean } }).toasoanSplitKeepOthers;
const emptyBlockLeft = (yTiptap as unknown as { toasoanEmptyBlockLeft: { enabled: boolean } }).toasoanEmptyBlockLeft;
const liveLetter = (yTiptap as unknown as { toasoanLiveLetter: { enabled: boolean } }).toasoanLiveLetter;
/** The diff at the caret (eighth part, issue 24): which of equal letters is written or deleted; off in the differential tests below. */
const caretDiff = (yTiptap as unknown as { toasoanCaretDiff: { enabled: boolean; runs: number } }).toasoanCaretDiff;
const upstreamCode = (upstream: boolean) => {
  edges.enabled = !upstream;
  relative.enabled = !upstream;
  keepOthers.enabled = emptyBlockLeft.enabled = liveLetter.enabled = caretDiff.enabled = true;
};

/** A small deterministic random generator (the same sequence for both runs of a differential test). */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

type Op = (editor: Editor, r: () => number) => void;

/** Editing operations as the app makes them: typing, Enter, Backspace, deleting across blocks, moving and pasting blocks, marks, lists. */
const ops: Op[] = [
  (e, r) => {
    e.commands.setTextSelection(pick(e, r));
    e.commands.insertContent('chữ ');
  },
  (e, r) => {
    e.commands.setTextSelection(pick(e, r));
    e.commands.splitBlock();
  },
  (e, r) => {
    const pos = blockStart(e, Math.floor(r() * e.state.doc.childCount));
    e.commands.setTextSelection(pos);
    e.commands.joinBackward();
  },
  (e, r) => {
    const a = pick(e, r);
    const b = Math.min(e.state.doc.content.size - 1, a + Math.floor(r() * 120));
    e.commands.setTextSelection({ from: a, to: b });
    e.commands.deleteSelection();
  },
  (e, r) => {
    // Move a block elsewhere (drag and drop): the same node object at another index.
    const doc = e.state.doc;
    if (doc.childCount < 3) return;
    const from = Math.floor(r() * doc.childCount);
    const node = doc.child(from);
    const start = blockStart(e, from);
    const tr = e.state.tr.delete(start, start + node.nodeSize);
    const to = Math.floor(r() * tr.doc.childCount);
    tr.insert(tr.doc.resolve(0).posAtIndex(to), node);
    e.view.dispatch(tr);
  },
  (e, r) => {
    e.commands.setTextSelection(pick(e, r));
    e.commands.insertContent(Array.from({ length: 1 + Math.floor(r() * 40) }, (_, i) => `<p>Dán ${i}</p>`).join(''));
  },
  (e, r) => {
    const a = pick(e, r);
    e.commands.setTextSelection({ from: a, to: Math.min(e.state.doc.content.size - 1, a + 8) });
    e.commands.toggleBold();
  },
  (e, r) => {
    e.commands.setTextSelection(pick(e, r));
    e.commands.toggleBulletList();
  },
  (e, r) => {
    e.commands.setTextSelection(pick(e, r));
    e.commands.setHeading({ level: 2 });
  },
  (e) => {
    e.commands.undo();
  },
  (e) => {
    e.commands.redo();
  },
  (e, r) => {
    const a = pick(e, r);
    e.commands.setTextSelection({ from: a, to: Math.min(e.state.doc.content.size - 1, a + 30) });
    e.commands.insertContent('thay');
  },
];

function blockStart(e: Editor, index: number): number {
  return e.state.doc.resolve(0).posAtIndex(Math.min(index, e.state.doc.childCount - 1));
}
function pick(e: Editor, r: () => number): number {
  const doc = e.state.doc;
  const index = Math.floor(r() * doc.childCount);
  const start = blockStart(e, index);
  return start + 1 + Math.floor(r() * Math.max(1, doc.child(index).content.size));
}

/** Runs `steps` random operations on a fresh 40-paragraph article with a fixed client id; gives the Yjs update bytes. */
function session(seed: number, steps: number, remote: boolean): { update: Uint8Array; json: unknown; reread: unknown; otherJson: unknown; selections: unknown[] } {
  const doc = article(40, 1001);
  const other = new Y.Doc();
  other.clientID = 1002;
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  const editor = open(doc);
  const otherEditor = remote ? open(other) : null;
  const r = random(seed);
  // The undo manager merges changes less than 500 ms apart into one step: the steps are cut here from their
  // own seeded sequence, so they do not depend on the machine's load (under a load of 20 every session here
  // failed: upstream's run and the patched run cut other steps). Faking Date is not enough: Yjs reads
  // lib0's `getUnixTime`, the real `Date.now` taken when lib0 was loaded (a session or two of eight still
  // failed under a load of 10), so each undo manager merges everything until `stopCapturing`.
  const gaps = random(seed + 7919);
  const undoManagers = [editor, otherEditor].map((e) => (e ? yTiptap.yUndoPluginKey.getState(e.state)?.undoManager : undefined));
  for (const um of undoManagers) if (um) um.captureTimeout = Number.MAX_SAFE_INTEGER;
  let now = 1_000_000;
  vi.useFakeTimers({ toFake: ['Date'] });
  const selections: unknown[] = [];
  for (let step = 0; step < steps; step++) {
    const pause = gaps() < 0.3;
    now += pause ? 700 : 50;
    vi.setSystemTime(now);
    if (pause) for (const um of undoManagers) um?.stopCapturing();
    ops[Math.floor(r() * ops.length)]!(editor, r);
    selections.push(editor.state.selection.toJSON());
    if (otherEditor && step % 4 === 3) {
      // A concurrent edit in a second window, exchanged both ways.
      ops[Math.floor(r() * 4)]!(otherEditor, r);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
      // Where the remote change left the caret (restored from Yjs relative positions).
      selections.push(editor.state.selection.toJSON(), otherEditor.state.selection.toJSON());
    }
  }
  vi.useRealTimers();
  return { update: Y.encodeStateAsUpdate(doc), json: editor.getJSON(), reread: reopened(doc), otherJson: otherEditor?.getJSON() ?? null, selections };
}

describe('y-tiptap patch: the edge scan and the relative-position cache change nothing but the work done', () => {
  afterEach(() => upstreamCode(false));

  it('typing, Enter and Backspace in a 600-paragraph article never build the anchor index (counted)', () => {
    const doc = article(600);
    const editor = open(doc);
    const setCalls = vi.spyOn(Map.prototype, 'set');
    const measure = (act: () => void) => {
      setCalls.mockClear();
      const fast = edges.fast;
      act();
      return { sets: setCalls.mock.calls.length, fast: edges.fast - fast };
    };
    const at = editor.state.doc.resolve(0).posAtIndex(300) + 5;
    const keys = () => {
      editor.commands.setTextSelection(at);
      editor.commands.insertContent('a');
      editor.commands.splitBlock();
      editor.commands.joinBackward();
    };
    upstreamCode(true);
    const upstream = measure(keys);
    upstreamCode(false);
    const patched = measure(keys);
    // Upstream's findMappedChildAnchors sets a Map entry per block on each of the three keys (about 3 x 600 of
    // its ~4,000 Map.set calls; ProseMirror's view sets one per block after the changed one, both ways).
    expect(upstream.fast).toBe(0);
    expect(upstream.sets - patched.sets).toBeGreaterThan(3 * 550);
    expect(patched.fast).toBeGreaterThanOrEqual(3);
    expect(reopened(doc)).toEqual(editor.getJSON());
  });

  for (const [seed, remote] of [
    [1, false],
    [2, false],
    [3, false],
    [4, false],
    [5, true],
    [6, true],
    [7, true],
    [8, true],
  ] as const) {
    it(`random edits (seed ${seed}${remote ? ', with concurrent remote edits' : ''}) write the same Yjs updates and leave the same selections as upstream`, () => {
      upstreamCode(true);
      keepOthers.enabled = emptyBlockLeft.enabled = liveLetter.enabled = caretDiff.enabled = false;
      const upstream = session(seed, 80, remote);
      editors.splice(0).forEach((e) => e.destroy());
      upstreamCode(false);
      keepOthers.enabled = emptyBlockLeft.enabled = liveLetter.enabled = caretDiff.enabled = false;
      const fast = edges.fast;
      const hits = relative.hits;
      const patched = session(seed, 80, remote);
      expect(edges.fast - fast).toBeGreaterThan(30);
      expect(relative.hits - hits).toBeGreaterThan(30);
      expect(patched.selections).toEqual(upstream.selections);
      expect(patched.json).toEqual(patched.reread);
      expect(upstream.json).toEqual(upstream.reread);
      expect(patched.json).toEqual(upstream.json);
      expect(Buffer.from(patched.update).equals(Buffer.from(upstream.update))).toBe(true);
    });
  }

  it('with the split rule (an Enter keeps the Yjs paragraph for the part holding more of the other client\'s letters) the empty block\'s caret, the caret kept at its letter and the diff at the caret, the random sessions with remote edits still converge and re-read the same', () => {
    const runs = keepOthers.runs;
    const caretRuns = caretDiff.runs;
    for (const seed of [5, 6, 7, 8]) {
      const patched = session(seed, 80, true);
      expect(patched.json).toEqual(patched.reread);
      expect(patched.otherJson).toEqual(patched.json);
      editors.splice(0).forEach((e) => e.destroy());
    }
    // The rule changed something in these sessions (they differ from upstream's bytes without it).
    expect(keepOthers.runs - runs).toBeGreaterThan(0);
    // The diff at the caret was taken (the letters typed are written where the caret is).
    expect(caretDiff.runs - caretRuns).toBeGreaterThan(0);
  });
});

describe('y-tiptap patch: the caret is converted to a Yjs position once per body change, not five times', () => {
  afterEach(() => upstreamCode(false));

  it('a letter in a 600-paragraph article, with another Yjs transaction on the same document per key as in the app (counted)', () => {
    const doc = article(600);
    const editor = open(doc);
    const at = editor.state.doc.resolve(0).posAtIndex(300) + 5;
    editor.commands.setTextSelection(at);
    const type = (upstream: boolean) => {
      upstreamCode(upstream);
      const walks = relative.walks;
      for (let i = 0; i < 10; i++) {
        editor.commands.insertContent('a');
        // The app writes other things into the article's Y.Doc while typing (a map beside the body).
        doc.getMap('zz-test').set('letter', i);
      }
      return relative.walks - walks;
    };
    const upstream = type(true);
    const patched = type(false);
    // Upstream: anchor and head, at the start of each of the two Yjs transactions, after writing, in the undo plugin.
    expect(upstream).toBeGreaterThanOrEqual(10 * 8);
    expect(patched).toBeLessThanOrEqual(10 * 3 + 2);
    expect(reopened(doc)).toEqual(editor.getJSON());
  });
});

describe('y-tiptap patch: a reused relative position is the one upstream would compute', () => {
  afterEach(() => upstreamCode(false));

  /** getRelativeSelection with the cache, and with upstream's walk, as JSON. */
  function both(editor: Editor, state = editor.state) {
    const binding = yTiptap.ySyncPluginKey.getState(editor.state)!.binding;
    const read = (upstream: boolean) => {
      upstreamCode(upstream);
      const sel = yTiptap.getRelativeSelection(binding, state);
      upstreamCode(false);
      return [Y.relativePositionToJSON(sel.anchor), Y.relativePositionToJSON(sel.head)];
    };
    const upstream = read(true);
    return { upstream, patched: read(false) };
  }

  it('after a remote change before the caret, inside its transaction, during its observers and after it', () => {
    const doc = article(30, 2001);
    const other = new Y.Doc();
    other.clientID = 2002;
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const editor = open(doc);
    editor.commands.setTextSelection(editor.state.doc.resolve(0).posAtIndex(20) + 4);
    const old = editor.state;
    // Warm the cache with the positions of this state.
    const before = both(editor, old);
    expect(before.patched).toEqual(before.upstream);
    const seen: Array<{ upstream: unknown; patched: unknown }> = [];
    const body = doc.getXmlFragment('body');
    const observer = () => seen.push(both(editor, old));
    body.observeDeep(observer);
    // A paragraph added at the top in another window: the old state's positions now point elsewhere in Yjs.
    const otherBody = other.getXmlFragment('body');
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('Đoạn mới từ cửa sổ khác.')]);
    otherBody.insert(0, [p]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    body.unobserveDeep(observer);
    seen.push(both(editor, old));
    doc.transact(() => {
      body.delete(0, 1);
      seen.push(both(editor, old));
    });
    seen.push(both(editor, old), both(editor));
    expect(seen.length).toBe(5);
    for (const { upstream, patched } of seen) expect(patched).toEqual(upstream);
    // The stale positions differ from the first ones (the check above compares something that changed).
    expect(seen[0]!.upstream).not.toEqual(before.upstream);
  });
});

describe('y-tiptap patch: a change from Yjs keeps the selection the page shows, not yet read (ninth part)', () => {
  type Reader = (view: unknown) => { anchor: number; head: number } | null;
  const unread = (yTiptap as unknown as { toasoanUnreadSelection: { read: Reader | null; used: number } }).toasoanUnreadSelection;

  it('another window\'s edit arriving after Home, before its selectionchange, leaves the caret where Home put it', () => {
    const doc = article(3, 1);
    const editor = open(doc);
    const other = new Y.Doc();
    other.clientID = 2;
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const firstEnd = editor.state.doc.resolve(1).end();
    editor.commands.setTextSelection(firstEnd); // End of the first paragraph, read by the editor
    const app = unread.read;
    const asked: unknown[] = [];
    // The page shows the caret at the paragraph's start (Home), not read yet: what pending-selection's reader reports.
    unread.read = (view) => {
      asked.push(view);
      return { anchor: 1, head: 1 };
    };
    try {
      const remote = () => {
        const before = Y.encodeStateVector(other);
        ((other.getXmlFragment('body').get(2) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Mới: ');
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, before));
      };
      const used = unread.used;
      remote();
      expect(unread.used).toBe(used + 1);
      expect(editor.state.doc.child(2).textContent.startsWith('Mới: ')).toBe(true);
      expect(editor.state.selection.head).toBe(1);
      expect(asked).toEqual([editor.view]);
      // Nothing unread: the state's selection is kept, as upstream.
      editor.commands.setTextSelection(firstEnd);
      unread.read = () => null;
      remote();
      expect(editor.state.selection.head).toBe(firstEnd);
      // The binding's own writes (typing) never ask: they are made from the state.
      asked.length = 0;
      unread.read = (view) => {
        asked.push(view);
        return { anchor: 1, head: 1 };
      };
      editor.commands.insertContent('x');
      expect(asked).toEqual([]);
      expect(editor.state.selection.head).toBe(firstEnd + 1);
    } finally {
      unread.read = app;
    }
  });
});
