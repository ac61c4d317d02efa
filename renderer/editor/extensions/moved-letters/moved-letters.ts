import * as Y from 'yjs';
import { MOVES_ARRAY } from '../../../../common/article/layout';
import { entriesOf, latestCopy, rootOf, type MoveEntry } from '../../../../common/article/moves';

/**
 * Two people typing in one article: an Enter (or a join, or an undo) that re-creates part of a
 * paragraph writes its letters again as new Yjs items of the writer's client and deletes the old ones:
 * Yjs has no move. When that part held the other writer's letters, their undo no longer reached them
 * (they are the copies' author's items now), and the letters stayed after both people undid everything
 * (issue 24, two-writer fuzz seeds 8 and 10; docs/input-fuzzer.md).
 *
 * So: (1) every local transaction that deletes a run of letters and writes the same run in another
 * block appends to the article's moved-letters log (common/article/moves.ts) which of the other
 * writers' letters it copied, as written (`rootOf`: a copy of a copy is logged from the typed letters);
 * (2) before an undo, the undo manager's deleted insertions are linked to their latest live copies the
 * way Yjs links a letter to the copy an undo restored (`redone`), so that Yjs's own undo deletes the
 * copies. Nothing is logged while one person writes alone (only other clients' letters are logged),
 * and an undo with an empty log runs as upstream.
 */
export const movedLettersOrigin = Symbol('movedLetters');

/** Switch for the tests that show what fails without it. */
export const movedLetters = { enabled: true, logged: 0, linked: 0 };

const recording = new WeakSet<Y.Doc>();
/** The shortest run taken for a move (a letter or two deleted and typed elsewhere in one step is an edit). */
const MIN_MOVED = 3;
const entriesCache = new WeakMap<Y.Array<MoveEntry>, { length: number; entries: MoveEntry[] }>();

function movesOf(doc: Y.Doc): MoveEntry[] {
  const array = doc.getArray<MoveEntry>(MOVES_ARRAY);
  const cached = entriesCache.get(array);
  if (cached && cached.length === array.length) return cached.entries;
  const entries = array.toArray();
  entriesCache.set(array, { length: array.length, entries });
  return entries;
}

interface Run {
  parent: Y.AbstractType<unknown>;
  text: string;
  ids: Array<{ client: number; clock: number }>;
}

/** Runs of letters of `items` in document order, one per stretch with no live letter of another item between. */
function runsOf(items: Set<Y.Item>): Run[] {
  const parents = new Set<Y.AbstractType<unknown>>();
  for (const item of items) parents.add(item.parent as Y.AbstractType<unknown>);
  const runs: Run[] = [];
  for (const parent of parents) {
    let run: Run | null = null;
    for (let item = parent._start; item !== null; item = item.right) {
      if (items.has(item)) {
        run ??= { parent, text: '', ids: [] };
        const str = (item.content as Y.ContentString).str;
        run.text += str;
        for (let i = 0; i < str.length; i++) run.ids.push({ client: item.id.client, clock: item.id.clock + i });
      } else if (!item.deleted && run) {
        runs.push(run);
        run = null;
      }
    }
    if (run) runs.push(run);
  }
  return runs;
}

/** (1): what a local transaction copied of other writers' letters, appended to the log. */
function logMoves(tr: Y.Transaction): void {
  if (!movedLetters.enabled || !tr.local || tr.origin === movedLettersOrigin || tr.deleteSet.clients.size === 0) return;
  const doc = tr.doc;
  const me = doc.clientID;
  const before = tr.beforeState.get(me) ?? 0;
  if ((tr.afterState.get(me) ?? 0) === before) return;
  const deleted = new Set<Y.Item>();
  Y.iterateDeletedStructs(tr, tr.deleteSet, (struct) => {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentString) deleted.add(struct);
  });
  if (deleted.size === 0) return;
  const inserted = new Set<Y.Item>();
  const structs = doc.store.clients.get(me) ?? [];
  for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
    const struct = structs[i];
    if (struct instanceof Y.Item && !struct.deleted && struct.content instanceof Y.ContentString) inserted.add(struct);
  }
  if (inserted.size === 0) return;
  const entries = movesOf(doc);
  const pairs: Array<{ root: { client: number; clock: number }; copy: { client: number; clock: number } }> = [];
  const pair = (from: Run, at: number, to: Run, at2: number, length: number) => {
    for (let i = 0; i < length; i++) {
      const id = from.ids[at + i]!;
      const root = rootOf(entries, id.client, id.clock);
      if (root.client !== me) pairs.push({ root, copy: to.ids[at2 + i]! });
    }
  };
  const gone = runsOf(deleted);
  const written = runsOf(inserted);
  // A move: a run deleted and written again in another block, one inside the other (an Enter or a join
  // writes a whole part again; an undo of an Enter restores the letters of a part it deletes with more),
  // found in one place only and at least MIN_MOVED letters long, so that an edit is not taken for one.
  for (const run of gone) {
    for (const copy of written) {
      if (copy.parent === run.parent) continue;
      const [outer, inner] = run.text.length >= copy.text.length ? [run, copy] : [copy, run];
      if (inner.text.length < MIN_MOVED) continue;
      const at = outer.text.indexOf(inner.text);
      if (at < 0 || outer.text.indexOf(inner.text, at + 1) >= 0) continue;
      const elsewhere = (outer === run ? gone : written).some((other) => other !== outer && other.text.includes(inner.text));
      if (elsewhere) continue;
      if (outer === run) pair(run, at, copy, 0, inner.text.length);
      else pair(run, 0, copy, at, inner.text.length);
    }
  }
  if (pairs.length === 0) return;
  const logged = entriesOf(pairs);
  movedLetters.logged += logged.length;
  // A transaction of its own, after this one (Yjs runs it in the same clean-up); no undo manager tracks it.
  doc.transact(() => doc.getArray<MoveEntry>(MOVES_ARRAY).push(logged), movedLettersOrigin);
}

/**
 * (2): links the deleted letters `um`'s step inserted to their latest live copies (`redone`), split so
 * that each linked part of a letter run and its copy are single items of the same length, as Yjs's
 * `followRedone` requires. Returns whether it linked anything.
 */
function linkStep(tr: Y.Transaction, um: Y.UndoManager, step: Y.UndoManager['undoStack'][number], entries: MoveEntry[]): { linked: boolean; changes: boolean } {
  const me = tr.doc.clientID;
  const store = tr.doc.store;
  const inScope = (item: Y.Item) => um.scope.some((type) => type === tr.doc || Y.isParentOf(type as Y.AbstractType<unknown>, item));
  const pieces: Y.Item[] = [];
  let changes = false;
  Y.iterateDeletedStructs(tr, step.insertions, (struct) => {
    if (!(struct instanceof Y.Item)) return;
    if (!struct.deleted) changes ||= inScope(struct);
    else if (struct.redone === null && struct.id.client === me) pieces.push(struct);
  });
  let linked = false;
  for (const piece of pieces) {
    const end = piece.id.clock + piece.length;
    for (let clock = piece.id.clock; clock < end; ) {
      const copy = latestCopy(entries, me, clock);
      if (!copy || Y.getState(store, copy.client) <= copy.clock) {
        clock++;
        continue;
      }
      // The copy's item from this letter on, cut where the moved run or this piece ends.
      const target = Y.getItemCleanStart(tr, Y.createID(copy.client, copy.clock));
      let length = 1;
      while (clock + length < end && length < target.length) {
        const next = latestCopy(entries, me, clock + length);
        if (!next || next.client !== copy.client || next.clock !== copy.clock + length) break;
        length++;
      }
      if (length < target.length) Y.getItemCleanStart(tr, Y.createID(copy.client, copy.clock + length));
      if (!(target instanceof Y.Item) || target.deleted || !inScope(target)) {
        clock += length;
        continue;
      }
      const source = Y.getItemCleanStart(tr, Y.createID(me, clock));
      if (clock + length < end) Y.getItemCleanStart(tr, Y.createID(me, clock + length));
      source.redone = target.id;
      linked = changes = true;
      movedLetters.linked++;
      clock += length;
    }
  }
  return { linked, changes };
}

/** Wraps `um.undo` so that the steps about to be undone are linked to their copies first (2). */
export function followMovedLetters(um: Y.UndoManager): void {
  const installed = um as Y.UndoManager & { movedLetters?: true };
  if (installed.movedLetters) return;
  installed.movedLetters = true;
  const undo = um.undo;
  um.undo = function (this: Y.UndoManager) {
    const entries = movedLetters.enabled ? movesOf(this.doc) : [];
    if (entries.length === 0 || this.undoStack.length === 0) return undo.call(this);
    let result: ReturnType<Y.UndoManager['undo']> = null;
    // One transaction: the copies are split where the links need it, and Yjs deletes them before the
    // clean-up would merge the parts again. Its origin is the undo manager, as Yjs's own undo; the manager
    // files it among the redo steps because it is still undoing when the transaction ends.
    Y.transact(
      this.doc,
      (tr) => {
        // Yjs pops steps until one changes something: link as many.
        for (let i = this.undoStack.length - 1; i >= 0; i--) if (linkStep(tr, this, this.undoStack[i]!, entries).changes) break;
        result = undo.call(this);
        this.undoing = true;
      },
      this,
    );
    this.undoing = false;
    return result;
  };
}

/** (1) for `doc`: logs the moves of its local transactions from now on (once per document: title, sapo and body share it). */
export function logMovedLetters(doc: Y.Doc): void {
  if (recording.has(doc)) return;
  recording.add(doc);
  doc.on('afterTransaction', logMoves);
}
