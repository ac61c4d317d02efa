import { useSyncExternalStore } from 'react';
import type { SaveState } from './save-queue';

/** The save state outside React's tree, so a change re-renders the status bar only. */
export class SaveStateStore {
  private state: SaveState = { kind: 'saved', at: null };
  private readonly listeners = new Set<() => void>();
  set = (state: SaveState): void => {
    this.state = state;
    for (const listener of this.listeners) listener();
  };
  get = (): SaveState => this.state;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export function useSaveState(store: SaveStateStore): SaveState {
  return useSyncExternalStore(store.subscribe, store.get);
}
