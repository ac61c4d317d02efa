import { useEffect, useState } from 'react';
import type { ArticleSummary, SearchHit } from '../../../common/api/drafts.api';
import { call } from '../../services/client';
import { vi } from '../../i18n/vi';
import { useAsync } from '../../ui/use-async';
import { LoadError } from '../../ui/LoadError';
import type { ListFilters } from './ArticleList';
import { DraftRows, type RowActions } from './DraftRows';

const t = vi.drafts;

/**
 * Search results, narrowed by the list's filters, with the matched words
 * highlighted; the query is debounced while typing. Choosing a hit tells the
 * screen where it was found, so the preview scrolls to the passage.
 */
export function SearchResults(props: {
  query: string;
  view: 'active' | 'trash';
  filters: ListFilters;
  refresh: number;
  actions: RowActions;
  onHit: (id: string, field: SearchHit['field']) => void;
  onShown: (items: ArticleSummary[]) => void;
}) {
  const query = useDebounced(props.query.trim(), 200);
  const { status, category, kind } = props.filters;
  const [state, reload] = useAsync(
    () =>
      (query ? call('drafts.search', { query, view: props.view, limit: 100, status, category, kind }) : Promise.resolve({ items: [] })).then(
        (result) => {
          props.onShown(result.items.map((hit) => hit.summary));
          return result;
        },
      ),
    [query, props.view, status, category, kind, props.refresh],
  );
  if (state.status === 'loading') return <p className="muted">{t.loading}</p>;
  if (state.status === 'error') {
    return <LoadError error={state.error} onRetry={reload} />;
  }
  const { items } = state.value;
  if (items.length === 0) return <p className="muted drafts-empty">{t.noResults(query)}</p>;
  const fieldOf = (id: string) => items.find((hit) => hit.summary.id === id)?.field ?? 'title';
  const actions: RowActions = { ...props.actions, onSelect: (id) => props.onHit(id, fieldOf(id)) };
  return (
    <>
      <p className="muted drafts-count">{t.results(items.length)}</p>
      <DraftRows
        testId="search-results"
        actions={actions}
        items={items.map((hit) => ({
          summary: hit.summary,
          extra: (
            <span className="drafts-snippet" data-testid="search-snippet">
              <span className="muted">{t.foundIn[hit.field]}: </span>
              {hit.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
            </span>
          ),
        }))}
      />
    </>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return current;
}
