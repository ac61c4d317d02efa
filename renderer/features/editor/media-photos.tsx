import { errorMessage, vi } from '../../i18n/vi';
import type { ArticleImages } from './image-store';

const IMAGE_TYPES = 'image/jpeg,image/png,image/gif,image/webp';

/** Stores each chosen picture with the article, in order; the ids of those stored and the first failure's message. */
async function storeAll(images: ArticleImages, files: File[]): Promise<{ ids: string[]; error: string | null }> {
  const ids: string[] = [];
  let error: string | null = null;
  for (const file of files) {
    try {
      ids.push((await images.add(file)).imageId);
    } catch (e) {
      error ??= vi.media.gallery.failed(errorMessage(e));
    }
  }
  return { ids, error };
}

/** Lets the user choose several pictures (a gallery's "Thêm ảnh") and stores them; resolves to their ids. */
export function choosePhotos(images: ArticleImages, multiple = true): Promise<string[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = IMAGE_TYPES;
    input.addEventListener('change', () => void storeAll(images, [...(input.files ?? [])]).then(({ ids }) => resolve(ids)));
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}

