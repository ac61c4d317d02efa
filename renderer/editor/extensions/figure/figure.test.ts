// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '@tiptap/core';
import { makeBodyEditor } from '../../test-editor';

let editor: Editor;
afterEach(() => editor?.destroy());
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Figure', () => {
  it('shows the stored image and an editable caption', async () => {
    editor = makeBodyEditor('', { resolveImage: async (id) => `blob:test/${id}`, missingImageText: 'Không tìm thấy ảnh' });
    editor.commands.insertFigure({ imageId: 'abc' });
    await settle();
    const figure = editor.view.dom.querySelector('figure.editor-figure')!;
    expect(figure.querySelector('img')?.getAttribute('src')).toBe('blob:test/abc');
    expect(figure.querySelector('figcaption')).not.toBeNull();
    expect(editor.getJSON().content?.[0]).toMatchObject({ type: 'figure', attrs: { imageId: 'abc' } });
  });

  it('shows a placeholder for a missing image and keeps the document intact', async () => {
    editor = makeBodyEditor('<figure><img data-image-id="gone"><figcaption>Chú thích</figcaption></figure><p>Sau</p>', {
      resolveImage: async () => {
        throw new Error('IMAGE_NOT_FOUND');
      },
      missingImageText: 'Không tìm thấy ảnh',
    });
    await settle();
    expect(editor.view.dom.querySelector('.editor-figure-missing')?.textContent).toBe('Không tìm thấy ảnh');
    expect(editor.state.doc.textContent).toBe('Chú thíchSau');
  });

  it('leaves the caption for a new paragraph on Enter', () => {
    editor = makeBodyEditor('<figure><img data-image-id="a"><figcaption>Ảnh</figcaption></figure>');
    editor.commands.setTextSelection(1 + 1 + 'Ảnh'.length);
    editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    editor.commands.insertContent('Tiếp theo');
    expect(editor.getHTML()).toContain('</figure><p>Tiếp theo</p>');
  });

  it('stores a pasted picture with the article, then shows it like any other image', async () => {
    const asked: string[] = [];
    let finish!: (imageId: string) => void;
    editor = makeBodyEditor('<p>Trước</p>', {
      resolveImage: async (id) => `blob:test/${id}`,
      importImage: (source) => {
        asked.push(source);
        return new Promise((resolve) => (finish = resolve));
      },
      importingImageText: 'Đang tải ảnh',
      importFailedImageText: 'Không tải được ảnh',
    });
    editor.commands.insertContentAt(
      editor.state.doc.content.size,
      '<figure data-paste-src="https://ubnd.example.vn/cau.jpg"><figcaption>Cầu mới</figcaption></figure>',
    );
    await settle();
    expect(asked).toEqual(['https://ubnd.example.vn/cau.jpg']);
    expect(editor.view.dom.querySelector('.editor-figure-importing')?.textContent).toBe('Đang tải ảnh');
    // Typing elsewhere does not ask again.
    editor.commands.insertContentAt(1, 'x');
    await settle();
    expect(asked).toHaveLength(1);
    finish('img-1');
    await settle();
    const figure = editor.getJSON().content?.find((block) => block.type === 'figure');
    expect(figure).toMatchObject({ attrs: { imageId: 'img-1', source: null } });
    expect(editor.view.dom.querySelector('figure.editor-figure img')?.getAttribute('src')).toBe('blob:test/img-1');
    expect(editor.getHTML()).toContain('data-image-id="img-1"');
    expect(editor.getHTML()).not.toContain('data-paste-src');
  });

  it('keeps the source of a picture that could not be fetched, says so, and tries again when opened again', async () => {
    const html = '<figure data-paste-src="https://offline.example/anh.jpg"><figcaption>Chú thích</figcaption></figure><p>Sau</p>';
    editor = makeBodyEditor(html, {
      importImage: async () => {
        throw new Error('IMAGE_DOWNLOAD_FAILED');
      },
      importingImageText: 'Đang tải ảnh',
      importFailedImageText: 'Không tải được ảnh',
    });
    await settle();
    await settle();
    expect(editor.view.dom.querySelector('.editor-figure-failed')?.textContent).toBe('Không tải được ảnh');
    const kept = editor.getHTML();
    expect(kept).toContain('data-paste-src="https://offline.example/anh.jpg"');
    expect(editor.state.doc.textContent).toBe('Chú thíchSau');
    editor.destroy();
    const asked: string[] = [];
    editor = makeBodyEditor(kept, {
      importImage: async (source) => {
        asked.push(source);
        return 'img-2';
      },
    });
    await settle();
    await settle();
    expect(asked).toEqual(['https://offline.example/anh.jpg']);
    expect(editor.getHTML()).toContain('data-image-id="img-2"');
  });

  it('fetches a failed picture again when the user clicks "Thử lại" under it', async () => {
    const answers = [Promise.reject(new Error('IMAGE_DOWNLOAD_FAILED')), Promise.resolve('img-3')];
    answers[0]!.catch(() => {});
    let asked = 0;
    editor = makeBodyEditor('<figure data-paste-src="https://offline.example/anh.jpg"><figcaption>Chú thích</figcaption></figure>', {
      resolveImage: async (id) => `blob:test/${id}`,
      importImage: () => answers[asked++]!,
      importingImageText: 'Đang tải ảnh',
      importFailedImageText: 'Không tải được ảnh',
      retryImageText: 'Thử lại',
    });
    await settle();
    await settle();
    const retry = editor.view.dom.querySelector<HTMLButtonElement>('.editor-figure-failed button')!;
    expect(retry.textContent).toBe('Thử lại');
    retry.click();
    await settle();
    await settle();
    expect(asked).toBe(2);
    expect(editor.getHTML()).toContain('data-image-id="img-3"');
    expect(editor.view.dom.querySelector('.editor-figure-failed')).toBeNull();
  });
});

describe('Figure, lazy (the app\'s editor)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches a picture only when its figure comes near the screen, and stops watching when it goes', async () => {
    // happy-dom lays nothing out (its IntersectionObserver is an empty stub): the test says when a figure is near.
    const watched = new Map<Element, (entries: { isIntersecting: boolean }[]) => void>();
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        private target: Element | null = null;
        constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {}
        observe(target: Element) {
          this.target = target;
          watched.set(target, this.callback);
        }
        disconnect() {
          if (this.target) watched.delete(this.target);
        }
      },
    );
    const asked: string[] = [];
    editor = makeBodyEditor('<figure><img data-image-id="a"><figcaption>Một</figcaption></figure><figure><img data-image-id="b"><figcaption>Hai</figcaption></figure>', {
      resolveImage: async (id) => {
        asked.push(id);
        return `blob:test/${id}`;
      },
      lazyImages: true,
    });
    await settle();
    expect(asked).toEqual([]);
    const frames = [...editor.view.dom.querySelectorAll('.editor-figure-frame')];
    expect(frames.map((f) => watched.has(f))).toEqual([true, true]);
    watched.get(frames[1]!)!([{ isIntersecting: false }]);
    await settle();
    expect(asked).toEqual([]);
    watched.get(frames[1]!)!([{ isIntersecting: true }]);
    await settle();
    expect(asked).toEqual(['b']);
    expect(frames[1]!.querySelector('img')?.getAttribute('src')).toBe('blob:test/b');
    expect(frames[0]!.querySelector('img')?.getAttribute('src')).toBeNull();
    expect(watched.has(frames[1]!)).toBe(false);
    // The stored document does not depend on what was shown.
    expect(editor.getHTML()).toContain('data-image-id="a"');
    editor.destroy();
    expect(watched.size).toBe(0);
  });
});
