import * as Y from 'yjs';

/**
 * Struct ids (client:clock) an update adds: how bench:hub follows one key
 * from its typist to every peer. Read from the update's header (its clock
 * ranges) rather than by decoding every struct: the benchmark's own cost
 * stays small next to what it measures.
 */
export function insertedIds(update: Uint8Array): string[] {
  const { from, to } = Y.parseUpdateMeta(update);
  const ids: string[] = [];
  for (const [client, end] of to) for (let clock = from.get(client) ?? end; clock < end; clock += 1) ids.push(`${client}:${clock}`);
  return ids;
}
