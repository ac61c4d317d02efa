import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml } from './clean-html';

export interface PasteCleanupOptions {
  /** Image files pasted or dropped into the editor; return true when taken. */
  onImageFiles: ((files: File[]) => boolean) | null;
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
  addOptions: () => ({ onImageFiles: null }),
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        key: new PluginKey('pasteCleanup'),
        props: {
          transformPastedHTML: (html) => cleanPastedHtml(html),
          transformPastedText: (text) => text.normalize('NFC'),
          handlePaste: (_view, event) => {
            const files = imageFiles(event.clipboardData?.files);
            if (files.length === 0 || !options.onImageFiles) return false;
            return options.onImageFiles(files);
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
