import type { Node as PMNode } from '@tiptap/pm/model';
import type { Decoration, NodeView } from '@tiptap/pm/view';

export type ImageResolver = (imageId: string) => Promise<string>;

/**
 * The figure while editing: the picture (not editable) and the caption (the
 * content). The picture loads asynchronously from the images service (in the
 * app's editor once the figure comes near the screen: a long opened Word file has 30 pictures;
 * fetching them all before the article showed was most of the time to open
 * it), and decodes off the main thread; what is stored does not change. When
 * it is missing or unreadable a placeholder takes its place and the document
 * is untouched, so a lost file never breaks an article.
 */
export class FigureView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly frame: HTMLElement;
  private imageId: string | null = null;

  private shownKey: string | null = null;
  /** Watches the figure until it comes near the screen, then fetches its picture. */
  private near: IntersectionObserver | null = null;
  /** Counts the pictures asked for, so a late start of watching for an older one (or after destroy) does nothing. */
  private watch = 0;

  constructor(
    node: PMNode,
    private readonly resolve: ImageResolver | null,
    private readonly texts: { missing: string; importing: string; importFailed: string; retry?: string },
    decorations: readonly Decoration[] = [],
    /** Asks for another try at fetching a pasted picture that failed. */
    private readonly retryImport: ((source: string) => void) | null = null,
    /** Fetch the picture only once the figure is near the screen. */
    private readonly lazy = false,
  ) {
    this.dom = document.createElement('figure');
    this.dom.className = 'editor-figure';
    this.frame = document.createElement('div');
    this.frame.className = 'editor-figure-frame';
    this.frame.contentEditable = 'false';
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'editor-figure-caption';
    this.dom.append(this.frame, this.contentDOM);
    this.show(node, decorations);
  }

  destroy(): void {
    this.watch++;
    this.near?.disconnect();
    this.near = null;
  }

  /**
   * Lazy: runs `load` once the frame is within a screen of the visible part
   * of the scrolling box around the editor (the observer's root: the screen
   * alone would clip the margin at that box). Otherwise, or without
   * IntersectionObserver, at once.
   */
  private whenNear(load: () => void): void {
    this.near?.disconnect();
    this.near = null;
    const watch = ++this.watch;
    if (!this.lazy || typeof IntersectionObserver === 'undefined') return load();
    const observe = () => {
      if (watch !== this.watch) return;
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          observer.disconnect();
          if (this.near === observer) this.near = null;
          load();
        },
        { root: scrollingBox(this.frame), rootMargin: '100% 0px' },
      );
      this.near = observer;
      observer.observe(this.frame);
    };
    // The node view is put in the document after it is made: its scrolling box is known then.
    if (this.frame.isConnected) observe();
    else queueMicrotask(observe);
  }

  update(node: PMNode, decorations: readonly Decoration[]): boolean {
    if (node.type.name !== 'figure') return false;
    this.show(node, decorations);
    return true;
  }

  /** Selecting or dragging the picture is ProseMirror's business; typing in the caption is not an event of ours. */
  stopEvent(event: Event): boolean {
    // The retry button's own clicks.
    return event.target instanceof HTMLElement && event.target.classList.contains('editor-figure-retry');
  }

  ignoreMutation(mutation: MutationRecord | { type: 'selection'; target: Node }): boolean {
    return mutation.type !== 'selection' && this.frame.contains(mutation.target);
  }

  private show(node: PMNode, decorations: readonly Decoration[]): void {
    const imageId = (node.attrs.imageId as string | null) ?? null;
    const source = (node.attrs.source as string | null) ?? null;
    if (!imageId && source) {
      // A pasted picture not stored yet: being fetched, or fetching failed.
      const failed = decorations.some((d) => (d.spec as { importFailed?: boolean }).importFailed);
      const key = `${failed ? 'failed' : 'importing'}|${source}`;
      if (this.shownKey !== key) {
        this.shownKey = key;
        this.imageId = null;
        this.placeholder(failed ? this.texts.importFailed : this.texts.importing, failed ? 'failed' : 'importing');
        if (failed && this.retryImport && this.texts.retry) {
          const retry = document.createElement('button');
          retry.type = 'button';
          retry.className = 'link-button editor-figure-retry';
          retry.textContent = this.texts.retry;
          retry.addEventListener('mousedown', (event) => event.preventDefault());
          retry.addEventListener('click', () => this.retryImport?.(source));
          this.frame.firstElementChild?.append(document.createElement('br'), retry);
        }
      }
      return;
    }
    this.shownKey = null;
    if (imageId === this.imageId && this.frame.firstChild) {
      const img = this.frame.querySelector('img');
      if (img) img.alt = String(node.attrs.alt ?? '');
      return;
    }
    this.imageId = imageId;
    this.frame.replaceChildren();
    this.frame.dataset.imageId = imageId ?? '';
    if (!imageId || !this.resolve) return this.placeholder(this.texts.missing, 'missing');
    const img = document.createElement('img');
    img.alt = String(node.attrs.alt ?? '');
    img.draggable = false;
    img.decoding = 'async';
    img.addEventListener('error', () => {
      if (this.imageId === imageId) this.placeholder(this.texts.missing, 'missing');
    });
    this.frame.append(img);
    const resolve = this.resolve;
    this.whenNear(() =>
      resolve(imageId).then(
        (url) => {
          if (this.imageId === imageId) img.src = url;
        },
        () => {
          if (this.imageId === imageId) this.placeholder(this.texts.missing, 'missing');
        },
      ),
    );
  }

  private placeholder(text: string, kind: 'missing' | 'importing' | 'failed'): void {
    const box = document.createElement('div');
    box.className = kind === 'missing' ? 'editor-figure-missing' : `editor-figure-missing editor-figure-${kind}`;
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', text);
    box.dataset.state = kind;
    box.textContent = text;
    this.frame.replaceChildren(box);
  }
}

/** The nearest ancestor that scrolls vertically (null: the screen). */
function scrollingBox(element: Element): Element | null {
  for (let el = element.parentElement; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return el;
  }
  return null;
}
