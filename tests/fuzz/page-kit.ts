/// <reference lib="dom" />
import { focusNow } from '../../renderer/editor/focus-now';
import { paragraphsOf, pasteInto, shapeOf } from './page-functions';
import { takeUndoGroups } from './undo-groups';
import { watchOthersDeleted, yItemsText } from './others-deleted';
import { yItemsListing } from './y-items';

/** Bundled into every page the fuzzer drives (see bare.ts), as `window.fuzzPage`. */
export interface PageKit {
  pasteInto: typeof pasteInto;
  shapeOf: typeof shapeOf;
  paragraphsOf: typeof paragraphsOf;
  focusNow: typeof focusNow;
  takeUndoGroups: typeof takeUndoGroups;
  watchOthersDeleted: typeof watchOthersDeleted;
  yItemsText: typeof yItemsText;
  yItemsListing: typeof yItemsListing;
}

declare global {
  interface Window {
    fuzzPage: PageKit;
  }
}

// Functions the runner (tsx) passes to page.evaluate carry esbuild's keepNames helper.
(globalThis as { __name?: unknown }).__name ??= (fn: unknown) => fn;

window.fuzzPage = { pasteInto, shapeOf, paragraphsOf, focusNow, takeUndoGroups, watchOthersDeleted, yItemsText, yItemsListing };
