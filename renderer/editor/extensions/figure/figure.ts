import { Node } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { figureImport, figureImportKey, type ImageImporter, type ImportMemory } from './figure-import';
import { FigureView, type ImageResolver } from './figure-view';
import { PASTE_SOURCE_ATTR } from '../../paste/pictures';

export interface FigureOptions {
  /** Turns an imageId into a URL the editor can show (an object URL of the display copy). */
  resolveImage: ImageResolver | null;
  /** Shown instead of an image that is missing or unreadable. */
  missingText: string;
  /** Stores a pasted picture's source (web address or data:image) with the article; resolves to its imageId. */
  importImage: ImageImporter | null;
  /** Shown while a pasted picture is being fetched, and when fetching it failed. */
  importingText: string;
  importFailedText: string;
  /** The button under a picture that could not be fetched. */
  retryText: string;
  /** Fetch a picture only once its figure is near the screen (the app's editor; tests without layout load at once). */
  lazyImages: boolean;
}

export interface FigureAttrs {
  imageId: string;
  alt?: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts an image (already stored by the images service) with an empty caption. */
      insertFigure: (attrs: FigureAttrs) => ReturnType;
    };
  }
}

/**
 * `<figure><img data-image-id><figcaption>…</figcaption></figure>`. The image
 * is an attribute (its id in the article's image folder, never its bytes);
 * the caption is editable text, so spellcheck and review reach it. A figure
 * pasted from a web page carries only its picture's `source` until
 * figure-import.ts has stored the picture and set `imageId`; any other
 * figure whose <img> has no data-image-id is not an image of this article.
 */
export const Figcaption = Node.create({
  name: 'figcaption',
  content: 'inline*',
  marks: 'bold italic underline link',
  defining: true,
  // Only inside a figure (or a gallery's photo): a stray caption from a web page is a paragraph, not a new figure.
  parseHTML: () => [{ tag: 'figcaption', context: 'figure/|galleryPhoto/' }],
  renderHTML: () => ['figcaption', 0],
  addKeyboardShortcuts() {
    return {
      // Enter leaves the caption for a new paragraph after the figure.
      Enter: ({ editor }) => {
        const { $from } = editor.state.selection;
        if ($from.parent.type.name !== 'figcaption') return false;
        const after = $from.after($from.depth - 1);
        const paragraph = editor.schema.nodes.paragraph!.create();
        const tr = editor.state.tr.insert(after, paragraph);
        tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView();
        editor.view.dispatch(tr);
        return true;
      },
    };
  },
});

export const Figure = Node.create<FigureOptions, ImportMemory>({
  name: 'figure',
  group: 'block',
  content: 'figcaption',
  draggable: true,
  isolating: true,

  addOptions() {
    return {
      resolveImage: null,
      missingText: 'Image not found',
      importImage: null,
      importingText: 'Loading image',
      importFailedText: 'Image could not be loaded',
      retryText: 'Retry',
      lazyImages: false,
    };
  },

  addAttributes() {
    return {
      imageId: {
        default: null,
        parseHTML: (el) => el.querySelector('img')?.getAttribute('data-image-id') ?? null,
        renderHTML: () => ({}),
      },
      source: {
        default: null,
        parseHTML: (el) => (el.querySelector('img[data-image-id]') ? null : el.getAttribute(PASTE_SOURCE_ATTR)),
        renderHTML: () => ({}),
      },
      alt: {
        default: '',
        parseHTML: (el) => el.querySelector('img')?.getAttribute('alt') ?? '',
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (el) => (el.querySelector('img[data-image-id]') || el.hasAttribute(PASTE_SOURCE_ATTR) ? null : false),
      },
    ];
  },

  renderHTML({ node }) {
    // The content hole must be the only child of its element in an array
    // spec, but a figure holds the <img> and then the caption: build the DOM.
    const figure = document.createElement('figure');
    if (!node.attrs.imageId && node.attrs.source) {
      // Not stored yet: only the source, as it was pasted.
      figure.setAttribute(PASTE_SOURCE_ATTR, String(node.attrs.source));
      return { dom: figure, contentDOM: figure };
    }
    const img = document.createElement('img');
    img.setAttribute('src', `toasoan-image:${node.attrs.imageId}`);
    img.setAttribute('alt', node.attrs.alt ?? '');
    img.setAttribute('data-image-id', node.attrs.imageId ?? '');
    figure.append(img);
    return { dom: figure, contentDOM: figure };
  },

  addNodeView() {
    return ({ node, view, decorations }) =>
      new FigureView(
        node,
        this.options.resolveImage,
        {
          missing: this.options.missingText,
          importing: this.options.importingText,
          importFailed: this.options.importFailedText,
          retry: this.options.retryText,
        },
        decorations,
        (source) => view.dispatch(view.state.tr.setMeta(figureImportKey, { retry: source }).setMeta('addToHistory', false)),
        this.options.lazyImages,
      );
  },

  addStorage(): ImportMemory {
    return { running: new Set(), failed: new Set() };
  },

  addProseMirrorPlugins() {
    return this.options.importImage ? [figureImport(this.options.importImage, this.storage)] : [];
  },

  addCommands() {
    return {
      insertFigure:
        ({ imageId, alt }) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            attrs: { imageId, alt: alt ?? '' },
            content: [{ type: 'figcaption' }],
          }),
    };
  },
});
