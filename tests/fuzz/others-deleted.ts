import { rootOf, type MoveEntry } from '../../common/article/moves';
import { MOVES_ARRAY } from '../../common/article/layout';

/**
 * Whose letters a window deletes (issue 24, two writers: "each person's undo
 * undoes only their own typing"). Runs in the page (bundled into the page kit)
 * and in vitest, on a real editor.
 *
 * Every local Yjs transaction on the editor's document that deletes items of
 * another client (letters another writer typed, as Yjs knows them: by client
 * id) is noted with its origin (`undo`: the editor's undo manager; `y-sync`:
 * the editor writing its document; `other`) and the phase set by the caller
 * (typing, A's undo…). A's undo may delete only A's items: its own insertions
 * and the copies A's editor made. Remote transactions (the other writer's own
 * changes arriving) are not noted. A copy of this window's own letters (another window's Enter wrote
 * them again as its items: the article's moved-letters log, common/article/moves.ts) is this window's:
 * its undo deleting that copy deletes its own letters.
 */
export interface OthersDeletedWatch {
  phase: string;
  entries: string[];
}

/** A Yjs document's store, as far as `yItemsText` reads it. */
export interface YStoreLike {
  store: { clients: Map<number, Array<{ id: { client: number; clock: number }; length: number; content: { str?: string } }>> };
}

/**
 * The text of `client`'s items with clocks in [from, to) (deleted or not), as
 * Yjs stores them; a non-text item reads `<n>` for its n clocks. Used by the
 * two-writer checks and the two-writer fuzz's Yjs log (both in the page).
 */
export function yItemsText(doc: YStoreLike, client: number, from: number, to: number): string {
  let out = '';
  for (const item of doc.store.clients.get(client) ?? []) {
    const a = Math.max(from, item.id.clock);
    const b = Math.min(to, item.id.clock + item.length);
    if (b > a) out += typeof item.content.str === 'string' ? item.content.str.slice(a - item.id.clock, b - item.id.clock) : `<${b - a}>`;
  }
  return out;
}

interface WatchedEditor {
  state: { plugins: ReadonlyArray<unknown> };
}
type PluginLike = { key: string; getState(state: unknown): unknown };

export function watchOthersDeleted(editor: WatchedEditor, phase: string): OthersDeletedWatch {
  type Item = { id: { client: number; clock: number }; length: number; content: { str?: string } };
  type Doc = {
    clientID: number;
    store: { clients: Map<number, Item[]> };
    getArray(name: string): { toArray(): MoveEntry[] };
    on(e: 'afterTransaction', f: (tr: { origin: unknown; local: boolean; deleteSet: { clients: Map<number, { clock: number; len: number }[]> } }) => void): void;
  };
  const stateOf = (prefix: string) => (editor.state.plugins as ReadonlyArray<PluginLike>).find((p) => p.key.startsWith(prefix))!.getState(editor.state);
  const { doc } = stateOf('y-sync$') as { doc: Doc };
  const { undoManager } = stateOf('y-undo$') as { undoManager: unknown };
  const watch: OthersDeletedWatch = { phase, entries: [] };
  const textOf = (client: number, from: number, to: number) => yItemsText(doc, client, from, to);
  doc.on('afterTransaction', (tr) => {
    if (!tr.local) return;
    const origin = tr.origin === undoManager ? 'undo' : String((tr.origin as { key?: unknown } | null)?.key ?? '').startsWith('y-sync$') ? 'y-sync' : 'other';
    const moves = doc.getArray(MOVES_ARRAY).toArray();
    for (const [client, ranges] of tr.deleteSet.clients) {
      if (client === doc.clientID) continue;
      for (const r of ranges) {
        // Only the letters that are not copies of this window's own.
        let text = '';
        for (let clock = r.clock; clock < r.clock + r.len; clock++) if (rootOf(moves, client, clock).client !== doc.clientID) text += textOf(client, clock, clock + 1);
        if (text !== '') watch.entries.push(`${watch.phase}: ${origin} deleted client ${client}'s ${JSON.stringify(text)}`);
      }
    }
  });
  return watch;
}
