import { DISPLAY_COPY_BYTES, DISPLAY_MAX_SIDE, type ImageInfo } from '../../../common/api/images.api';
import { call, ClientError } from '../../services/client';
import { fromBase64, toBase64 } from '../../../common/api/base64';

const ACCEPTED = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

/**
 * The images of one open article: uploads (with a display copy made here, on
 * a canvas, so no native image library is needed) and object URLs for the
 * editor, fetched once and released when the article closes.
 */
export class ArticleImages {
  private readonly urls = new Map<string, Promise<string>>();

  constructor(readonly articleId: string) {}

  /** Object URL of the display copy; rejects (→ placeholder) when missing or unreadable. */
  url(imageId: string): Promise<string> {
    let url = this.urls.get(imageId);
    if (!url) {
      url = call('images.get', { articleId: this.articleId, imageId, variant: 'display' }).then(({ mime, data }) =>
        URL.createObjectURL(new Blob([fromBase64(data) as BlobPart], { type: mime })),
      );
      url.catch(() => this.urls.delete(imageId));
      this.urls.set(imageId, url);
    }
    return url;
  }

  /** Bytes of the original, for export. */
  async original(imageId: string): Promise<{ mime: string; bytes: Uint8Array }> {
    const { mime, data } = await call('images.get', { articleId: this.articleId, imageId, variant: 'original' });
    return { mime, bytes: fromBase64(data) };
  }

  async add(file: Blob): Promise<ImageInfo> {
    if (!ACCEPTED.has(file.type)) throw new ClientError('IMAGE_UNREADABLE', `unsupported type ${file.type}`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const display = file.type === 'image/gif' ? null : await displayCopy(file);
    return call('images.put', {
      articleId: this.articleId,
      original: toBase64(bytes),
      display: display ? toBase64(display) : undefined,
      fileName: file instanceof File ? file.name.slice(0, 300) : '',
    });
  }

  /** The display copy of an image stored without one (a picture of an opened Word file). */
  async addDisplayCopy(imageId: string): Promise<void> {
    const { mime, bytes } = await this.original(imageId);
    const display = mime === 'image/gif' ? null : await displayCopy(new Blob([bytes as BlobPart], { type: mime }));
    if (display) await call('images.putDisplay', { articleId: this.articleId, imageId, display: toBase64(display) });
  }

  /**
   * A picture pasted from a web page or an office document: a data:image is
   * decoded here, a web address is fetched by the images service (the page
   * itself may load nothing from outside). Stored like a file the user chose.
   */
  async importPasted(source: string): Promise<string> {
    const embedded = /^data:(image\/(?:png|jpeg|gif|webp));base64,(.*)$/is.exec(source.trim());
    let file: Blob;
    if (embedded) {
      file = new Blob([fromBase64(embedded[2]!.replace(/\s+/g, '')) as BlobPart], { type: embedded[1]!.toLowerCase() });
    } else {
      const { mime, data, fileName } = await call('images.download', { url: source });
      file = new File([fromBase64(data) as BlobPart], fileName, { type: mime });
    }
    return (await this.add(file)).imageId;
  }

  dispose(): void {
    for (const url of this.urls.values()) url.then(URL.revokeObjectURL, () => {});
    this.urls.clear();
  }
}

async function displayCopy(file: Blob): Promise<Uint8Array | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new ClientError('IMAGE_UNREADABLE', 'the browser cannot decode this image');
  }
  const side = Math.max(bitmap.width, bitmap.height);
  if (side <= DISPLAY_MAX_SIDE && file.size <= DISPLAY_COPY_BYTES) {
    bitmap.close();
    return null;
  }
  const scale = Math.min(1, DISPLAY_MAX_SIDE / side);
  const canvas = new OffscreenCanvas(Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  // PNG may be transparent: WebP keeps the alpha, JPEG for everything else.
  const blob = await canvas.convertToBlob(
    file.type === 'image/png' ? { type: 'image/webp', quality: 0.9 } : { type: 'image/jpeg', quality: 0.86 },
  );
  return new Uint8Array(await blob.arrayBuffer());
}
