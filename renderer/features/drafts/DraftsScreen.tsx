import { useEffect, useState } from 'react';
import { ArticleKind, ArticleStatus } from '../../../common/article/model';
import type { ListSort } from '../../../common/api/drafts.api';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useNavigate } from '../../ui/navigation';
import { ArticleList, type ListFilters } from './ArticleList';
import { ArticlePanel } from './ArticlePanel';
import { SearchResults } from './SearchResults';
import { useDraftsChanges } from './use-drafts-changes';
import { FileDropZone, OpenFileButton, OpenFileStatus, useOpenFile } from '../import/OpenFile';
import { TemplateChooser } from '../templates/TemplateChooser';
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
  const openFile = useOpenFile((articleId) => navigate({ name: 'editor', articleId }));

  useEffect(() => setSelected(null), [view]);
  // In one column (narrow window, 200 % zoom) the selected article's panel is below the list: bring it on screen.
  useEffect(() => {
    if (selected && window.matchMedia('(max-width: 900px)').matches) {
      setTimeout(() => document.querySelector('.drafts-side')?.scrollIntoView({ block: 'start' }), 50);
    }
  }, [selected]);
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
          <div className="drafts-actions">
            <button type="button" className="primary" data-testid="new-article" onClick={create}>
              {t.newArticle}
            </button>
            <TemplateChooser onCreated={(articleId) => navigate({ name: 'editor', articleId })} onBlank={() => void create()} />
            <OpenFileButton onFiles={openFile.openFiles} disabled={openFile.status.busy !== null} />
          </div>
        )}
      </header>
      <OpenFileStatus {...openFile.status} />
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
            <Choice
              label={t.filters}
              testId="filter-status"
              value={filters.status}
              any={t.allStatuses}
              options={ArticleStatus.options.map((s) => [s, t.statuses[s]] as const)}
              onChange={(status) => setFilters({ ...filters, status })}
            />
            <Choice
              label={vi.editor.fields.category}
              testId="filter-category"
              value={filters.category}
              any={t.allCategories}
              options={categories.map((c) => [c, c] as const)}
              onChange={(category) => setFilters({ ...filters, category })}
            />
            <Choice
              label={vi.editor.fields.kind}
              testId="filter-kind"
              value={filters.kind}
              any={t.allKinds}
              options={ArticleKind.options.map((k) => [k, vi.editor.kinds[k]] as const)}
              onChange={(kind) => setFilters({ ...filters, kind })}
            />
            <Choice
              label={t.sortLabel}
              testId="sort"
              value={sort}
              options={(['updated', 'created', 'title'] as const).map((s) => [s, t.sort[s]] as const)}
              onChange={(next) => setSort(next ?? 'updated')}
            />
          </>
        )}
      </div>
      <div className="drafts-layout">
        <div className="drafts-main">
          <FileDropZone onFiles={view === 'articles' ? openFile.openFiles : () => undefined}>
            {query.trim() ? (
              <SearchResults query={query} view={listView} refresh={refresh} selected={selected} onSelect={setSelected} />
            ) : (
              <ArticleList view={listView} filters={filters} sort={sort} refresh={refresh} selected={selected} onSelect={setSelected} />
            )}
          </FileDropZone>
        </div>
        <aside className="drafts-side">
          {selected ? <ArticlePanel key={selected} id={selected} onGone={() => setSelected(null)} /> : <p className="muted">{t.selectHint}</p>}
        </aside>
      </div>
    </section>
  );
}

/**
 * One of the list's drop-downs. With `any`, a first option meaning "no
 * filter" gives `undefined`; otherwise only the listed values can be chosen.
 */
function Choice<V extends string>(props: {
  label: string;
  testId: string;
  value: V | undefined;
  any?: string;
  options: readonly (readonly [V, string])[];
  onChange: (value: V | undefined) => void;
}) {
  return (
    <select
      aria-label={props.label}
      data-testid={props.testId}
      value={props.value ?? ''}
      onChange={(e) => props.onChange(props.options.find(([v]) => v === e.target.value)?.[0])}
    >
      {props.any !== undefined && <option value="">{props.any}</option>}
      {props.options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  );
}
