import { LiveValue } from './live-value';
import type { SaveState } from './save-queue';

/** The save state outside React's tree. */
export class SaveStateStore extends LiveValue<SaveState> {
  constructor() {
    super({ kind: 'saved', at: null });
  }
}
