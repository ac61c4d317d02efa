import { useEffect, useState } from 'react';
import { call } from '../../services/client';
import { vi } from '../../i18n/vi';
import { useAsync } from '../../ui/use-async';
import { ArticleRow } from './ArticleList';
import { LoadError } from '../../ui/LoadError';

const t = vi.drafts;

/** Search results with the matched words highlighted; the query is debounced while typing. */
export function SearchResults(props: {
  query: string;
  view: 'active' | 'trash';
  refresh: number;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const query = useDebounced(props.query.trim(), 200);
  const [state, reload] = useAsync(
    () => (query ? call('drafts.search', { query, view: props.view, limit: 100 }) : Promise.resolve({ items: [] })),
    [query, props.view, props.refresh],
  );
  if (state.status === 'loading') return <p className="muted">{t.loading}</p>;
  if (state.status === 'error') {
    return <LoadError error={state.error} onRetry={reload} />;
  }
  const { items } = state.value;
  if (items.length === 0) return <p className="muted drafts-empty">{t.noResults(query)}</p>;
  return (
    <>
      <p className="muted drafts-count">{t.results(items.length)}</p>
      <ul className="drafts-list" data-testid="search-results">
        {items.map((hit) => (
          <ArticleRow key={hit.summary.id} article={hit.summary} selected={hit.summary.id === props.selected} onSelect={props.onSelect}>
            <span className="drafts-snippet" data-testid="search-snippet">
              <span className="muted">{t.foundIn[hit.field]}: </span>
              {hit.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
            </span>
          </ArticleRow>
        ))}
      </ul>
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
