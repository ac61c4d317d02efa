import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorView, NodeView, ViewMutationRecord } from '@tiptap/pm/view';

/**
 * What the node views of the article's media share (video, gallery and its
 * photos, infographic): each has editable text (a caption, a text version) in
 * its `contentDOM` and controls of its own around it; it redraws from the node
 * (`show`) when the node changes, and writes its controls' values back as the
 * node's attributes.
 */
export abstract class MediaNodeView implements NodeView {
  abstract readonly dom: HTMLElement;
  abstract readonly contentDOM: HTMLElement;

  constructor(
    protected node: PMNode,
    protected readonly view: EditorView,
    protected readonly getPos: () => number | undefined,
  ) {}

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.show();
    return true;
  }

  /** Only the editable text is ProseMirror's; changes to the view's own controls and pictures are not edits. */
  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return mutation.type !== 'selection' && !this.contentDOM.contains(mutation.target);
  }

  /** Sets one attribute of this node (nothing when it already has that value). */
  protected setAttr(name: string, value: unknown): void {
    const pos = this.getPos();
    if (pos === undefined || this.node.attrs[name] === value) return;
    this.view.dispatch(this.view.state.tr.setNodeAttribute(pos, name, value));
  }

  /** Redraws the controls from the node's attributes. */
  protected abstract show(): void;
}

/** The credit field of a video or a photo: its value, trimmed and NFC, goes to `onChange` when it is left. */
export function creditInput(texts: { credit: string; creditPlaceholder: string }, testId: string, onChange: (value: string) => void): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'text';
  input.className = 'editor-video-credit';
  input.placeholder = texts.creditPlaceholder;
  input.setAttribute('aria-label', texts.credit);
  input.dataset.testid = testId;
  input.addEventListener('change', () => onChange(input.value.trim().normalize('NFC')));
  return input;
}

/** Shows its value in the field unless the user is typing in it. */
export function showValue(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  if (document.activeElement !== input) input.value = value;
}

/**
 * A stored picture of the article in an `<img>`: resolved to an address once
 * per image id; an older, slower resolution never replaces a newer picture.
 */
export class StoredPicture {
  private shown = '';

  constructor(
    readonly img: HTMLImageElement,
    private readonly resolve: ((imageId: string) => Promise<string>) | null | undefined,
  ) {}

  show(imageId: string, onMissing: () => void): void {
    if (imageId === this.shown) return;
    this.shown = imageId;
    this.img.removeAttribute('src');
    void this.resolve?.(imageId).then(
      (url) => this.shown === imageId && (this.img.src = url),
      () => this.shown === imageId && onMissing(),
    );
  }
}
