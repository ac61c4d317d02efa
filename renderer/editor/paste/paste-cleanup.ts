import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml } from './clean-html';
import { LegacyPaste, type LegacyConversionNotice } from './legacy-paste';
import { readPendingSelection } from '../extensions/pending-selection/pending-selection';

export interface PasteCleanupOptions {
  /** Image files pasted or dropped into the editor; return true when taken. */
  onImageFiles: ((files: File[]) => boolean) | null;
  /** Title and sapo: whatever is pasted becomes one line of plain text, so no pasted paragraph is lost. */
  singleLine: boolean;
  /** Pasted legacy text (TCVN3, VNI …) was converted to Unicode; one Undo reverts the conversion. */
  onLegacyConverted: ((notice: LegacyConversionNotice) => void) | null;
}

/** Cleaned HTML flattened to one paragraph of text (for one-block fields). */
export function toSingleLine(html: string): string {
  const body = new DOMParser().parseFromString(cleanPastedHtml(html), 'text/html').body;
  for (const block of Array.from(body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, td, th, br, blockquote'))) {
    block.append(' ');
  }
  const text = (body.textContent ?? '').replace(/\s+/g, ' ').trim();
  const p = body.ownerDocument.createElement('p');
  p.textContent = text;
  return p.outerHTML;
}

function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((file) => file.type.startsWith('image/'));
}

/**
 * Every paste goes through `cleanPastedHtml` (DOMPurify, then Word and
 * LibreOffice cleanup, then NFC) before ProseMirror parses it; plain text is
 * normalised to NFC. Pasted or dropped image files go to `onImageFiles`,
 * which stores them with the article and inserts figures.
 */
export const PasteCleanup = Extension.create<PasteCleanupOptions>({
  name: 'pasteCleanup',
  addOptions: () => ({ onImageFiles: null, singleLine: false, onLegacyConverted: null }),
  addProseMirrorPlugins() {
    const options = this.options;
    const legacy = new LegacyPaste();
    return [
      new Plugin({
        key: new PluginKey('pasteCleanup'),
        props: {
          transformPastedHTML: (html) => {
            legacy.noticeHtml(html);
            return options.singleLine ? toSingleLine(html) : cleanPastedHtml(html);
          },
          transformPastedText: (text) => {
            legacy.noticeText(text);
            return options.singleLine ? text.normalize('NFC').replace(/\s+/g, ' ').trim() : text.normalize('NFC');
          },
          handleDOMEvents: {
            // ProseMirror pastes over its state's selection, but a selection
            // made with keys (Shift+arrows) reaches the state only on the
            // browser's next, asynchronous selectionchange: a paste right
            // after it would replace the old selection. Read it first.
            paste: (view) => {
              readPendingSelection(view);
              return false;
            },
            cut: (view) => {
              readPendingSelection(view);
              return false;
            },
          },
          handlePaste: (view, event, slice) => {
            const files = imageFiles(event.clipboardData?.files);
            if (files.length > 0 && options.onImageFiles) return options.onImageFiles(files);
            return legacy.paste(view, slice, options.onLegacyConverted);
          },
          handleDrop: (_view, event) => {
            const files = imageFiles((event as DragEvent).dataTransfer?.files);
            if (files.length === 0 || !options.onImageFiles) return false;
            return options.onImageFiles(files);
          },
        },
      }),
    ];
  },
});
