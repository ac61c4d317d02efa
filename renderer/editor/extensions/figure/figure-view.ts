import type { Node as PMNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';

export type ImageResolver = (imageId: string) => Promise<string>;

/**
 * The figure while editing: the picture (not editable) and the caption (the
 * content). The picture loads asynchronously from the images service; when
 * it is missing or unreadable a placeholder takes its place and the document
 * is untouched, so a lost file never breaks an article.
 */
export class FigureView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly frame: HTMLElement;
  private imageId: string | null = null;

  constructor(
    node: PMNode,
    private readonly resolve: ImageResolver | null,
    private readonly missingText: string,
  ) {
    this.dom = document.createElement('figure');
    this.dom.className = 'editor-figure';
    this.frame = document.createElement('div');
    this.frame.className = 'editor-figure-frame';
    this.frame.contentEditable = 'false';
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'editor-figure-caption';
    this.dom.append(this.frame, this.contentDOM);
    this.show(node);
  }

  update(node: PMNode): boolean {
    if (node.type.name !== 'figure') return false;
    this.show(node);
    return true;
  }

  /** Selecting or dragging the picture is ProseMirror's business; typing in the caption is not an event of ours. */
  stopEvent(): boolean {
    return false;
  }

  ignoreMutation(mutation: MutationRecord | { type: 'selection'; target: Node }): boolean {
    return mutation.type !== 'selection' && this.frame.contains(mutation.target);
  }

  private show(node: PMNode): void {
    const imageId = (node.attrs.imageId as string | null) ?? null;
    if (imageId === this.imageId) {
      const img = this.frame.querySelector('img');
      if (img) img.alt = String(node.attrs.alt ?? '');
      return;
    }
    this.imageId = imageId;
    this.frame.replaceChildren();
    this.frame.dataset.imageId = imageId ?? '';
    if (!imageId || !this.resolve) return this.placeholder();
    const img = document.createElement('img');
    img.alt = String(node.attrs.alt ?? '');
    img.draggable = false;
    img.addEventListener('error', () => {
      if (this.imageId === imageId) this.placeholder();
    });
    this.frame.append(img);
    this.resolve(imageId).then(
      (url) => {
        if (this.imageId === imageId) img.src = url;
      },
      () => {
        if (this.imageId === imageId) this.placeholder();
      },
    );
  }

  private placeholder(): void {
    const box = document.createElement('div');
    box.className = 'editor-figure-missing';
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', this.missingText);
    box.textContent = this.missingText;
    this.frame.replaceChildren(box);
  }
}
