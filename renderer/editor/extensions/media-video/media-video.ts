import { Node } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorView, NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { formatDuration, type VideoAttrs } from '../../../../common/article/media';

export interface VideoTexts {
  noPoster: string;
  missing: string;
  duration: string;
  size: string;
  unknownDuration: string;
  credit: string;
  creditPlaceholder: string;
  label: string;
}

export interface VideoOptions {
  /** Object URL of a stored video's bytes (rejects when the file is missing). */
  resolveVideo: ((hash: string) => Promise<string>) | null;
  /** Object URL of the poster picture. */
  resolveImage: ((imageId: string) => Promise<string>) | null;
  texts: VideoTexts;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    video: {
      /** Inserts a video already stored by the media service, with an empty caption. */
      insertVideo: (attrs: Partial<VideoAttrs> & { hash: string }) => ReturnType;
    };
  }
}

/**
 * A video of the article: the file by its SHA-256 (never its bytes), its
 * poster picture, duration, size and credit as attributes; the caption is
 * editable text (a figcaption), so spellcheck and review reach it.
 */
export const Video = Node.create<VideoOptions>({
  name: 'video',
  group: 'block',
  content: 'figcaption',
  draggable: true,
  isolating: true,

  addOptions() {
    return { resolveVideo: null, resolveImage: null, texts: {} as VideoTexts };
  },

  addAttributes() {
    const attr = (name: string, fallback: string | number) => ({
      default: fallback,
      parseHTML: (el: HTMLElement) => {
        const raw = el.getAttribute(`data-video-${name}`);
        if (raw === null) return fallback;
        return typeof fallback === 'number' ? Number(raw) || 0 : raw;
      },
      renderHTML: (attrs: Record<string, unknown>) => ({ [`data-video-${name}`]: String(attrs[name] ?? '') }),
    });
    return {
      hash: attr('hash', ''),
      mime: attr('mime', ''),
      bytes: attr('bytes', 0),
      duration: attr('duration', 0),
      poster: attr('poster', ''),
      credit: attr('credit', ''),
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-video-hash]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['figure', HTMLAttributes, 0];
  },

  addNodeView() {
    return ({ node, view, getPos }) => new VideoView(node, view, getPos as () => number | undefined, this.options);
  },

  addCommands() {
    return {
      insertVideo:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs, content: [{ type: 'figcaption' }] }),
    };
  },
});

/** "1,5 MB", "420 MB". */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb < 1) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(mb >= 10 ? Math.round(mb).toString() : mb.toFixed(1)).replace('.', ',')} MB`;
}

class VideoView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly player: HTMLVideoElement;
  private readonly info: HTMLElement;
  private readonly credit: HTMLInputElement;
  private shown = { hash: '', poster: '' };

  constructor(
    private node: PMNode,
    private readonly view: EditorView,
    private readonly getPos: () => number | undefined,
    private readonly options: VideoOptions,
  ) {
    const t = options.texts;
    this.dom = document.createElement('figure');
    this.dom.className = 'editor-figure editor-video';
    this.dom.dataset.testid = 'editor-video';
    const frame = document.createElement('div');
    frame.className = 'editor-figure-frame editor-video-frame';
    frame.contentEditable = 'false';
    this.player = document.createElement('video');
    this.player.controls = true;
    this.player.preload = 'metadata';
    this.player.setAttribute('aria-label', t.label);
    this.player.className = 'editor-video-player';
    this.info = document.createElement('div');
    this.info.className = 'editor-video-info';
    this.info.dataset.testid = 'editor-video-info';
    this.credit = document.createElement('input');
    this.credit.type = 'text';
    this.credit.className = 'editor-video-credit';
    this.credit.placeholder = t.creditPlaceholder;
    this.credit.setAttribute('aria-label', t.credit);
    this.credit.dataset.testid = 'editor-video-credit';
    this.credit.addEventListener('change', () => this.setAttr('credit', this.credit.value.trim()));
    frame.append(this.player, this.info, this.credit);
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'editor-figure-caption';
    this.dom.append(frame, this.contentDOM);
    this.show();
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.show();
    return true;
  }

  stopEvent(event: Event): boolean {
    // The player's controls and the credit field are ours, not ProseMirror's.
    return event.target === this.credit || event.target === this.player;
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return mutation.type !== 'selection' && !this.contentDOM.contains(mutation.target);
  }

  private setAttr(name: string, value: unknown): void {
    const pos = this.getPos();
    if (pos === undefined || this.node.attrs[name] === value) return;
    this.view.dispatch(this.view.state.tr.setNodeAttribute(pos, name, value));
  }

  private show(): void {
    const t = this.options.texts;
    const { hash, poster, duration, bytes, credit } = this.node.attrs as VideoAttrs;
    this.dom.dataset.videoHash = hash;
    this.info.textContent = `${t.duration}: ${duration > 0 ? formatDuration(duration) : t.unknownDuration} · ${t.size}: ${formatBytes(bytes)}`;
    if (document.activeElement !== this.credit) this.credit.value = credit;
    if (poster !== this.shown.poster) {
      this.shown.poster = poster;
      this.player.removeAttribute('poster');
      this.dom.dataset.poster = poster ? 'yes' : 'no';
      if (poster) void this.options.resolveImage?.(poster).then((url) => this.shown.poster === poster && (this.player.poster = url), () => {});
    }
    if (hash !== this.shown.hash) {
      this.shown.hash = hash;
      this.player.removeAttribute('src');
      void this.options.resolveVideo?.(hash).then(
        (url) => {
          if (this.shown.hash === hash) this.player.src = url;
        },
        () => {
          if (this.shown.hash === hash) this.info.textContent = t.missing;
        },
      );
    }
  }
}
