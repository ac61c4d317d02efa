import { useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { errorMessage, vi } from '../../i18n/vi';
import { Icon } from '../../ui/icons';
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
export function choosePhotos(images: ArticleImages): Promise<string[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = IMAGE_TYPES;
    input.addEventListener('change', () => void storeAll(images, [...(input.files ?? [])]).then(({ ids }) => resolve(ids)));
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}

/**
 * The toolbar's "Chèn bộ ảnh" (several pictures → a gallery) and "Chèn đồ
 * họa" (one picture → an infographic) icon buttons, in the media group.
 */
export function InsertPhotoButtons({ editor, images, disabled }: { editor: Editor; images: ArticleImages; disabled: boolean }) {
  const gallery = useRef<HTMLInputElement>(null);
  const infographic = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const insert = (files: File[], run: (ids: string[]) => void) => {
    setError(null);
    setBusy(true);
    void storeAll(images, files).then(({ ids, error: failed }) => {
      setBusy(false);
      setError(failed);
      if (ids.length) run(ids);
    });
  };
  const button = (label: string, hint: string, icon: 'gallery' | 'infographic', testId: string, input: React.RefObject<HTMLInputElement | null>) => (
    <button
      type="button"
      className="tb-button"
      title={hint}
      aria-label={label}
      disabled={disabled || busy}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => input.current?.click()}
      data-testid={testId}
    >
      <Icon name={icon} />
    </button>
  );
  return (
    <>
      {button(vi.media.gallery.insert, vi.media.gallery.insertHint, 'gallery', 'insert-gallery', gallery)}
      {button(vi.media.infographic.insert, vi.media.infographic.insertHint, 'infographic', 'insert-infographic', infographic)}
      <input
        ref={gallery}
        type="file"
        accept={IMAGE_TYPES}
        multiple
        hidden
        data-testid="gallery-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) insert(files, (ids) => editor.chain().focus().insertGallery(ids).run());
        }}
      />
      <input
        ref={infographic}
        type="file"
        accept={IMAGE_TYPES}
        hidden
        data-testid="infographic-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) insert([file], ([id]) => editor.chain().focus().insertInfographic(id!).run());
        }}
      />
      {error && (
        <span role="alert" className="error-text" data-testid="photos-error">
          {error}
        </span>
      )}
    </>
  );
}
