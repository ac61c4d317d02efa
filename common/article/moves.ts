/**
 * The moved-letters log of an article (layout.ts, `MOVES_ARRAY`), read without Yjs: the editor's undo
 * (renderer/editor/extensions/moved-letters) and the two-writer fuzz's checks (tests/fuzz/others-deleted.ts)
 * both use it.
 *
 * An entry `[rootClient, rootClock, copyClient, copyClock, length]` says that the letters of Yjs ids
 * `rootClient:rootClock … +length` were written again as `copyClient:copyClock … +length`. Roots are
 * always the letters as typed: a copy of a copy is logged from the first letters. Later entries (in the
 * array's order, the same in every replica) supersede earlier ones for the same letters.
 */
export type MoveEntry = readonly [rootClient: number, rootClock: number, copyClient: number, copyClock: number, length: number];

/** The letters as typed that the letter `client:clock` is a copy of; itself when it is no copy. */
export function rootOf(entries: readonly MoveEntry[], client: number, clock: number): { client: number; clock: number } {
  for (let i = entries.length - 1; i >= 0; i--) {
    const [rootClient, rootClock, copyClient, copyClock, length] = entries[i]!;
    if (copyClient === client && clock >= copyClock && clock < copyClock + length) return { client: rootClient, clock: rootClock + clock - copyClock };
  }
  return { client, clock };
}

/** The latest copy of the letter `client:clock` as typed; null when it was never moved. */
export function latestCopy(entries: readonly MoveEntry[], client: number, clock: number): { client: number; clock: number } | null {
  for (let i = entries.length - 1; i >= 0; i--) {
    const [rootClient, rootClock, copyClient, copyClock, length] = entries[i]!;
    if (rootClient === client && clock >= rootClock && clock < rootClock + length) return { client: copyClient, clock: copyClock + clock - rootClock };
  }
  return null;
}

/** Pairs of letters (root, copy) as entries: consecutive letters with consecutive ids on both sides share one. */
export function entriesOf(pairs: ReadonlyArray<{ root: { client: number; clock: number }; copy: { client: number; clock: number } }>): MoveEntry[] {
  const out: [number, number, number, number, number][] = [];
  for (const { root, copy } of pairs) {
    const last = out[out.length - 1];
    if (last && last[0] === root.client && last[1] + last[4] === root.clock && last[2] === copy.client && last[3] + last[4] === copy.clock) last[4]++;
    else out.push([root.client, root.clock, copy.client, copy.clock, 1]);
  }
  return out;
}
