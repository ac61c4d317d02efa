import { Node } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { formatDuration, type VideoAttrs } from '../../../../common/article/media';
import { creditInput, MediaNodeView, showValue } from '../media-node-view';

export interface VideoTexts {
  noPoster: string;
  missing: string;
  duration: string;
  size: string;
  unknownDuration: string;
  credit: string;
  creditPlaceholder: string;
  label: string;
  posterFrame: string;
  posterPicture: string;
  posterSaving: string;
  posterFailed: string;
}

export interface VideoOptions {
  /** Object URL of a stored video's bytes (rejects when the file is missing). */
  resolveVideo: ((hash: string) => Promise<string>) | null;
  /** Object URL of the poster picture. */
  resolveImage: ((imageId: string) => Promise<string>) | null;
  texts: VideoTexts;
  /** Stores a frame captured from the player as a picture of the article; resolves to its image id. */
  storePoster: ((frame: Blob) => Promise<string>) | null;
  /** Lets the user choose a picture as the poster instead; resolves to its image id ('' when none was chosen). */
  choosePoster: (() => Promise<string>) | null;
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
    return { resolveVideo: null, resolveImage: null, storePoster: null, choosePoster: null, texts: {} as VideoTexts };
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

/** Seeks `video` to `seconds`: true at its `seeked`, false on an error or after `timeoutMs`. */
export function seekTo(video: HTMLVideoElement, seconds: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (seeked: boolean) => {
      clearTimeout(timer);
      video.removeEventListener('seeked', onSeeked);
      video.removeEventListener('error', onError);
      resolve(seeked);
    };
    const onSeeked = () => done(true);
    const onError = () => done(false);
    const timer = setTimeout(() => done(false), timeoutMs);
    video.addEventListener('seeked', onSeeked);
    video.addEventListener('error', onError);
    video.currentTime = seconds;
  });
}

/** Seeks `video` to `seconds` and captures that frame as a JPEG; null when the browser cannot decode it in `timeoutMs`. */
export async function captureFrame(video: HTMLVideoElement, seconds: number, timeoutMs = 10_000): Promise<Blob | null> {
  const deadline = performance.now() + timeoutMs;
  const shown = frameShown(video);
  if (!(await seekTo(video, seconds, timeoutMs))) {
    shown.cancel();
    return null;
  }
  // Chromium shows the frame at the new position after `seeked` as often as before it (7 of 10 seeks in a probe page);
  // drawn before it is shown, the canvas may get the frame from before the seek, or none. Wait until it is shown,
  // for at most a second (no new frame is shown for a seek to where the video already stood, or in a hidden page).
  await Promise.race([shown.promise, new Promise((wait) => setTimeout(wait, Math.max(0, Math.min(1000, deadline - performance.now()))))]);
  shown.cancel();
  // Chromium may fire `seeked` before the frame there is decoded (readyState HAVE_METADATA, seen on a
  // loaded machine): drawImage then draws nothing and the poster comes out black. Wait for the frame.
  while (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
    if (video.error || performance.now() >= deadline) return null;
    await new Promise((wait) => setTimeout(wait, 20));
  }
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  if (!canvas.width || !canvas.height || !context) return null;
  context.drawImage(video, 0, 0);
  // Should the frame still not be there to draw, drawImage leaves the canvas transparent and the JPEG comes out black
  // (fresh-clone CI under load). Draw again until it paints; no poster rather than a black one.
  while (drewNothing(context, canvas.width, canvas.height)) {
    if (video.error || performance.now() >= deadline) return null;
    await new Promise((wait) => setTimeout(wait, 50));
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.drawImage(video, 0, 0);
  }
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
}

/** Resolves when `video` next shows a frame (`requestVideoFrameCallback`); never, where the browser lacks it. */
function frameShown(video: HTMLVideoElement): { promise: Promise<void>; cancel(): void } {
  if (typeof video.requestVideoFrameCallback !== 'function') return { promise: new Promise(() => {}), cancel() {} };
  let handle = 0;
  const promise = new Promise<void>((resolve) => {
    handle = video.requestVideoFrameCallback(() => resolve());
  });
  return { promise, cancel: () => video.cancelVideoFrameCallback(handle) };
}

/** True when every sampled pixel of the canvas is transparent: a decoded video frame is opaque. */
export function drewNothing(context: CanvasRenderingContext2D, width: number, height: number): boolean {
  const points = [[width >> 1, height >> 1], [0, 0], [width - 1, height - 1], [width >> 2, height >> 2], [(3 * width) >> 2, (3 * height) >> 2]] as const;
  return points.every(([x, y]) => context.getImageData(x, y, 1, 1).data[3] === 0);
}

class VideoView extends MediaNodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly player: HTMLVideoElement;
  private readonly info: HTMLElement;
  private readonly credit: HTMLInputElement;
  private readonly frameSlider: HTMLInputElement;
  private readonly posterState: HTMLElement;
  private shown = { hash: '', poster: '' };
  /** The latest poster request: an older capture that ends later does not win. */
  private posterRequest = 0;

  constructor(
    node: PMNode,
    view: EditorView,
    getPos: () => number | undefined,
    private readonly options: VideoOptions,
  ) {
    super(node, view, getPos);
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
    this.credit = creditInput(t, 'editor-video-credit', (value) => this.setAttr('credit', value));
    // The poster: a frame picked on the slider (the player shows it as it moves), or a picture instead.
    const posterRow = document.createElement('div');
    posterRow.className = 'editor-video-poster';
    const sliderLabel = document.createElement('label');
    const sliderText = document.createElement('span');
    sliderText.textContent = t.posterFrame;
    this.frameSlider = document.createElement('input');
    this.frameSlider.type = 'range';
    this.frameSlider.min = '0';
    this.frameSlider.step = '0.1';
    this.frameSlider.dataset.testid = 'editor-video-frame';
    this.frameSlider.disabled = true;
    this.frameSlider.addEventListener('input', () => {
      if (this.player.readyState >= 1) this.player.currentTime = Number(this.frameSlider.value);
    });
    this.frameSlider.addEventListener('change', () => void this.usePoster(() => this.captureAt(Number(this.frameSlider.value))));
    sliderLabel.append(sliderText, ' ', this.frameSlider);
    posterRow.append(sliderLabel);
    if (options.choosePoster) {
      const choose = options.choosePoster;
      const picture = document.createElement('button');
      picture.type = 'button';
      picture.className = 'link-button';
      picture.textContent = t.posterPicture;
      picture.dataset.testid = 'editor-video-poster-picture';
      picture.addEventListener('mousedown', (event) => event.preventDefault());
      picture.addEventListener('click', () => void this.usePoster(choose));
      posterRow.append(' ', picture);
    }
    this.posterState = document.createElement('span');
    this.posterState.setAttribute('role', 'status');
    this.posterState.className = 'muted';
    this.posterState.dataset.testid = 'editor-video-poster-state';
    posterRow.append(' ', this.posterState);
    this.player.addEventListener('loadedmetadata', () => this.enableSlider());
    this.player.addEventListener('durationchange', () => this.enableSlider());
    frame.append(this.player, this.info, posterRow, this.credit);
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'editor-figure-caption';
    this.dom.append(frame, this.contentDOM);
    this.show();
  }

  stopEvent(event: Event): boolean {
    // The player's controls and the credit field are ours, not ProseMirror's.
    const target = event.target;
    return target instanceof HTMLInputElement || target instanceof HTMLButtonElement || target === this.player;
  }

  /** The slider runs over the video's duration (the node's, for a file whose header lacks it). */
  private enableSlider(): void {
    const duration = Number.isFinite(this.player.duration) && this.player.duration > 0 ? this.player.duration : Number(this.node.attrs.duration) || 0;
    if (!this.options.storePoster || duration <= 0) return;
    const first = this.frameSlider.disabled;
    this.frameSlider.max = String(Math.floor(duration * 10) / 10);
    // At first where the poster taken on insertion was (one second in, or the middle of a short clip).
    if (first) this.frameSlider.value = String(Math.min(1, duration / 2));
    this.frameSlider.disabled = false;
  }

  private async captureAt(seconds: number): Promise<string> {
    const frame = await captureFrame(this.player, seconds);
    if (!frame || !this.options.storePoster) throw new Error('no frame');
    return this.options.storePoster(frame);
  }

  /** Sets the poster to the picture `pick` stores ('' leaves it as it is). */
  private async usePoster(pick: () => Promise<string>): Promise<void> {
    const request = ++this.posterRequest;
    this.posterState.textContent = this.options.texts.posterSaving;
    try {
      const imageId = await pick();
      if (request !== this.posterRequest) return;
      this.posterState.textContent = '';
      if (imageId) this.setAttr('poster', imageId);
    } catch {
      if (request === this.posterRequest) this.posterState.textContent = this.options.texts.posterFailed;
    }
  }

  protected show(): void {
    const t = this.options.texts;
    const { hash, poster, duration, bytes, credit } = this.node.attrs as VideoAttrs;
    this.dom.dataset.videoHash = hash;
    this.info.textContent = `${t.duration}: ${duration > 0 ? formatDuration(duration) : t.unknownDuration} · ${t.size}: ${formatBytes(bytes)}`;
    showValue(this.credit, credit);
    if (poster !== this.shown.poster) {
      this.shown.poster = poster;
      this.player.removeAttribute('poster');
      this.dom.dataset.poster = poster ? 'yes' : 'no';
      this.dom.dataset.posterId = poster;
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
