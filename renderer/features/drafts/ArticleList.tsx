import { useState, type ReactNode } from 'react';
import type { ArticleSummary, ListSort } from '../../../common/api/drafts.api';
import type { ArticleKind, ArticleStatus } from '../../../common/article/model';
import { call } from '../../services/client';
import { vi } from '../../i18n/vi';
import { useAsync } from '../../ui/use-async';
import { formatTime } from './article-text';
import { LoadError } from '../../ui/LoadError';
import { SyncBadge } from '../newsroom/SyncBadge';

const t = vi.drafts;
const PAGE = 200;

export interface ListFilters {
  status?: ArticleStatus;
  category?: string;
  kind?: ArticleKind;
}

interface Props {
  view: 'active' | 'trash';
  filters: ListFilters;
  sort: ListSort;
  refresh: number;
  selected: string | null;
  onSelect: (id: string) => void;
}

export function ArticleList({ view, filters, sort, refresh, selected, onSelect }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const [state, reload] = useAsync(
    () => call('drafts.list', { view, sort, ...filters, limit }),
    [view, sort, filters.status, filters.category, filters.kind, refresh, limit],
  );
  if (state.status === 'loading') return <p className="muted">{t.loading}</p>;
  if (state.status === 'error') {
    return <LoadError error={state.error} onRetry={reload} />;
  }
  const { items, total } = state.value;
  if (total === 0) return <p className="muted drafts-empty">{view === 'trash' ? t.emptyTrash : t.emptyList}</p>;
  return (
    <>
      <p className="muted drafts-count" data-testid="drafts-count">
        {t.count(items.length, total)}
      </p>
      <ul className="drafts-list" data-testid="drafts-list">
        {items.map((article) => (
          <ArticleRow key={article.id} article={article} selected={article.id === selected} onSelect={onSelect} />
        ))}
      </ul>
      {items.length < total && (
        <button type="button" className="drafts-more" data-testid="load-more" onClick={() => setLimit((n) => Math.min(n + PAGE, 1000))}>
          {t.loadMore}
        </button>
      )}
    </>
  );
}

export function ArticleRow(props: { article: ArticleSummary; selected: boolean; onSelect: (id: string) => void; children?: ReactNode }) {
  const { article } = props;
  return (
    <li className={props.selected ? 'drafts-row selected' : 'drafts-row'} data-testid="article-row" data-article-id={article.id}>
      <button type="button" className="drafts-row-button" onClick={() => props.onSelect(article.id)} aria-pressed={props.selected}>
        <span className="drafts-row-title">{article.title || t.untitled}</span>
        <span className="drafts-row-meta">
          <span className={`drafts-status status-${article.status}`}>{t.statuses[article.status]}</span>
          <span>{vi.editor.kinds[article.kind]}</span>
          {article.category && <span>{article.category}</span>}
          <span>{article.byline || t.noByline}</span>
          <span>{t.words(article.wordCount)}</span>
          <SyncBadge id={article.id} />
          <span>{article.trashedAt ? t.trashedAt(formatTime(article.trashedAt)) : t.updatedAt(formatTime(article.updatedAt))}</span>
        </span>
        {props.children}
      </button>
    </li>
  );
}
