import * as Y from 'yjs';
import { MOVES_ARRAY } from '../../../../common/article/layout';
import { entriesOf, latestCopy, rootOf, type MoveEntry } from '../../../../common/article/moves';
import * as yTiptap from '@tiptap/y-tiptap';

/** The tenth part of renderer/editor/y-tiptap-patch.ts (absent when y-tiptap is loaded unpatched). */
const toasoanMoves = (yTiptap as unknown as { toasoanMoves?: { afterWrite: ((doc: Y.Doc) => void) | null; linked: WeakSet<Y.Item> } }).toasoanMoves;

/**
 * Two people typing in one article: an Enter (or a join, or an undo) that re-creates part of a
 * paragraph writes its letters again as new Yjs items of the writer's client and deletes the old ones:
 * Yjs has no move. When that part held the other writer's letters, their undo no longer reached them
 * (they are the copies' author's items now), and the letters stayed after both people undid everything
 * (issue 24, two-writer fuzz seeds 8 and 10; docs/input-fuzzer.md).
 *
 * So: (1) a local edit that deletes a run holding letters of writers typing now in other windows and
 * writes it again in another block (the same run, or one shared stretch of at least MIN_MOVED letters)
 * appends to the article's moved-letters log (common/article/moves.ts) which of their letters it copied,
 * from the letters as typed (`rootOf`); an undo or redo logs Yjs's own `redone` links for them;
 * (2) before an undo, when another window moved this window's letters, the undo manager's deleted
 * insertions are linked to their latest live copies the way Yjs links a letter to the copy an undo
 * restored (`redone`), so that Yjs's own undo deletes the copies, and the letters a step would restore
 * whose latest copy another window has since deleted are linked to that deleted copy, so that Yjs restores
 * nothing for them (`linkRestores`); (3) a paragraph another window deleted
 * is kept as a shell while it holds this window's items, so that they can be linked; (4) an edit's
 * entries are written inside the edit's own transaction (`logWrite`), so they reach the other windows in
 * the same update, where the moved letters are linked to their copies while the update is applied
 * (`linkArrived`): a caret tied to one of them follows it. One person writing alone logs nothing, and
 * their undo runs as upstream.
 */
export const movedLettersOrigin = Symbol('movedLetters');

/** Switch for the tests that show what fails without it. */
export const movedLetters = { enabled: true, logged: 0, caretFollows: true };

const recording = new WeakSet<Y.Doc>();
/** By document: the other clients that sent new items since this window opened it. */
const liveWriters = new WeakMap<Y.Doc, Set<number>>();
/** The shortest stretch taken for a move (a letter or two deleted and typed elsewhere in one step is an edit). */
const MIN_MOVED = 3;
/** Runs longer than this (letters of one times the other's) are not compared letter by letter. */
const MAX_COMPARED = 4_000_000;
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

type Pair = { root: { client: number; clock: number }; copy: { client: number; clock: number } };

/** Entries waiting for the end of the transaction they were found in (an undo inside the one `followMovedLetters` runs). */
const pending = new WeakMap<Y.Doc, Pair[]>();

function append(doc: Y.Doc, pairs: Pair[]): void {
  if (pairs.length === 0) return;
  if ((doc as unknown as { _transaction: unknown })._transaction) {
    pending.set(doc, [...(pending.get(doc) ?? []), ...pairs]);
    return;
  }
  const logged = entriesOf(pairs);
  movedLetters.logged += logged.length;
  // A transaction of its own (after the one that moved the letters, in the same clean-up); no undo manager tracks it.
  doc.transact(() => doc.getArray<MoveEntry>(MOVES_ARRAY).push(logged), movedLettersOrigin);
}

/**
 * The longest stretch of letters two runs share, when it is at least MIN_MOVED letters long and found
 * once in each; null otherwise (or when the runs are too long to compare letter by letter).
 */
function sharedStretch(a: string, b: string): { at: number; at2: number; length: number } | null {
  if (a.length < MIN_MOVED || b.length < MIN_MOVED || a.length * b.length > MAX_COMPARED) return null;
  let best = { at: 0, at2: 0, length: 0 };
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? Math.min(previous[j - 1]! + 1, 65_535) : 0;
      if (current[j]! > best.length) best = { at: i - current[j]!, at2: j - current[j]!, length: current[j]! };
    }
    [previous, current] = [current, previous];
  }
  if (best.length < MIN_MOVED) return null;
  const stretch = a.slice(best.at, best.at + best.length);
  if (a.indexOf(stretch, best.at + 1) >= 0 || b.indexOf(stretch) !== best.at2 || b.indexOf(stretch, best.at2 + 1) >= 0) return null;
  return best;
}

/**
 * (1), edits: a run of letters that held other writers' letters, deleted in one block, and a run
 * written in another block in the same transaction, sharing a stretch of letters (an Enter or a join
 * writes a paragraph part again; y-tiptap's text diff may reuse a letter already there, a space at the
 * join, so the stretch need not be the whole run). Only a stretch shared by that pair alone is taken.
 */
function logMoves(tr: Y.Transaction): void {
  const doc = tr.doc;
  const waiting = pending.get(doc);
  if (waiting) {
    pending.delete(doc);
    append(doc, waiting);
  }
  const me = doc.clientID;
  const live = liveWriters.get(doc);
  if (!tr.local) {
    unlinkArrived(tr);
    // Writers typing now in other windows: those that send new items after this window opened.
    tr.afterState.forEach((clock, client) => {
      if (client !== me && clock > (tr.beforeState.get(client) ?? 0)) live?.add(client);
    });
    return;
  }
  if (loggedInFlight.has(tr)) return;
  append(doc, movesIn(tr, tr.afterState.get(me) ?? 0));
}

/** Transactions whose moves were logged inside them (the editor's own writes, `logWrite`). */
const loggedInFlight = new WeakSet<Y.Transaction>();

/**
 * (1) inside the editor's own write (y-tiptap's transaction, through `toasoanMoves.afterWrite`): the entries
 * go into the same transaction, so that the other windows get them in the same update as the move and
 * their caret can follow their letters (`linkArrived`).
 */
function logWrite(doc: Y.Doc): void {
  const tr = (doc as unknown as { _transaction: Y.Transaction | null })._transaction;
  if (!tr || !recording.has(doc) || loggedInFlight.has(tr)) return;
  loggedInFlight.add(tr);
  const pairs = movesIn(tr, Y.getState(doc.store, doc.clientID));
  if (pairs.length === 0) return;
  const logged = entriesOf(pairs);
  movedLetters.logged += logged.length;
  doc.getArray<MoveEntry>(MOVES_ARRAY).push(logged);
}

/** The letters of live writers a local transaction moved (`now`: this client's clock after its writes). */
function movesIn(tr: Y.Transaction, now: number): Pair[] {
  const doc = tr.doc;
  const me = doc.clientID;
  const live = liveWriters.get(doc);
  if (!movedLetters.enabled || !live || live.size === 0 || tr.origin === movedLettersOrigin || tr.origin instanceof Y.UndoManager) return [];
  if (tr.deleteSet.clients.size === 0) return [];
  const before = tr.beforeState.get(me) ?? 0;
  if (now === before) return [];
  const entries = movesOf(doc);
  // Only letters of writers typing now in other windows are logged (only their undo can use it): one
  // writer alone, editing text of their earlier sessions too, stops above.
  const others = (client: number, clock: number) => live.has(rootOf(entries, client, clock).client);
  const deleted = new Set<Y.Item>();
  Y.iterateDeletedStructs(tr, tr.deleteSet, (struct) => {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentString) deleted.add(struct);
  });
  const gone = runsOf(deleted).filter((run) => run.ids.some((id) => others(id.client, id.clock)));
  if (gone.length === 0) return [];
  const inserted = new Set<Y.Item>();
  const structs = doc.store.clients.get(me) ?? [];
  for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
    const struct = structs[i];
    if (struct instanceof Y.Item && !struct.deleted && struct.content instanceof Y.ContentString) inserted.add(struct);
  }
  const written = runsOf(inserted);
  const pairs: Pair[] = [];
  for (const run of gone) {
    const elsewhere = written.filter((copy) => copy.parent !== run.parent);
    // The whole run written again (an Enter's part, however short: seed 3 through the hub moved a "zb"),
    // else a long enough stretch of it.
    const whole = elsewhere.filter((copy) => copy.text === run.text);
    const found =
      whole.length === 1
        ? [{ copy: whole[0]!, stretch: { at: 0, at2: 0, length: run.text.length } }]
        : elsewhere.map((copy) => ({ copy, stretch: sharedStretch(run.text, copy.text) })).filter((m) => m.stretch !== null);
    if (found.length !== 1) continue;
    const { copy, stretch } = found[0]! as { copy: Run; stretch: { at: number; at2: number; length: number } };
    for (let i = 0; i < stretch.length; i++) {
      const id = run.ids[stretch.at + i]!;
      const root = rootOf(entries, id.client, id.clock);
      if (live.has(root.client)) pairs.push({ root, copy: copy.ids[stretch.at2 + i]! });
    }
  }
  return pairs;
}

/** By remote transaction: the deleted letters `linkArrived` linked to their copies, unlinked after its observers. */
const arrivedLinks = new WeakMap<Y.Transaction, Array<{ item: Y.Item; to: Y.ID }>>();

/**
 * An update from another window whose moved-letters log grew: each letter it moved (its place before
 * this entry: the latest earlier copy, or the letter as typed) is linked to its new copy (`redone`)
 * while the update's observers run. Yjs follows the link when y-tiptap resolves this window's caret
 * (tied to the letter before it), so the caret goes with the letters instead of staying where they
 * were (hub seed 3: B's "zb" moved by A's Enter, B's next letters typed in the old paragraph). The
 * links are removed after the observers (`unlinkArrived`): this window's undo keeps its own rules.
 */
function linkArrived(tr: Y.Transaction): void {
  if (!movedLetters.enabled || !movedLetters.caretFollows) return;
  const array = tr.doc.getArray<MoveEntry>(MOVES_ARRAY);
  if (!tr.changed.has(array as unknown as Parameters<typeof tr.changed.has>[0])) return;
  const store = tr.doc.store;
  const entries = array.toArray();
  const fresh: number[] = [];
  let index = 0;
  for (let item = array._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const added = item.id.clock >= (tr.beforeState.get(item.id.client) ?? 0);
    for (let i = 0; i < item.length; i++, index++) if (added) fresh.push(index);
  }
  const links: Array<{ item: Y.Item; to: Y.ID }> = [];
  for (const k of fresh) {
    const [rootClient, rootClock, copyClient, copyClock, length] = entries[k]!;
    const earlier = entries.slice(0, k);
    const placeOf = (d: number) => latestCopy(earlier, rootClient, rootClock + d) ?? { client: rootClient, clock: rootClock + d };
    for (let d = 0; d < length; ) {
      const from = placeOf(d);
      if (Y.getState(store, from.client) <= from.clock) {
        d++;
        continue;
      }
      const source = Y.getItemCleanStart(tr, Y.createID(from.client, from.clock));
      if (!(source instanceof Y.Item) || !source.deleted || source.redone !== null) {
        d++;
        continue;
      }
      let run = 1;
      while (d + run < length && run < source.length) {
        const next = placeOf(d + run);
        if (next.client !== from.client || next.clock !== from.clock + run) break;
        run++;
      }
      if (run < source.length) Y.getItemCleanStart(tr, Y.createID(from.client, from.clock + run));
      const to = Y.createID(copyClient, copyClock + d);
      source.redone = to;
      toasoanMoves?.linked.add(source);
      links.push({ item: source, to });
      d += run;
    }
  }
  if (links.length > 0) arrivedLinks.set(tr, links);
}

function unlinkArrived(tr: Y.Transaction): void {
  const links = arrivedLinks.get(tr);
  if (!links) return;
  arrivedLinks.delete(tr);
  for (const { item, to } of links) {
    if (item.redone !== null && Y.compareIDs(item.redone, to)) item.redone = null;
    toasoanMoves?.linked.delete(item);
  }
}

/**
 * (1), undo and redo: the letters of other writers a step brought back, as Yjs links each to the new
 * item it restored it as (`redone`: exact, local to this window, so it is logged for the others).
 */
function logRestored(um: Y.UndoManager, step: Y.UndoManager['undoStack'][number]): void {
  const doc = um.doc;
  const live = liveWriters.get(doc);
  if (!movedLetters.enabled || !live || live.size === 0) return;
  const me = doc.clientID;
  const entries = movesOf(doc);
  const pairs: Pair[] = [];
  step.deletions.clients.forEach((ranges, client) => {
    const structs = doc.store.clients.get(client);
    if (!structs) return;
    for (const { clock, len } of ranges) {
      for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i]!.id.clock < clock + len; i++) {
        const item = structs[i];
        // Letters, and the paragraph and text that held them (a join's undo restores the other's paragraph too).
        if (!(item instanceof Y.Item) || item.redone === null) continue;
        // A link `linkRestores` set to a copy that is gone: nothing was restored.
        if (Y.getItem(doc.store, item.redone).deleted) continue;
        const from = Math.max(clock, item.id.clock);
        const to = Math.min(clock + len, item.id.clock + item.length);
        for (let c = from; c < to; c++) {
          const root = rootOf(entries, client, c);
          if (root.client !== me && live.has(root.client)) pairs.push({ root, copy: { client: item.redone.client, clock: item.redone.clock + c - item.id.clock } });
        }
      }
    }
  });
  append(doc, pairs);
}

type CopyOf = (client: number, clock: number) => { client: number; clock: number } | null;

/**
 * Links each letter of `pieces` whose copy (`copyOf`) `accept`s to that copy (`redone`), split so that
 * each linked part of a letter run and its copy are single items of the same length, as Yjs's
 * `followRedone` requires. Returns whether any link was set.
 */
function linkPieces(tr: Y.Transaction, pieces: Y.Item[], copyOf: CopyOf, accept: (target: Y.AbstractStruct) => boolean): boolean {
  const store = tr.doc.store;
  let linked = false;
  for (const piece of pieces) {
    const client = piece.id.client;
    const end = piece.id.clock + piece.length;
    for (let clock = piece.id.clock; clock < end; ) {
      const copy = copyOf(client, clock);
      if (!copy || Y.getState(store, copy.client) <= copy.clock) {
        clock++;
        continue;
      }
      // The copy's item from this letter on, cut where the moved run or this piece ends.
      const target = Y.getItemCleanStart(tr, Y.createID(copy.client, copy.clock)) as Y.AbstractStruct;
      let length = 1;
      while (clock + length < end && length < target.length - (copy.clock - target.id.clock)) {
        const next = copyOf(client, clock + length);
        if (!next || next.client !== copy.client || next.clock !== copy.clock + length) break;
        length++;
      }
      if (target instanceof Y.Item && length < target.length) Y.getItemCleanStart(tr, Y.createID(copy.client, copy.clock + length));
      if (!accept(target)) {
        clock += length;
        continue;
      }
      const source = Y.getItemCleanStart(tr, Y.createID(client, clock));
      if (clock + length < end) Y.getItemCleanStart(tr, Y.createID(client, clock + length));
      source.redone = Y.createID(copy.client, copy.clock);
      linked = true;
      clock += length;
    }
  }
  return linked;
}

const inScopeOf = (tr: Y.Transaction, um: Y.UndoManager) => (item: Y.Item) =>
  um.scope.some((type) => type === tr.doc || Y.isParentOf(type as Y.AbstractType<unknown>, item));

/**
 * (2): links the deleted letters `um`'s step inserted to their latest live copies, so that Yjs's undo
 * deletes the copies. Returns whether undoing the step surely changes something (Yjs pops no older one then).
 */
function linkStep(tr: Y.Transaction, um: Y.UndoManager, step: Y.UndoManager['undoStack'][number], entries: MoveEntry[]): boolean {
  const me = tr.doc.clientID;
  const inScope = inScopeOf(tr, um);
  const pieces: Y.Item[] = [];
  let changes = false;
  Y.iterateDeletedStructs(tr, step.insertions, (struct) => {
    if (!(struct instanceof Y.Item)) return;
    if (!struct.deleted) changes ||= inScope(struct);
    else if (struct.redone === null && struct.id.client === me) pieces.push(struct);
  });
  const linked = linkPieces(tr, pieces, (_client, clock) => latestCopy(entries, me, clock), (target) => target instanceof Y.Item && !target.deleted && inScope(target));
  return linkRestores(tr, um, step, entries) || linked || changes;
}

/**
 * The letters a step deleted whose latest copy (by the log) is gone too, and not by this step: another
 * window moved them out with an Enter or a join of its own and then took the copies back (its undo, or a
 * deletion). Undoing the step must not bring them back: they are linked to the deleted copy, which Yjs
 * takes as already restored (two-window fuzz seed 8: B's Enter copied A's letters, A's undo deleted the
 * copies, then B's undo of the Enter restored A's letters as typed).
 */
function restoredCopyOf(entries: MoveEntry[], step: Y.UndoManager['undoStack'][number]): CopyOf {
  return (client, clock) => {
    const root = rootOf(entries, client, clock);
    const copy = latestCopy(entries, root.client, root.clock);
    if (!copy || (copy.client === client && copy.clock === clock) || Y.isDeleted(step.deletions, Y.createID(copy.client, copy.clock))) return null;
    return copy;
  };
}

function linkRestores(tr: Y.Transaction, um: Y.UndoManager, step: Y.UndoManager['undoStack'][number], entries: MoveEntry[]): boolean {
  const inScope = inScopeOf(tr, um);
  const pieces: Y.Item[] = [];
  Y.iterateDeletedStructs(tr, step.deletions, (struct) => {
    if (struct instanceof Y.Item && struct.deleted && struct.redone === null && struct.content instanceof Y.ContentString && !Y.isDeleted(step.insertions, struct.id) && inScope(struct)) {
      pieces.push(struct);
    }
  });
  return linkPieces(tr, pieces, restoredCopyOf(entries, step), (target) => target.deleted);
}

/** Whether the top steps of `um` (down to the first that surely changes something) hold a letter `linkRestores` would link; read only. */
function restoresCopies(um: Y.UndoManager, entries: MoveEntry[]): boolean {
  if (entries.length === 0) return false;
  const store = um.doc.store;
  const deletedAt = (client: number, clock: number) => {
    const structs = store.clients.get(client);
    if (!structs || Y.getState(store, client) <= clock) return false;
    return structs[Y.findIndexSS(structs, clock)]!.deleted;
  };
  for (let i = um.undoStack.length - 1; i >= 0; i--) {
    const step = um.undoStack[i]!;
    const copyOf = restoredCopyOf(entries, step);
    let restores = false;
    let found = false;
    step.deletions.clients.forEach((ranges, client) => {
      const structs = store.clients.get(client);
      if (!structs || found) return;
      for (const { clock, len } of ranges) {
        for (let k = Y.findIndexSS(structs, clock); k < structs.length && structs[k]!.id.clock < clock + len; k++) {
          const item = structs[k];
          if (!(item instanceof Y.Item) || !item.deleted || item.redone !== null || Y.isDeleted(step.insertions, item.id)) continue;
          restores = true;
          if (!(item.content instanceof Y.ContentString)) continue;
          const to = Math.min(clock + len, item.id.clock + item.length);
          for (let c = Math.max(clock, item.id.clock); c < to && !found; c++) {
            const copy = copyOf(client, c);
            found = copy !== null && deletedAt(copy.client, copy.clock);
          }
        }
      }
    });
    if (found) return true;
    let inserts = false;
    step.insertions.clients.forEach((ranges, client) => {
      const structs = store.clients.get(client);
      for (const { clock, len } of ranges) {
        if (!structs || inserts) return;
        for (let k = Y.findIndexSS(structs, clock); k < structs.length && structs[k]!.id.clock < clock + len && !inserts; k++) inserts = !structs[k]!.deleted;
      }
    });
    if (restores || inserts) return false;
  }
  return false;
}

/** Wraps `um.undo` so that the steps about to be undone are linked to their copies first (2). */
export function followMovedLetters(um: Y.UndoManager): void {
  const installed = um as Y.UndoManager & { movedLetters?: true };
  if (installed.movedLetters) return;
  installed.movedLetters = true;
  um.on('stack-item-popped', ({ stackItem }: { stackItem: Y.UndoManager['undoStack'][number] }) => logRestored(um, stackItem));
  const undo = um.undo;
  um.undo = function (this: Y.UndoManager) {
    // Only when another window moved this window's letters (entries rooted in its client), or when the
    // step would restore letters whose copies are gone (`linkRestores`): one person editing text of their
    // earlier sessions (other client ids) logs moves but never gets here.
    const me = this.doc.clientID;
    const entries = movedLetters.enabled ? movesOf(this.doc) : [];
    if (this.undoStack.length === 0 || !(entries.some((entry) => entry[0] === me) || restoresCopies(this, entries))) return undo.call(this);
    let result: ReturnType<Y.UndoManager['undo']> = null;
    // One transaction: the copies are split where the links need it, and Yjs deletes them before the
    // clean-up would merge the parts again. Its origin is the undo manager, as Yjs's own undo; the manager
    // files it among the redo steps because it is still undoing when the transaction ends.
    Y.transact(
      this.doc,
      (tr) => {
        // Yjs pops steps until one changes something: link as many.
        for (let i = this.undoStack.length - 1; i >= 0; i--) if (linkStep(tr, this, this.undoStack[i]!, entries)) break;
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
  liveWriters.set(doc, new Set());
  doc.on('afterTransaction', logMoves);
  // A paragraph deleted by another writer's edit (a join writes it into the one before) is kept as a
  // shell while it held letters of this window's, as deleted items rather than bare ranges: their undo
  // has to link them to their copies (Yjs's garbage collection of a deleted paragraph turns its letters
  // into ranges with no item; the letters' text is dropped either way).
  // Only for another window's deletions (their transaction is the one being cleaned up): this window's
  // own undo keeps what its own steps deleted.
  let remote = false;
  doc.on('beforeObserverCalls', (tr: Y.Transaction) => {
    remote = !tr.local;
    if (remote) linkArrived(tr);
  });
  if (toasoanMoves) toasoanMoves.afterWrite = logWrite;
  const collect = doc.gcFilter;
  doc.gcFilter = (item) =>
    collect(item) && !(remote && movedLetters.enabled && item.content instanceof Y.ContentType && holdsLettersOf(item.content.type, doc.clientID));
}

/** Whether `type` (a paragraph, a text) or anything in it holds an item of `client`'s. */
function holdsLettersOf(type: Y.AbstractType<unknown>, client: number): boolean {
  for (let item = type._start; item !== null; item = item.right) {
    if (item.id.client === client) return true;
    if (item.content instanceof Y.ContentType && holdsLettersOf(item.content.type, client)) return true;
  }
  return false;
}
