import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

/** Stores one pasted picture with the article and gives its imageId. */
export type ImageImporter = (source: string) => Promise<string>;

interface ImportState {
  decorations: DecorationSet;
  /** The last transaction inserted a figure still to fetch. */
  inserted: boolean;
}

export const figureImportKey = new PluginKey<ImportState>('figureImport');

/** What one editor is fetching and what failed; kept by the extension, since plugins are rebuilt when an editor is reconfigured. */
export interface ImportMemory {
  running: Set<string>;
  failed: Set<string>;
  /** The editor's current view: a fetch that ends after a reconfiguration reports to the new one. */
  view?: EditorView | null;
}

/**
 * Pasted pictures (figures with a `source` and no `imageId`) are stored with
 * the article one by one, then their figure gets the imageId. The source
 * stays in the document until then, so a picture that could not be fetched
 * (no network) is tried again when the user clicks "Thử lại" under it or
 * the next time the article is opened, and its figure says so meanwhile (a
 * node decoration the figure's view reads).
 * Typing never scans the document: only transactions that insert a figure
 * with a source do.
 */
export function figureImport(importImage: ImageImporter, memory: ImportMemory): Plugin<ImportState> {
  const { failed, running } = memory;
  return new Plugin<ImportState>({
    key: figureImportKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, inserted: false }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(figureImportKey) as 'failed' | { retry: string } | undefined;
        if (meta === 'failed') return { decorations: failedDecorations(state.doc, failed), inserted: false };
        if (meta && typeof meta === 'object') {
          // The user's "Thử lại": forget the failure and fetch again.
          failed.delete(meta.retry);
          return { decorations: failedDecorations(state.doc, failed), inserted: true };
        }
        if (!tr.docChanged) return value.inserted ? { ...value, inserted: false } : value;
        return { decorations: value.decorations.map(tr.mapping, tr.doc), inserted: insertsPendingFigure(tr) };
      },
    },
    props: { decorations: (state) => figureImportKey.getState(state)?.decorations },
    view(view) {
      memory.view = view;
      const start = (state: EditorState) => {
        for (const source of pendingSources(state.doc)) {
          if (running.has(source) || failed.has(source)) continue;
          running.add(source);
          importImage(source).then(
            (imageId) => {
              running.delete(source);
              if (memory.view) setImageId(memory.view, source, imageId);
            },
            () => {
              running.delete(source);
              failed.add(source);
              memory.view?.dispatch(memory.view.state.tr.setMeta(figureImportKey, 'failed').setMeta('addToHistory', false));
            },
          );
        }
      };
      // Sources already in the document (pasted before, not fetched yet) are retried on open.
      queueMicrotask(() => memory.view === view && start(view.state));
      return {
        update(updated) {
          if (figureImportKey.getState(updated.state)?.inserted) start(updated.state);
        },
        destroy() {
          if (memory.view === view) memory.view = null;
        },
      };
    },
  });
}

function pendingSources(doc: PMNode): Set<string> {
  const sources = new Set<string>();
  doc.descendants((node) => {
    if (node.type.name === 'figure' && !node.attrs.imageId && node.attrs.source) sources.add(String(node.attrs.source));
    return node.isBlock && node.type.name !== 'figure';
  });
  return sources;
}

/** Cheap: only the slices the transaction inserted are looked at, never the whole document. */
function insertsPendingFigure(tr: Transaction): boolean {
  return tr.steps.some((step) => {
    if (!(step instanceof ReplaceStep)) return false;
    let found = false;
    step.slice.content.descendants((node) => {
      if (node.type.name === 'figure' && !node.attrs.imageId && node.attrs.source) found = true;
      return !found;
    });
    return found;
  });
}

function setImageId(view: EditorView, source: string, imageId: string): void {
  const tr = view.state.tr;
  view.state.doc.descendants((node, pos) => {
    if (node.type.name === 'figure' && !node.attrs.imageId && node.attrs.source === source) {
      tr.setNodeMarkup(pos, undefined, { ...node.attrs, imageId, source: null });
    }
    return node.isBlock && node.type.name !== 'figure';
  });
  if (tr.docChanged) view.dispatch(tr.setMeta('addToHistory', false));
}

function failedDecorations(doc: PMNode, failed: Set<string>): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'figure' && !node.attrs.imageId && failed.has(String(node.attrs.source))) {
      decorations.push(Decoration.node(pos, pos + node.nodeSize, {}, { importFailed: true }));
    }
    return node.isBlock && node.type.name !== 'figure';
  });
  return DecorationSet.create(doc, decorations);
}
