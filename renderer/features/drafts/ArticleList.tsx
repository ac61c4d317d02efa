import { useState } from 'react';
import type { ArticleSummary, ListSort } from '../../../common/api/drafts.api';
import type { ArticleKind, ArticleStatus } from '../../../common/article/model';
import { call } from '../../services/client';
import { vi } from '../../i18n/vi';
import { useAsync } from '../../ui/use-async';
import { LoadError } from '../../ui/LoadError';
import { DraftRows, type RowActions } from './DraftRows';

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
  actions: RowActions;
  onShown: (items: ArticleSummary[]) => void;
}

export function ArticleList({ view, filters, sort, refresh, actions, onShown }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const [state, reload] = useAsync(
    () =>
      call('drafts.list', { view, sort, ...filters, limit }).then((list) => {
        onShown(list.items);
        return list;
      }),
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
      <DraftRows items={items.map((summary) => ({ summary }))} testId="drafts-list" actions={actions} />
      {items.length < total && (
        <button type="button" className="drafts-more" data-testid="load-more" onClick={() => setLimit((n) => Math.min(n + PAGE, 1000))}>
          {t.loadMore}
        </button>
      )}
    </>
  );
}
