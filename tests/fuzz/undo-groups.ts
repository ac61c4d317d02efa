/// <reference lib="dom" />
/**
 * The app's undo steps, given to the bare oracle (bundled into both pages).
 *
 * The app's undo (Yjs's UndoManager) starts a new step when 500 ms passed
 * since the last change, by the page's own clock, and WordUndo extends a step
 * while a word is being written. A page starved by a loaded machine or by CPU
 * throttling takes a burst's keys far apart, so where a step ends is decided
 * by that page's clock only. The bare oracle (the same body extensions on a
 * local Y.Doc) must not decide it again by its own clock: it follows the
 * app's steps instead.
 *
 * - In the app, `recordUndoGroups` notes, for every change the undo manager
 *   takes (not undo or redo themselves), the body's content before it (the
 *   Yjs fragment as XML) and whether it started a new step or joined the last.
 * - In the bare page, `followUndoGroups` gives those notes to its undo
 *   manager: before each change, the first note at or after the last one used
 *   whose content-before equals the bare body's decides (new step or join).
 *   A change with no such note is a part of one app change the app took at
 *   once (keys read together by a starved page): it joins.
 */

/** One change the app's undo manager took. */
export interface UndoGroupStep {
  /** The body (Yjs XML) before the change. */
  before: string;
  /** It started a new undo step. */
  added: boolean;
}

interface YTransactionLike {
  changedParentTypes: Map<unknown, unknown>;
  origin: unknown;
}

interface UndoManagerLike {
  undoing: boolean;
  redoing: boolean;
  lastChange: number;
  scope: Array<{ toString(): string }>;
  trackedOrigins: Set<unknown>;
  captureTransaction: (tr: YTransactionLike) => boolean;
  doc: { on(event: string, listener: (tr: YTransactionLike) => void): void };
  on(event: string, listener: () => void): void;
}

interface EditorLike {
  state: { plugins: ReadonlyArray<object> };
}

type PluginLike = { key: string; getState(state: unknown): unknown };

/** The Yjs undo manager of a TipTap editor with Collaboration (found by the plugin's key, which every bundle names alike). */
function undoManagerOf(editor: EditorLike): UndoManagerLike | null {
  const plugin = (editor.state.plugins as ReadonlyArray<PluginLike>).find((p) => p.key.startsWith('y-undo$'));
  const state = plugin?.getState(editor.state) as { undoManager?: UndoManagerLike } | undefined;
  return state?.undoManager ?? null;
}

const recorders = new WeakMap<UndoManagerLike, { steps: UndoGroupStep[] }>();

/** Starts (once per undo manager) noting the app's undo steps; gives and forgets the notes taken so far. */
export function takeUndoGroups(editor: EditorLike): UndoGroupStep[] {
  const um = undoManagerOf(editor);
  if (!um) throw new Error('takeUndoGroups: the editor has no Yjs undo manager');
  let recorder = recorders.get(um);
  if (!recorder) {
    const fragment = um.scope[0]!;
    const rec = { steps: [] as UndoGroupStep[] };
    let before = fragment.toString();
    const note = (added: boolean) => {
      if (!um.undoing && !um.redoing) rec.steps.push({ before, added });
    };
    um.on('stack-item-added', () => note(true));
    um.on('stack-item-updated', () => note(false));
    // Registered after the undo manager's own listener: runs after it, so `before` is still the content before.
    um.doc.on('afterTransaction', (tr) => {
      if (tr.changedParentTypes.has(fragment)) before = fragment.toString();
    });
    recorders.set(um, rec);
    recorder = rec;
  }
  return recorder.steps.splice(0);
}

/** Whether the undo manager takes changes of this origin (as Yjs decides it). */
function tracks(um: UndoManagerLike, origin: unknown): boolean {
  if (um.trackedOrigins.has(origin)) return true;
  return origin !== null && origin !== undefined && um.trackedOrigins.has((origin as { constructor?: unknown }).constructor);
}

const followers = new WeakMap<UndoManagerLike, { steps: UndoGroupStep[]; next: number; taken: string[] }>();

/**
 * Makes the bare editor's undo manager group the next changes as the app did
 * (`steps` from takeUndoGroups). Gives how the changes since the last call
 * were grouped: "new k" or "join k" (the app's step k), "join -" (no step of
 * the app had the bare body's content before it).
 */
export function followUndoGroups(editor: EditorLike, steps: UndoGroupStep[]): string[] {
  const um = undoManagerOf(editor);
  if (!um) throw new Error('followUndoGroups: the editor has no Yjs undo manager');
  let plan = followers.get(um);
  if (!plan) {
    const fragment = um.scope[0]!;
    const p = { steps: [] as UndoGroupStep[], next: 0, taken: [] as string[] };
    let pending = -1;
    // The body before each change, taken when its transaction starts; the step is decided when the undo
    // manager takes the change (`captureTransaction`, the first thing its handler asks), right before it
    // reads `lastChange`. Deciding when the transaction started was too early: the first change after an
    // undo empties the redo stack in a transaction of its own (origin null), started from inside the
    // manager's handler before it reads `lastChange`, and that transaction's start decided for the
    // change after it (usually a join), so the first change after an undo joined the step before the
    // undone one (seeds 2101 sequence 49 and 2100 sequence 44: the bare editor undid more than the app).
    const befores = new WeakMap<YTransactionLike, string>();
    um.doc.on('beforeTransaction', (tr) => {
      if (!um.undoing && !um.redoing && tracks(um, tr.origin)) befores.set(tr, fragment.toString());
    });
    const capture = um.captureTransaction;
    um.captureTransaction = (tr) => {
      const taken = capture(tr);
      const before = befores.get(tr);
      if (taken && before !== undefined && tr.changedParentTypes.has(fragment) && !um.undoing && !um.redoing) {
        let k = p.next;
        while (k < p.steps.length && p.steps[k]!.before !== before) k++;
        pending = k < p.steps.length ? k : -1;
        // lastChange 0: the undo manager starts a new step; now: it joins the last one (if any).
        um.lastChange = pending >= 0 && p.steps[pending]!.added ? 0 : Date.now();
      }
      return taken;
    };
    const used = () => {
      if (!um.undoing && !um.redoing) {
        p.taken.push(pending >= 0 ? `${p.steps[pending]!.added ? 'new' : 'join'} ${pending}` : 'join -');
        if (pending >= 0) p.next = pending + 1;
      }
      pending = -1;
    };
    um.on('stack-item-added', used);
    um.on('stack-item-updated', used);
    followers.set(um, p);
    plan = p;
  }
  plan.steps = steps;
  plan.next = 0;
  return plan.taken.splice(0);
}
