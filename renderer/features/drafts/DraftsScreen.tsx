import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ArticleKind, ArticleStatus } from '../../../common/article/model';
import type { ArticleSummary, ListSort, SearchHit } from '../../../common/api/drafts.api';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useNavigate } from '../../ui/navigation';
import { ArticleList, type ListFilters } from './ArticleList';
import { ArticlePanel } from './ArticlePanel';
import { SearchResults } from './SearchResults';
import type { RowActions } from './DraftRows';
import { BulkBar } from './BulkBar';
import { UndoNotice, type UndoOffer } from './UndoNotice';
import { changeCategory, exportDocx, restoreArticles, trashArticles, type BulkResult } from './bulk-actions';
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
  const [hitField, setHitField] = useState<SearchHit['field'] | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState<ArticleSummary[]>([]);
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [bulkError, setBulkError] = useState<string | null>(null);
  const undoRef = useRef<UndoOffer | null>(null);
  undoRef.current = undo;
  const refresh = useDraftsChanges();
  const openFile = useOpenFile((articleId) => navigate({ name: 'editor', articleId }));
  const searching = query.trim() !== '';

  useEffect(() => {
    setSelected(null);
    setChecked(new Set());
  }, [view]);
  // Marks only ever cover rows on screen: a filter or a search that hides a row unmarks it.
  const onShown = useCallback((items: ArticleSummary[]) => {
    setShown(items);
    setChecked((prev) => {
      const ids = new Set(items.map((a) => a.id));
      const kept = [...prev].filter((id) => ids.has(id));
      return kept.length === prev.size ? prev : new Set(kept);
    });
  }, []);
  const expireUndo = useCallback(() => setUndo(null), []);

  const report = (result: BulkResult, success: string) => {
    setNotice(result.done.length > 0 ? success : null);
    setBulkError(result.failed.length > 0 ? t.bulk.failed(result.failed.length, errorMessage(result.error)) : null);
  };

  const undoTrash = async (ids: string[]) => {
    setUndo(null);
    setBusy(true);
    try {
      const result = await restoreArticles(ids);
      report(result, t.undo.restored(result.done.length));
    } finally {
      setBusy(false);
    }
  };

  const trash = async (ids: string[]) => {
    if (ids.length === 0 || busy) return;
    setBusy(true);
    try {
      const titleOf = (id: string) => shown.find((a) => a.id === id)?.title || t.untitled;
      const result = await trashArticles(ids);
      setChecked((prev) => new Set([...prev].filter((id) => !result.done.includes(id))));
      setSelected((current) => (current && result.done.includes(current) ? null : current));
      report(result, '');
      if (result.done.length > 0) {
        const done = result.done;
        setNotice(null);
        setUndo((prev) => ({
          key: (prev?.key ?? 0) + 1,
          message: done.length === 1 ? t.undo.trashedOne(titleOf(done[0]!)) : t.undo.trashedMany(done.length),
          undo: () => void undoTrash(done),
        }));
      }
    } finally {
      setBusy(false);
    }
  };

  const runBulk = async (work: () => Promise<BulkResult>, success: (n: number) => string) => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await work();
      report(result, success(result.done.length));
    } finally {
      setBusy(false);
    }
  };
  const marked = shown.map((a) => a.id).filter((id) => checked.has(id));

  const actions: RowActions = {
    selected,
    onSelect: (id) => {
      setSelected(id);
      setHitField(null);
    },
    onOpen: (articleId) => navigate({ name: 'editor', articleId }),
    checked: listView === 'active' ? checked : null,
    onCheck: (ids, on) =>
      setChecked((prev) => {
        const next = new Set(prev);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      }),
    onDelete: listView === 'active' ? (ids) => void trash(ids) : null,
  };

  // Ctrl+Z anywhere on the screen but in a text field (which keeps its own undo) takes back the last trash.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== 'z') return;
    const target = event.target as HTMLElement;
    if (target.closest('input:not([type=checkbox]), textarea, select, [contenteditable="true"]')) return;
    const offer = undoRef.current;
    if (!offer) return;
    event.preventDefault();
    offer.undo();
  };
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
    <section className="screen drafts" data-testid="drafts-screen" data-view={listView} onKeyDown={onKeyDown}>
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
        {/* Search results come best match first: sorting applies to the list. */}
        {!searching && (
          <Choice
            label={t.sortLabel}
            testId="sort"
            value={sort}
            options={(['updated', 'created', 'title'] as const).map((s) => [s, t.sort[s]] as const)}
            onChange={(next) => setSort(next ?? 'updated')}
          />
        )}
      </div>
      <UndoNotice offer={undo} status={notice} onExpire={expireUndo} />
      {bulkError && (
        <p role="alert" className="error-text" data-testid="bulk-error">
          {bulkError}
        </p>
      )}
      {marked.length > 0 && (
        <BulkBar
          count={marked.length}
          categories={categories}
          busy={busy}
          onTrash={() => void trash(marked)}
          onExport={() => void runBulk(() => exportDocx(marked, () => undefined), t.bulk.exported)}
          onCategory={(category) => void runBulk(() => changeCategory(marked, category), (n) => t.bulk.categoryChanged(n, category))}
          onClear={() => setChecked(new Set())}
        />
      )}
      <p className="visually-hidden" id="drafts-keys">
        {t.listKeys}
      </p>
      <div className="drafts-layout">
        <div className="drafts-main">
          <FileDropZone onFiles={view === 'articles' ? openFile.openFiles : () => undefined}>
            {searching ? (
              <SearchResults
                query={query}
                view={listView}
                filters={filters}
                refresh={refresh}
                actions={actions}
                onShown={onShown}
                onHit={(id, field) => {
                  setSelected(id);
                  setHitField(field);
                }}
              />
            ) : (
              <ArticleList view={listView} filters={filters} sort={sort} refresh={refresh} actions={actions} onShown={onShown} />
            )}
          </FileDropZone>
        </div>
        <aside className="drafts-side">
          {selected ? (
            <ArticlePanel
              key={selected}
              id={selected}
              onGone={() => setSelected(null)}
              onTrash={(id) => void trash([id])}
              highlight={searching && hitField ? { query, field: hitField } : undefined}
            />
          ) : (
            <p className="muted">{t.selectHint}</p>
          )}
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
