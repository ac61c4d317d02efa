import { call } from '../../../services/client';
import type { ArticleImages } from '../image-store';
import type { DocxImage, DocxImageLoader } from './export-docx';

/** Originals for Word; WebP (which Word cannot embed) is redrawn as PNG. Missing → null. */
export function docxImageLoader(images: ArticleImages): DocxImageLoader {
  return async (imageId: string): Promise<DocxImage | null> => {
    try {
      const [{ mime, bytes }, info] = await Promise.all([
        images.original(imageId),
        call('images.info', { articleId: images.articleId, imageId }),
      ]);
      if (mime === 'image/jpeg') return { type: 'jpg', data: bytes, width: info.width, height: info.height };
      if (mime === 'image/png') return { type: 'png', data: bytes, width: info.width, height: info.height };
      if (mime === 'image/gif') return { type: 'gif', data: bytes, width: info.width, height: info.height };
      const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: mime }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
      const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      return { type: 'png', data: png, width: bitmap.width, height: bitmap.height };
    } catch {
      // The export goes on without this picture; its caption stays.
      return null;
    }
  };
}
