import { useEffect, useState } from 'react';
import { ArticleKind, ArticleStatus } from '../../../common/article/model';
import type { ListSort } from '../../../common/api/drafts.api';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useNavigate } from '../../app/navigation';
import { ArticleList, type ListFilters } from './ArticleList';
import { ArticlePanel } from './ArticlePanel';
import { SearchResults } from './SearchResults';
import { useDraftsChanges } from './use-drafts-changes';
import './drafts.css';

const t = vi.drafts;

/** The article list (or the trash): search, filters, sort, and the selected article with its history. */
export function DraftsScreen({ view }: { view: 'articles' | 'trash' }) {
  const navigate = useNavigate();
  const listView = view === 'trash' ? 'trash' : 'active';
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ListFilters>({});
  const [sort, setSort] = useState<ListSort>('updated');
  const [selected, setSelected] = useState<string | null>(null);
  const [categories, setCategories] = useState<string[]>([]);
  const [createError, setCreateError] = useState<unknown>(null);
  const refresh = useDraftsChanges();

  useEffect(() => setSelected(null), [view]);
  useEffect(() => {
    call('settings.get', {}).then((s) => setCategories(s.categories), () => setCategories([]));
    return onEvent('settings.changed', (s) => setCategories(s.categories));
  }, []);

  const create = async () => {
    setCreateError(null);
    try {
      const article = await call('drafts.create', {});
      navigate({ name: 'editor', articleId: article.id });
    } catch (error) {
      setCreateError(error);
    }
  };

  return (
    <section className="screen drafts" data-testid="drafts-screen" data-view={listView}>
      <header className="drafts-header">
        <h1>{view === 'trash' ? t.trashTitle : t.title}</h1>
        {view === 'articles' && (
          <button type="button" className="primary" data-testid="new-article" onClick={create}>
            {t.newArticle}
          </button>
        )}
      </header>
      {createError !== null && (
        <p role="alert" className="error-text">
          {errorMessage(createError)}
        </p>
      )}
      <div className="drafts-toolbar">
        <input
          type="search"
          className="drafts-search"
          data-testid="drafts-search"
          aria-label={t.searchLabel}
          placeholder={t.searchPlaceholder}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {!query.trim() && (
          <>
            <select
              aria-label={t.filters}
              data-testid="filter-status"
              value={filters.status ?? ''}
              onChange={(e) => setFilters({ ...filters, status: ArticleStatus.safeParse(e.target.value).data })}
            >
              <option value="">{t.allStatuses}</option>
              {ArticleStatus.options.map((s) => (
                <option key={s} value={s}>
                  {t.statuses[s]}
                </option>
              ))}
            </select>
            <select
              aria-label={vi.editor.fields.category}
              data-testid="filter-category"
              value={filters.category ?? ''}
              onChange={(e) => setFilters({ ...filters, category: e.target.value || undefined })}
            >
              <option value="">{t.allCategories}</option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
            <select
              aria-label={vi.editor.fields.kind}
              data-testid="filter-kind"
              value={filters.kind ?? ''}
              onChange={(e) => setFilters({ ...filters, kind: ArticleKind.safeParse(e.target.value).data })}
            >
              <option value="">{t.allKinds}</option>
              {ArticleKind.options.map((k) => (
                <option key={k} value={k}>
                  {vi.editor.kinds[k]}
                </option>
              ))}
            </select>
            <select aria-label={t.sortLabel} data-testid="sort" value={sort} onChange={(e) => setSort(e.target.value as ListSort)}>
              {(['updated', 'created', 'title'] as const).map((s) => (
                <option key={s} value={s}>
                  {t.sort[s]}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      <div className="drafts-layout">
        <div className="drafts-main">
          {query.trim() ? (
            <SearchResults query={query} view={listView} refresh={refresh} selected={selected} onSelect={setSelected} />
          ) : (
            <ArticleList view={listView} filters={filters} sort={sort} refresh={refresh} selected={selected} onSelect={setSelected} />
          )}
        </div>
        <aside className="drafts-side">
          {selected ? <ArticlePanel key={selected} id={selected} onGone={() => setSelected(null)} /> : <p className="muted">{t.selectHint}</p>}
        </aside>
      </div>
    </section>
  );
}
