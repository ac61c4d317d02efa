import { Node } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { INFOGRAPHIC_NODE } from '../../../../common/article/media';
import { MediaNodeView, showValue, StoredPicture } from '../media-node-view';

export interface InfographicTexts {
  label: string;
  alt: string;
  altHint: string;
  altMissing: string;
  textVersion: string;
  missing: string;
}

export interface InfographicOptions {
  resolveImage: ((imageId: string) => Promise<string>) | null;
  texts: InfographicTexts;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    infographic: {
      /** Inserts an infographic of a picture already stored by the images service, without alt text yet. */
      insertInfographic: (imageId: string) => ReturnType;
    };
  }
}

/**
 * An infographic ("Đồ họa", docs/media.md): a full-width stored picture, its
 * alt text (required before "Gửi duyệt") and an optional text version, the
 * node's paragraphs, which go into the post after the picture (a
 * `<details>`), so the portal's search and screen readers find its content.
 */
export const Infographic = Node.create<InfographicOptions>({
  name: INFOGRAPHIC_NODE,
  group: 'block',
  content: 'paragraph+',
  draggable: true,
  isolating: true,
  defining: true,

  addOptions() {
    return { resolveImage: null, texts: {} as InfographicTexts };
  },

  addAttributes() {
    return {
      imageId: { default: null, parseHTML: (el) => el.querySelector('img')?.getAttribute('data-image-id') ?? null, renderHTML: () => ({}) },
      alt: { default: '', parseHTML: (el) => el.querySelector('img')?.getAttribute('alt') ?? '', renderHTML: () => ({}) },
    };
  },

  parseHTML: () => [
    {
      tag: 'figure[data-infographic]',
      priority: 60,
      // The text version's paragraphs; none: one empty paragraph.
      contentElement: (el: HTMLElement) => el.querySelector<HTMLElement>('[data-infographic-text]') ?? el.ownerDocument.createElement('div'),
    },
  ],

  renderHTML({ node }) {
    const figure = document.createElement('figure');
    figure.setAttribute('data-infographic', '');
    const img = document.createElement('img');
    img.setAttribute('src', `toasoan-image:${node.attrs.imageId}`);
    img.setAttribute('alt', String(node.attrs.alt ?? ''));
    img.setAttribute('data-image-id', String(node.attrs.imageId ?? ''));
    const text = document.createElement('div');
    text.setAttribute('data-infographic-text', '');
    figure.append(img, text);
    return { dom: figure, contentDOM: text };
  },

  addNodeView() {
    return ({ node, view, getPos }) => new InfographicView(node, view, getPos as () => number | undefined, this.options);
  },

  addCommands() {
    return {
      insertInfographic:
        (imageId) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { imageId, alt: '' }, content: [{ type: 'paragraph' }] }),
    };
  },

  addKeyboardShortcuts() {
    return {
      // Enter in an empty last paragraph of the text version leaves the infographic (as in a list).
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if (!empty || $from.depth < 2 || $from.node(-1).type.name !== this.name) return false;
        const infographic = $from.node(-1);
        if ($from.parent.content.size > 0 || $from.index(-1) !== infographic.childCount - 1 || infographic.childCount < 2) return false;
        const after = $from.after(-1);
        const tr = editor.state.tr.delete($from.before(), $from.after());
        const at = tr.mapping.map(after);
        tr.insert(at, editor.schema.nodes.paragraph!.create());
        tr.setSelection(TextSelection.create(tr.doc, at + 1)).scrollIntoView();
        editor.view.dispatch(tr);
        return true;
      },
    };
  },
});

class InfographicView extends MediaNodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly picture: StoredPicture;
  private readonly alt: HTMLTextAreaElement;
  private readonly altState: HTMLElement;

  constructor(
    node: PMNode,
    view: EditorView,
    getPos: () => number | undefined,
    private readonly options: InfographicOptions,
  ) {
    super(node, view, getPos);
    const t = options.texts;
    this.dom = document.createElement('figure');
    this.dom.className = 'editor-figure editor-infographic';
    this.dom.dataset.testid = 'editor-infographic';
    const top = document.createElement('div');
    top.contentEditable = 'false';
    top.className = 'editor-infographic-top';
    const heading = document.createElement('div');
    heading.className = 'editor-gallery-heading';
    heading.textContent = t.label;
    const frame = document.createElement('div');
    frame.className = 'editor-figure-frame';
    frame.draggable = true;
    const img = document.createElement('img');
    img.draggable = false;
    frame.append(img);
    this.picture = new StoredPicture(img, options.resolveImage);
    const label = document.createElement('label');
    label.className = 'editor-infographic-alt';
    const labelText = document.createElement('span');
    labelText.textContent = t.alt;
    this.alt = document.createElement('textarea');
    this.alt.rows = 2;
    this.alt.required = true;
    this.alt.setAttribute('aria-required', 'true');
    this.alt.placeholder = t.altHint;
    this.alt.dataset.testid = 'infographic-alt';
    this.alt.addEventListener('change', () => this.setAttr('alt', this.alt.value.trim().normalize('NFC')));
    label.append(labelText, this.alt);
    this.altState = document.createElement('span');
    this.altState.className = 'error-text';
    this.altState.dataset.testid = 'infographic-alt-missing';
    const textLabel = document.createElement('div');
    textLabel.className = 'editor-infographic-text-label muted';
    textLabel.textContent = t.textVersion;
    top.append(heading, frame, label, this.altState, textLabel);
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'editor-infographic-text';
    this.dom.append(top, this.contentDOM);
    this.show();
  }

  stopEvent(event: Event): boolean {
    return event.target === this.alt;
  }

  protected show(): void {
    const t = this.options.texts;
    const alt = String(this.node.attrs.alt ?? '');
    showValue(this.alt, alt);
    this.picture.img.alt = alt;
    this.alt.setAttribute('aria-invalid', alt ? 'false' : 'true');
    this.altState.textContent = alt ? '' : t.altMissing;
    const imageId = String(this.node.attrs.imageId ?? '');
    this.dom.dataset.imageId = imageId;
    this.picture.show(imageId, () => (this.altState.textContent = t.missing));
  }
}
