import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { META_MAP, metaKeys } from '../../../common/article/layout';
import { ArticleKind } from '../../../common/article/model';
import { errorMessage, vi } from '../../i18n/vi';
import type { ArticleImages } from './image-store';
import { useMeta } from './use-meta';

const f = vi.editor.fields;

/** Tác giả, Chuyên mục, Thể loại, Từ khóa, Ảnh đại diện, Nguồn: stored in the article's `meta` map. */
export function MetaPanel(props: { doc: Y.Doc; categories: string[]; images: ArticleImages; readOnly: boolean }) {
  const [meta, set] = useMeta(props.doc);
  // The Word or text file the article was opened from (written once, when it was opened).
  const importedFrom = props.doc.getMap<unknown>(META_MAP).get(metaKeys.importedFrom);
  const [tagsText, setTagsText] = useState(meta.tags.join(', '));
  const [imageError, setImageError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => setTagsText(meta.tags.join(', ')), [meta.tags]);

  const commitTags = () => {
    const tags = [...new Set(tagsText.split(/[,;]/).map((s) => s.normalize('NFC').trim()).filter(Boolean))];
    if (tags.join('\u0000') !== meta.tags.join('\u0000')) set('tags', tags);
  };

  const chooseImage = async (file: File) => {
    setImageError(null);
    setBusy(true);
    try {
      const info = await props.images.add(file);
      set('featuredImage', { imageId: info.imageId, caption: meta.featuredImage?.caption ?? '' });
    } catch (error) {
      setImageError(vi.editor.images.failed(errorMessage(error)));
    } finally {
      setBusy(false);
    }
  };

  const categories = props.categories.includes(meta.category) || meta.category === ''
    ? props.categories
    : [meta.category, ...props.categories];

  return (
    <aside className="editor-meta form" aria-label={vi.a11y.toolbar.sidePanel} data-testid="meta-panel">
      <fieldset disabled={props.readOnly}>
        <label>
          {f.byline}
          <input
            data-testid="meta-byline"
            value={meta.byline}
            placeholder={f.bylinePlaceholder}
            maxLength={200}
            onChange={(e) => set('byline', e.target.value)}
          />
        </label>
        <label>
          {f.category}
          <select data-testid="meta-category" value={meta.category} onChange={(e) => set('category', e.target.value)}>
            <option value="">{f.categoryNone}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {props.categories.includes(c) ? c : f.categoryMissing(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {f.kind}
          <select
            data-testid="meta-kind"
            value={meta.kind}
            onChange={(e) => set('kind', ArticleKind.parse(e.target.value))}
          >
            {ArticleKind.options.map((k) => (
              <option key={k} value={k}>
                {vi.editor.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {f.tags}
          <input
            data-testid="meta-tags"
            value={tagsText}
            placeholder={f.tagsPlaceholder}
            onChange={(e) => setTagsText(e.target.value)}
            onBlur={commitTags}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.nativeEvent.isComposing) commitTags();
            }}
          />
        </label>
        <div className="meta-image">
          <span id="meta-image-label">{f.featuredImage}</span>
          {meta.featuredImage && <FeaturedPreview images={props.images} imageId={meta.featuredImage.imageId} />}
          {/* A real button: a <label> around a hidden file input is not reachable with Tab. */}
          <button type="button" className="file-button" data-testid="meta-image-choose" aria-describedby="meta-image-label" onClick={() => fileInput.current?.click()}>
            {meta.featuredImage ? f.replaceImage : f.chooseImage}
          </button>
          <input
            ref={fileInput}
            type="file"
            hidden
            aria-label={f.featuredImage}
            accept="image/jpeg,image/png,image/gif,image/webp"
            data-testid="meta-image-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void chooseImage(file);
            }}
          />
          {busy && <span className="muted">{vi.editor.images.uploading}</span>}
          {imageError && <span className="error-text" role="alert">{imageError}</span>}
          {meta.featuredImage && (
            <>
              <label>
                {f.featuredCaption}
                <textarea
                  data-testid="meta-image-caption"
                  rows={3}
                  value={meta.featuredImage.caption}
                  maxLength={2000}
                  onChange={(e) => set('featuredImage', { ...meta.featuredImage!, caption: e.target.value })}
                />
              </label>
              <button type="button" onClick={() => set('featuredImage', null)}>
                {f.removeImage}
              </button>
            </>
          )}
        </div>
        <label>
          {f.source}
          <input
            data-testid="meta-source"
            value={meta.source}
            placeholder={f.sourcePlaceholder}
            maxLength={300}
            onChange={(e) => set('source', e.target.value)}
          />
        </label>
      </fieldset>
      {typeof importedFrom === 'string' && importedFrom !== '' && (
        <p className="muted" data-testid="meta-imported-from">
          {f.importedFrom(importedFrom)}
        </p>
      )}
    </aside>
  );
}

function FeaturedPreview(props: { images: ArticleImages; imageId: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let live = true;
    setMissing(false);
    props.images.url(props.imageId).then(
      (u) => live && setUrl(u),
      () => live && setMissing(true),
    );
    return () => {
      live = false;
    };
  }, [props.images, props.imageId]);
  if (missing) return <div className="editor-figure-missing">{vi.editor.images.missing}</div>;
  return url ? <img className="meta-image-preview" src={url} alt="" data-testid="meta-image-preview" /> : null;
}
