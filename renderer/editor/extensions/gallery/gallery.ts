import { Node } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { GALLERY_NODE, PHOTO_NODE } from '../../../../common/article/media';
import { creditInput, MediaNodeView, showValue, StoredPicture } from '../media-node-view';

export interface GalleryTexts {
  label: string;
  count: (n: number) => string;
  addPhotos: string;
  up: string;
  down: string;
  remove: string;
  photo: (n: number) => string;
  credit: string;
  creditPlaceholder: string;
  missing: string;
}

export interface GalleryOptions {
  /** Object URL of a stored picture (the display copy). */
  resolveImage: ((imageId: string) => Promise<string>) | null;
  /** Lets the user choose pictures and stores them with the article; resolves to their image ids. */
  choosePhotos: (() => Promise<string[]>) | null;
  texts: GalleryTexts;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    gallery: {
      /** Inserts a gallery of pictures already stored by the images service, each with an empty caption. */
      insertGallery: (imageIds: string[]) => ReturnType;
      /** Moves the photo holding the caret one place up (-1) or down (+1) in its gallery. */
      moveGalleryPhoto: (direction: -1 | 1) => ReturnType;
    };
  }
}

const photoJson = (imageId: string) => ({ type: PHOTO_NODE, attrs: { imageId }, content: [{ type: 'figcaption' }] });

/** Where the photo holding the selection starts, its gallery's start and its index, or null. */
function photoAt(state: EditorState): { pos: number; gallery: number; index: number } | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    if ($from.node(depth).type.name === PHOTO_NODE && $from.node(depth - 1).type.name === GALLERY_NODE) {
      return { pos: $from.before(depth), gallery: $from.before(depth - 1), index: $from.index(depth - 1) };
    }
  }
  // A photo selected as a node (clicked on its picture).
  const node = state.doc.nodeAt($from.pos);
  if (node?.type.name === PHOTO_NODE && $from.parent.type.name === GALLERY_NODE) {
    return { pos: $from.pos, gallery: $from.before(), index: $from.index() };
  }
  return null;
}

/**
 * Swaps the photo at `pos` with its neighbour: the neighbour is cut and put
 * back on the other side, so the moved photo keeps its identity (and the
 * caret stays in its caption, at the same offset).
 */
export function movePhoto(state: EditorState, pos: number, direction: -1 | 1): Transaction | null {
  const $pos = state.doc.resolve(pos);
  const gallery = $pos.parent;
  const index = $pos.index();
  const photo = gallery.child(index);
  const target = index + direction;
  if (gallery.type.name !== GALLERY_NODE || target < 0 || target >= gallery.childCount) return null;
  const other = gallery.child(target);
  const tr = state.tr;
  const offsetInPhoto = state.selection.from - pos;
  let newPos: number;
  if (direction === -1) {
    const otherPos = pos - other.nodeSize;
    tr.delete(otherPos, pos);
    tr.insert(otherPos + photo.nodeSize, other);
    newPos = otherPos;
  } else {
    const otherPos = pos + photo.nodeSize;
    tr.delete(otherPos, otherPos + other.nodeSize);
    tr.insert(pos, other);
    newPos = pos + other.nodeSize;
  }
  if (offsetInPhoto > 0 && offsetInPhoto < photo.nodeSize) tr.setSelection(TextSelection.near(tr.doc.resolve(newPos + offsetInPhoto)));
  else tr.setSelection(TextSelection.near(tr.doc.resolve(newPos + 2)));
  return tr.scrollIntoView();
}

/**
 * A photo story's gallery ("Bộ ảnh", docs/media.md): several stored
 * pictures, each with a caption (editable text, so spellcheck and review
 * reach it) and a credit. The order is the document's: drag a photo by its
 * picture, or use "Lên"/"Xuống" (Alt+↑/Alt+↓ in its caption).
 */
export const Gallery = Node.create<GalleryOptions>({
  name: GALLERY_NODE,
  group: 'block',
  content: `${PHOTO_NODE}+`,
  isolating: true,
  defining: true,

  addOptions() {
    return { resolveImage: null, choosePhotos: null, texts: {} as GalleryTexts };
  },

  // Above the figure's rule, which would take the whole gallery for one picture.
  parseHTML: () => [{ tag: 'figure[data-gallery]', priority: 60 }],
  renderHTML: () => ['figure', { 'data-gallery': '' }, 0],

  addNodeView() {
    return ({ node, view, getPos }) => new GalleryView(node, view, getPos as () => number | undefined, this.options);
  },

  addCommands() {
    return {
      insertGallery:
        (imageIds) =>
        ({ commands, tr }) => {
          if (imageIds.length === 0 || !commands.insertContent({ type: this.name, content: imageIds.map(photoJson) })) return false;
          // The caret goes into the first photo's caption, ready for it.
          // (insertContent leaves it in the last one's; just after the gallery if the schema moved it.)
          const $at = tr.selection.$from;
          for (let depth = $at.depth; depth > 0; depth--) {
            if ($at.node(depth).type.name === this.name) {
              tr.setSelection(TextSelection.create(tr.doc, $at.before(depth) + 3));
              return true;
            }
          }
          const before = $at.nodeBefore;
          if (before?.type.name === this.name) tr.setSelection(TextSelection.create(tr.doc, $at.pos - before.nodeSize + 3));
          return true;
        },
      moveGalleryPhoto:
        (direction) =>
        ({ state, dispatch }) => {
          const at = photoAt(state);
          const tr = at && movePhoto(state, at.pos, direction);
          if (!tr) return false;
          dispatch?.(tr);
          return true;
        },
    };
  },
});

export const GalleryPhoto = Node.create<GalleryOptions>({
  name: PHOTO_NODE,
  content: 'figcaption',
  draggable: true,
  isolating: true,
  // Its keys before the caption's own Enter (which would put a paragraph inside the gallery).
  priority: 200,

  addOptions() {
    return { resolveImage: null, choosePhotos: null, texts: {} as GalleryTexts };
  },

  addAttributes() {
    return {
      imageId: { default: null, parseHTML: (el) => el.querySelector('img')?.getAttribute('data-image-id') ?? null, renderHTML: () => ({}) },
      alt: { default: '', parseHTML: (el) => el.getAttribute('data-alt') ?? '', renderHTML: () => ({}) },
      credit: { default: '', parseHTML: (el) => el.getAttribute('data-credit') ?? '', renderHTML: () => ({}) },
    };
  },

  parseHTML: () => [
    { tag: 'figure[data-photo]', priority: 60 },
    // The credit printed after a caption is the `credit` attribute, not caption text.
    { tag: 'small[data-credit]', ignore: true },
  ],

  renderHTML({ node }) {
    const figure = document.createElement('figure');
    figure.setAttribute('data-photo', '');
    if (node.attrs.credit) figure.setAttribute('data-credit', String(node.attrs.credit));
    if (node.attrs.alt) figure.setAttribute('data-alt', String(node.attrs.alt));
    const img = document.createElement('img');
    img.setAttribute('src', `toasoan-image:${node.attrs.imageId}`);
    img.setAttribute('alt', String(node.attrs.alt ?? ''));
    img.setAttribute('data-image-id', String(node.attrs.imageId ?? ''));
    figure.append(img);
    return { dom: figure, contentDOM: figure };
  },

  addNodeView() {
    return ({ node, view, getPos }) => new PhotoView(node, view, getPos as () => number | undefined, this.options);
  },

  addKeyboardShortcuts() {
    const inPhoto = () => photoAt(this.editor.state) !== null && this.editor.state.selection.$from.parent.type.name === 'figcaption';
    return {
      'Alt-ArrowUp': () => inPhoto() && this.editor.commands.moveGalleryPhoto(-1),
      'Alt-ArrowDown': () => inPhoto() && this.editor.commands.moveGalleryPhoto(1),
      // Enter in a caption leaves the gallery for a new paragraph after it.
      Enter: ({ editor }) => {
        const at = inPhoto() ? photoAt(editor.state) : null;
        if (!at) return false;
        const gallery = editor.state.doc.nodeAt(at.gallery)!;
        const after = at.gallery + gallery.nodeSize;
        const tr = editor.state.tr.insert(after, editor.schema.nodes.paragraph!.create());
        tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView();
        editor.view.dispatch(tr);
        return true;
      },
    };
  },
});

function button(text: string, testId: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'link-button';
  b.textContent = text;
  b.dataset.testid = testId;
  b.addEventListener('mousedown', (event) => event.preventDefault());
  b.addEventListener('click', onClick);
  return b;
}

class GalleryView extends MediaNodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly heading: HTMLElement;

  constructor(
    node: PMNode,
    view: EditorView,
    getPos: () => number | undefined,
    private readonly options: GalleryOptions,
  ) {
    super(node, view, getPos);
    const t = options.texts;
    this.dom = document.createElement('figure');
    this.dom.className = 'editor-gallery';
    this.dom.dataset.testid = 'editor-gallery';
    this.dom.setAttribute('role', 'group');
    const bar = document.createElement('div');
    bar.className = 'editor-gallery-bar';
    bar.contentEditable = 'false';
    this.heading = document.createElement('span');
    this.heading.className = 'editor-gallery-heading';
    bar.append(this.heading);
    if (options.choosePhotos) bar.append(' ', button(t.addPhotos, 'gallery-add', () => void this.add()));
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'editor-gallery-photos';
    this.dom.append(bar, this.contentDOM);
    this.show();
  }

  private async add(): Promise<void> {
    const ids = (await this.options.choosePhotos?.()) ?? [];
    const pos = this.getPos();
    if (!ids.length || pos === undefined) return;
    const node = this.view.state.doc.nodeAt(pos);
    if (node?.type.name !== GALLERY_NODE) return;
    const photos = ids.map((id) => this.view.state.schema.nodeFromJSON(photoJson(id)));
    this.view.dispatch(this.view.state.tr.insert(pos + node.nodeSize - 1, photos));
  }

  stopEvent(event: Event): boolean {
    return event.target instanceof HTMLButtonElement && !this.contentDOM.contains(event.target);
  }

  protected show(): void {
    const t = this.options.texts;
    const text = `${t.label} · ${t.count(this.node.childCount)}`;
    this.heading.textContent = text;
    this.dom.setAttribute('aria-label', text);
    // Once ProseMirror has put the photos' views in order.
    queueMicrotask(() => this.renumber());
  }

  /** Each photo's number, and its "Lên"/"Xuống" named after it (off at the ends). */
  private renumber(): void {
    const t = this.options.texts;
    const photos = Array.from(this.contentDOM.children).filter((el) => el.classList.contains('editor-gallery-photo'));
    photos.forEach((photo, i) => {
      const name = t.photo(i + 1);
      const number = photo.querySelector('.editor-gallery-photo-number');
      if (number) number.textContent = name;
      const up = photo.querySelector('[data-testid="photo-up"]') as HTMLButtonElement | null;
      const down = photo.querySelector('[data-testid="photo-down"]') as HTMLButtonElement | null;
      if (up) Object.assign(up, { disabled: i === 0 }).setAttribute('aria-label', `${t.up}: ${name}`);
      if (down) Object.assign(down, { disabled: i === photos.length - 1 }).setAttribute('aria-label', `${t.down}: ${name}`);
    });
  }
}

class PhotoView extends MediaNodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly frame: HTMLElement;
  private readonly picture: StoredPicture;
  private readonly credit: HTMLInputElement;

  constructor(
    node: PMNode,
    view: EditorView,
    getPos: () => number | undefined,
    private readonly options: GalleryOptions,
  ) {
    super(node, view, getPos);
    const t = options.texts;
    this.dom = document.createElement('figure');
    this.dom.className = 'editor-figure editor-gallery-photo';
    this.dom.dataset.testid = 'gallery-photo';
    const controls = document.createElement('div');
    controls.className = 'editor-gallery-photo-controls';
    controls.contentEditable = 'false';
    const number = document.createElement('span');
    number.className = 'editor-gallery-photo-number';
    const up = button(t.up, 'photo-up', () => this.move(-1));
    const down = button(t.down, 'photo-down', () => this.move(1));
    const remove = button(t.remove, 'photo-remove', () => this.remove());
    controls.append(number, ' ', up, ' ', down, ' ', remove);
    // The picture is the drag handle: ProseMirror moves the photo where it is dropped.
    this.frame = document.createElement('div');
    this.frame.className = 'editor-figure-frame';
    this.frame.contentEditable = 'false';
    this.frame.draggable = true;
    const img = document.createElement('img');
    img.draggable = false;
    this.frame.append(img);
    this.picture = new StoredPicture(img, options.resolveImage);
    this.credit = creditInput(t, 'photo-credit', (value) => this.setAttr('credit', value));
    const creditBox = document.createElement('div');
    creditBox.contentEditable = 'false';
    creditBox.append(this.credit);
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'editor-figure-caption';
    this.dom.append(controls, this.frame, this.contentDOM, creditBox);
    this.show();
  }

  stopEvent(event: Event): boolean {
    const target = event.target;
    return target === this.credit || (target instanceof HTMLButtonElement && !this.contentDOM.contains(target));
  }

  private move(direction: -1 | 1): void {
    const pos = this.getPos();
    if (pos === undefined) return;
    const tr = movePhoto(this.view.state, pos, direction);
    if (!tr) return;
    this.view.dispatch(tr);
    this.view.focus();
  }

  private remove(): void {
    const pos = this.getPos();
    if (pos === undefined) return;
    const $pos = this.view.state.doc.resolve(pos);
    // The last photo takes its gallery with it.
    if ($pos.parent.childCount === 1) this.view.dispatch(this.view.state.tr.delete($pos.before(), $pos.after()));
    else this.view.dispatch(this.view.state.tr.delete(pos, pos + this.node.nodeSize));
  }

  protected show(): void {
    const t = this.options.texts;
    showValue(this.credit, String(this.node.attrs.credit ?? ''));
    const imageId = String(this.node.attrs.imageId ?? '');
    const img = this.picture.img;
    img.alt = String(this.node.attrs.alt ?? '');
    this.dom.dataset.imageId = imageId;
    this.picture.show(imageId, () => (img.alt = t.missing));
  }
}
