import * as Y from 'yjs';

/** Struct ids (client:clock) of the characters an update inserts: how bench:hub follows one key from typist to peers. */
export function insertedIds(update: Uint8Array): string[] {
  return Y.decodeUpdate(update).structs.filter((s) => s.constructor.name === 'Item').map((s) => `${s.id.client}:${s.id.clock}`);
}
