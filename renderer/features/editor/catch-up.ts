import * as Y from 'yjs';

/**
 * What the service is missing, as one update: the service's state is merged
 * into the window's document first (under `origin`, so it is not queued
 * again), then everything the service's state vector lacks is encoded.
 * Used when the service refuses an update because it lacks what the update
 * builds on; nothing typed in this window is left out.
 */
export function catchUpUpdate(doc: Y.Doc, serviceState: Uint8Array, origin: unknown): Uint8Array {
  Y.applyUpdate(doc, serviceState, origin);
  return Y.encodeStateAsUpdate(doc, Y.encodeStateVectorFromUpdate(serviceState));
}
