import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { ArticleSummary } from '../../../common/api/drafts.api';
import { vi } from '../../i18n/vi';
import { formatTime } from '../../ui/format-time';
import { SyncBadge } from '../newsroom/SyncBadge';

const t = vi.drafts;

/** What the screen does with the rows: choose, open, mark several, trash. */
export interface RowActions {
  selected: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  /** Marked rows (checkboxes), for the bulk actions; null where rows cannot be marked (the trash). */
  checked: ReadonlySet<string> | null;
  onCheck: (ids: string[], checked: boolean) => void;
  /** Delete key: these rows to the trash (undoable); null in the trash. */
  onDelete: ((ids: string[]) => void) | null;
}

export interface RowItem {
  summary: ArticleSummary;
  /** Under the row's meta line, e.g. the search snippet. */
  extra?: ReactNode;
}

/**
 * The rows of the list or of the search results, one tab stop for all of
 * them (roving tabindex): ↑/↓/Home/End move and choose, Enter opens the
 * chosen article (on a row not chosen yet it chooses it first), Space marks
 * it, Shift+↑/↓ marks while moving, Ctrl+A marks all, Delete moves the marked
 * rows (or this one) to the trash. With the mouse: Ctrl+click marks,
 * Shift+click marks a range, double-click opens.
 */
export function DraftRows({ items, testId, actions }: { items: RowItem[]; testId: string; actions: RowActions }) {
  const list = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState<string | null>(null);
  const anchor = useRef<string | null>(null);
  const lastIndex = useRef(0);
  const focusInside = useRef(false);
  const ids = items.map((i) => i.summary.id);
  const current = active && ids.includes(active) ? active : actions.selected && ids.includes(actions.selected) ? actions.selected : ids[0] ?? null;

  const focusRow = (id: string | undefined) => {
    if (!id) return;
    list.current?.querySelector<HTMLButtonElement>(`[data-article-id="${CSS.escape(id)}"] .drafts-row-button`)?.focus();
  };

  // The focused row went away (trashed, filtered out): keep the focus in the list, on the row now at its place.
  useEffect(() => {
    if (!focusInside.current || (active && ids.includes(active))) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    focusRow(ids[Math.min(lastIndex.current, ids.length - 1)]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items]);

  const range = (from: string, to: string) => {
    const a = ids.indexOf(from);
    const b = ids.indexOf(to);
    if (a < 0 || b < 0) return [to];
    return ids.slice(Math.min(a, b), Math.max(a, b) + 1);
  };

  const toggle = (id: string, shift: boolean) => {
    if (!actions.checked) return;
    if (shift && anchor.current) {
      actions.onCheck(range(anchor.current, id), true);
    } else {
      actions.onCheck([id], !actions.checked.has(id));
      anchor.current = id;
    }
  };

  const onKeyDown = (event: KeyboardEvent, id: string) => {
    const index = ids.indexOf(id);
    const move = (to: number) => {
      const next = ids[Math.max(0, Math.min(ids.length - 1, to))];
      if (!next) return;
      event.preventDefault();
      if (event.shiftKey && actions.checked) actions.onCheck(range(anchor.current ?? id, next), true);
      else anchor.current = next;
      actions.onSelect(next);
      focusRow(next);
    };
    const ctrl = event.ctrlKey || event.metaKey;
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(ids.length - 1);
    else if (event.key === 'Enter' && !ctrl) {
      event.preventDefault();
      if (actions.selected === id) actions.onOpen(id);
      else actions.onSelect(id);
    } else if (event.key === ' ' && actions.checked) {
      event.preventDefault();
      toggle(id, event.shiftKey);
    } else if (ctrl && event.key.toLowerCase() === 'a' && actions.checked) {
      event.preventDefault();
      actions.onCheck(ids, true);
    } else if (event.key === 'Delete' && actions.onDelete) {
      event.preventDefault();
      const marked = actions.checked && actions.checked.has(id) ? ids.filter((x) => actions.checked!.has(x)) : [id];
      actions.onDelete(marked);
    }
  };

  const onClick = (event: MouseEvent, id: string) => {
    if (actions.checked && (event.ctrlKey || event.metaKey || event.shiftKey)) {
      toggle(id, event.shiftKey);
      return;
    }
    anchor.current = id;
    actions.onSelect(id);
  };

  return (
    <ul
      ref={list}
      className="drafts-list"
      data-testid={testId}
      aria-label={t.listLabel}
      aria-describedby="drafts-keys"
      onFocus={() => (focusInside.current = true)}
      onBlur={(event) => {
        if (!list.current?.contains(event.relatedTarget as Node | null)) focusInside.current = false;
      }}
    >
      {items.map(({ summary, extra }, index) => (
        <ArticleRow
          key={summary.id}
          article={summary}
          selected={summary.id === actions.selected}
          checked={actions.checked ? actions.checked.has(summary.id) : null}
          tabStop={summary.id === current}
          onFocus={() => {
            setActive(summary.id);
            lastIndex.current = index;
          }}
          onClick={(event) => onClick(event, summary.id)}
          onDoubleClick={() => actions.onOpen(summary.id)}
          onKeyDown={(event) => onKeyDown(event, summary.id)}
          onCheck={(shift) => toggle(summary.id, shift)}
        >
          {extra}
        </ArticleRow>
      ))}
    </ul>
  );
}

function ArticleRow(props: {
  article: ArticleSummary;
  selected: boolean;
  checked: boolean | null;
  tabStop: boolean;
  onFocus: () => void;
  onClick: (event: MouseEvent) => void;
  onDoubleClick: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onCheck: (shift: boolean) => void;
  children?: ReactNode;
}) {
  const { article } = props;
  const title = article.title || t.untitled;
  const classes = ['drafts-row', props.selected && 'selected', props.checked && 'checked'].filter(Boolean).join(' ');
  return (
    <li className={classes} data-testid="article-row" data-article-id={article.id}>
      {props.checked !== null && (
        <input
          type="checkbox"
          className="drafts-row-check"
          data-testid="row-check"
          tabIndex={-1}
          aria-label={t.check(title)}
          checked={props.checked}
          onClick={(event) => {
            event.preventDefault();
            props.onCheck(event.shiftKey);
          }}
          onChange={() => undefined}
        />
      )}
      <button
        type="button"
        className="drafts-row-button"
        tabIndex={props.tabStop ? 0 : -1}
        aria-pressed={props.selected}
        aria-keyshortcuts="ArrowUp ArrowDown Enter Space Delete"
        onFocus={props.onFocus}
        onClick={props.onClick}
        onDoubleClick={props.onDoubleClick}
        onKeyDown={props.onKeyDown}
        onKeyUp={(event) => {
          // Space's click comes on key up: the row is marked on key down instead.
          if (event.key === ' ' && props.checked !== null) event.preventDefault();
        }}
      >
        <span className="drafts-row-title">{title}</span>
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
