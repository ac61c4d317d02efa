import { startTransition, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../common/article/layout';
import {
  addThread,
  commentsMap,
  deletePost,
  editPost,
  readThreads,
  reply,
  setResolved,
  type Post,
  type Thread,
} from '../../../common/article/review-comments';
import { may, type Reviewer } from '../../../common/article/review-rights';
import {
  anchorNode,
  anchorSelection,
  commentTarget,
  resolveRange,
  setActiveThread,
  threadRanges,
} from '../../editor/extensions/comments/comments';
import { vi } from '../../i18n/vi';
import type { ReviewController } from './review-controller';
import { formatTime } from '../../ui/format-time';
import { listSuggestions, suggestionFields } from '../../editor/extensions/suggestions/suggestions';
import { ChangesSinceReview } from './ChangesSinceReview';
import { AllSuggestions, mayDecideSuggestions, SuggestionCard, type FieldEditors, type FieldSuggestion } from './SuggestionCard';

const t = vi.review.comments;
const nowIso = () => new Date().toISOString();

interface PlacedThread extends Thread {
  /** Where the passage starts now; null when it was deleted (orphaned). */
  from: number | null;
}

/** The quote of a thread on a whole media node: its kind and what names it (caption, photos, alt text). */
function mediaQuote(node: PmNode): string {
  const q = t.mediaQuote;
  const text = node.textContent.replace(/\s+/g, ' ').trim();
  const cut = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);
  if (node.type.name === 'gallery') return q.gallery(node.childCount, cut(node.firstChild?.textContent.trim() ?? ''));
  if (node.type.name === 'infographic') return q.infographic(cut(String(node.attrs.alt ?? '').trim()));
  return q.video(cut(text));
}

/** Threads in document order (orphaned ones last), read from the mapped highlights: no walk of the document. */
function placeThreads(doc: Y.Doc, editor: Editor): PlacedThread[] {
  const ranges = threadRanges(editor.state);
  const fragment = doc.getXmlFragment(BODY_FRAGMENT);
  return readThreads(doc)
    .map((thread) => {
      // Resolved threads are not highlighted; only they need their anchors resolved here.
      const range = ranges.get(thread.id) ?? (thread.resolved ? resolveRange(editor.state, doc, fragment, thread.start, thread.end) : null);
      return { ...thread, from: range?.from ?? null };
    })
    .sort((a, b) => (a.from ?? Infinity) - (b.from ?? Infinity) || a.createdAt.localeCompare(b.createdAt));
}

/** The suggestions of title, sapo and body, in that order, each field's in document order. */
export function listFieldSuggestions(editors: FieldEditors): FieldSuggestion[] {
  return suggestionFields.flatMap((field) => listSuggestions(editors[field].state.doc).map((s) => ({ ...s, field })));
}

/** How often the pane read the threads and suggestions again (read by tests: never per keystroke). */
export const paneCounters = { refreshes: 0 };

/**
 * Cards added to the pane per task while its list fills: a long review's 300
 * cards arrive just as the reader starts typing after opening, and creating
 * them all in one commit would hold those first keys for one long task.
 */
export const CARDS_PER_TASK = 40;

/**
 * Runs `fn` when the browser is idle (at the latest after `timeout` ms; 0: as
 * soon as possible, after the current task); returns a cancel function.
 */
function whenIdle(fn: () => void, timeout: number): () => void {
  if (timeout > 0 && typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(fn, 0);
  return () => clearTimeout(handle);
}

function useLive<T>(live: { subscribe: (l: () => void) => () => void; get: () => T }): T {
  return useSyncExternalStore(live.subscribe, live.get);
}

/** "Góp ý": the threads beside the article, in document order, and the form for a new one. */
export function ReviewPane(props: {
  articleId: string;
  doc: Y.Doc;
  /** The body (threads are on it). */
  editor: Editor;
  /** Title, sapo and body: suggestions are listed from the three. */
  fields: FieldEditors;
  controller: ReviewController;
  reviewer: Reviewer | null;
  readOnly: boolean;
}) {
  const { doc, editor, fields, controller, reviewer, readOnly } = props;
  // Filled just after the article has rendered: a long article shows first, its 200 threads a moment later.
  const [threads, setThreads] = useState<PlacedThread[]>([]);
  const [suggestions, setSuggestions] = useState<FieldSuggestion[]>([]);
  const refused = useLive(controller.refused);
  const [refusedShown, setRefusedShown] = useState(false);
  useEffect(() => {
    if (!refused) return;
    setRefusedShown(true);
    const timer = setTimeout(() => setRefusedShown(false), 8000);
    return () => clearTimeout(timer);
  }, [refused]);
  const suggesting = useLive(controller.suggesting);
  const [showResolved, setShowResolved] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const active = useLive(controller.active);
  const pending = useLive(controller.pending);
  const listRef = useRef<HTMLDivElement>(null);
  const [cardLimit, setCardLimit] = useState(CARDS_PER_TASK);

  useEffect(() => {
    let key = '';
    let suggestionKey = '';
    const refresh = () => {
      paneCounters.refreshes += 1;
      const next = placeThreads(doc, editor);
      const nextSuggestions = listFieldSuggestions(fields);
      // Only a different order, state or content commits (never plain typing).
      const nextKey = JSON.stringify(next.map((x) => [x.id, x.from === null, x.resolved, x.posts, x.quote]));
      const order = next.map((x) => x.id).join();
      const nextSuggestionKey = JSON.stringify(nextSuggestions.map((x) => [x.field, x.id, x.kind, x.inserted, x.deleted, x.from]));
      const suggestionsChanged = nextSuggestionKey !== suggestionKey;
      const threadsChanged = nextKey + order !== key;
      suggestionKey = nextSuggestionKey;
      key = nextKey + order;
      // A transition: React renders the 300 cards of a long review in slices and lets keystrokes in
      // between (the first list arrives just as the reader starts typing after opening).
      startTransition(() => {
        if (suggestionsChanged) setSuggestions(nextSuggestions);
        if (threadsChanged) setThreads(next);
      });
    };
    // The first list once the article has opened and the browser is idle: the text shows first.
    let pendingRefresh = whenIdle(refresh, 1000);
    const map = commentsMap(doc);
    // After the highlights are recomputed for the change (a transaction later).
    const onThreads = () => {
      pendingRefresh();
      pendingRefresh = whenIdle(refresh, 0);
    };
    map.observeDeep(onThreads);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Typing: once it pauses, and in idle time (never between two keystrokes).
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        pendingRefresh();
        pendingRefresh = whenIdle(refresh, 1000);
      }, 600);
    };
    const editors = suggestionFields.map((field) => fields[field]);
    for (const e of editors) e.on('update', onUpdate);
    return () => {
      pendingRefresh();
      clearTimeout(timer);
      map.unobserveDeep(onThreads);
      for (const e of editors) e.off('update', onUpdate);
    };
  }, [doc, editor, fields]);

  useEffect(() => {
    controller.requestComment = () => {
      const target = commentTarget(editor.state);
      const fragment = doc.getXmlFragment(BODY_FRAGMENT);
      let anchored: { start: unknown; end: unknown; quote: string } | null = null;
      if (target?.kind === 'text') anchored = anchorSelection(editor.state, fragment, target.from, target.to);
      else if (target) {
        const anchors = anchorNode(editor.state, fragment, target.pos);
        anchored = anchors && { ...anchors, quote: mediaQuote(target.node) };
      }
      if (!anchored) {
        setNotice(t.needSelection);
        return;
      }
      setNotice(null);
      controller.pending.set(anchored);
    };
  }, [controller, doc, editor]);

  // The reader clicked a passage: bring its thread into view.
  useEffect(() => {
    if (!active) return;
    listRef.current?.querySelector(`[data-thread-id="${CSS.escape(active)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const open = (id: string) => {
    controller.active.set(id);
    setActiveThread(editor.view, id, true);
  };

  const shown = threads.filter((x) => showResolved || !x.resolved);
  const resolvedCount = threads.filter((x) => x.resolved).length;
  const canComment = !readOnly && may(reviewer, 'comment');
  const canDecide = mayDecideSuggestions(reviewer, readOnly);
  // Title's and sapo's suggestions first, then the body's threads and suggestions together, in document order (orphaned threads last).
  type Item = { kind: 'thread'; from: number | null; thread: PlacedThread } | { kind: 'suggestion'; from: number; suggestion: FieldSuggestion };
  const lines: Item[] = suggestions.filter((x) => x.field !== 'body').map((suggestion) => ({ kind: 'suggestion', from: suggestion.from, suggestion }));
  const items: Item[] = [
    ...lines,
    ...[
      ...shown.map((thread) => ({ kind: 'thread' as const, from: thread.from, thread })),
      ...suggestions.filter((x) => x.field === 'body').map((suggestion) => ({ kind: 'suggestion' as const, from: suggestion.from, suggestion })),
    ].sort((a, b) => (a.from ?? Infinity) - (b.from ?? Infinity)),
  ];

  // The first cards at once, the rest a slice per task (the active thread's card is always among them).
  const activeIndex = active ? items.findIndex((x) => x.kind === 'thread' && x.thread.id === active) : -1;
  const shownCount = Math.max(cardLimit, activeIndex + 1);
  const moreCards = shownCount < items.length;
  useEffect(() => {
    if (!moreCards) return;
    const timer = setTimeout(() => startTransition(() => setCardLimit((n) => n + CARDS_PER_TASK)), 0);
    return () => clearTimeout(timer);
  }, [moreCards, cardLimit]);

  return (
    <aside className="review-pane" aria-label={t.pane} data-testid="review-pane">
      <div className="review-pane-head">
        <h2>{t.pane}</h2>
        <span className="muted" data-testid="open-thread-count">
          {t.count(threads.filter((x) => !x.resolved).length)}
        </span>
      </div>
      <ChangesSinceReview articleId={props.articleId} doc={doc} />
      {notice && (
        <p className="review-notice" role="status">
          {notice}
        </p>
      )}
      {suggesting && (
        <p className="review-mode" role="status" data-testid="suggest-mode-on">
          {vi.review.suggestions.modeOn}
        </p>
      )}
      {refusedShown && (
        <p className="review-notice" role="alert" data-testid="suggest-refused">
          {vi.review.suggestions.refused}
        </p>
      )}
      {suggestions.length > 0 && (
        <div className="review-pane-head">
          <span className="muted" data-testid="suggestion-count">
            {vi.review.suggestions.count(suggestions.length)}
          </span>
          {canDecide && <AllSuggestions editors={fields} />}
        </div>
      )}
      {pending && reviewer && (
        <NewThread
          quote={pending.quote}
          onCancel={() => controller.pending.set(null)}
          onSend={(text) => {
            const id = addThread(doc, { start: pending.start, end: pending.end, quote: pending.quote, text, by: by(reviewer), at: nowIso() });
            controller.pending.set(null);
            controller.active.set(id);
            setActiveThread(editor.view, id, false);
          }}
        />
      )}
      <div className="review-threads" ref={listRef} data-testid="review-threads">
        {threads.length === 0 && suggestions.length === 0 && !pending && <p className="muted">{canComment ? t.addHint : t.none}</p>}
        {items.slice(0, shownCount).map((item) =>
          item.kind === 'thread' ? (
            <ThreadCard
              key={item.thread.id}
              thread={item.thread}
              active={item.thread.id === active}
              reviewer={reviewer}
              readOnly={readOnly}
              onOpen={() => open(item.thread.id)}
              doc={doc}
            />
          ) : (
            <SuggestionCard key={item.suggestion.field + item.suggestion.id} suggestion={item.suggestion} editor={fields[item.suggestion.field]} canDecide={canDecide} />
          ),
        )}
      </div>
      {resolvedCount > 0 && (
        <button type="button" className="link-button" onClick={() => setShowResolved((v) => !v)}>
          {showResolved ? t.hideResolved : t.showResolved(resolvedCount)}
        </button>
      )}
    </aside>
  );
}

function by(reviewer: Reviewer) {
  return { authorId: reviewer.id, author: reviewer.name, role: reviewer.role };
}

function NewThread(props: { quote: string; onSend: (text: string) => void; onCancel: () => void }) {
  return (
    <div className="review-thread review-thread-new" data-testid="new-thread">
      <div className="review-quote-label">{t.newThread}</div>
      <blockquote className="review-quote">{props.quote}</blockquote>
      <Composer placeholder={t.placeholder} submitLabel={t.send} autoFocus onSubmit={props.onSend} onCancel={props.onCancel} testId="new-thread-text" />
    </div>
  );
}

function Composer(props: {
  placeholder: string;
  submitLabel: string;
  initial?: string;
  autoFocus?: boolean;
  onSubmit: (text: string) => void;
  onCancel?: () => void;
  testId: string;
}) {
  const [text, setText] = useState(props.initial ?? '');
  const submit = () => {
    const value = text.trim();
    if (!value) return;
    props.onSubmit(value);
    setText('');
  };
  return (
    <form
      className="review-composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <textarea
        value={text}
        rows={2}
        placeholder={props.placeholder}
        aria-label={props.placeholder}
        data-testid={props.testId}
        autoFocus={props.autoFocus}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          } else if (e.key === 'Escape' && props.onCancel) {
            e.preventDefault();
            props.onCancel();
          }
        }}
      />
      <div className="review-composer-buttons">
        <button type="submit" className="primary" disabled={!text.trim()}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t.cancel}
          </button>
        )}
      </div>
    </form>
  );
}

function ThreadCard(props: {
  thread: PlacedThread;
  active: boolean;
  reviewer: Reviewer | null;
  readOnly: boolean;
  onOpen: () => void;
  doc: Y.Doc;
}) {
  const { thread, reviewer, readOnly, doc } = props;
  const orphaned = thread.from === null && !thread.resolved;
  const [replying, setReplying] = useState(false);
  const classes = ['review-thread', props.active && 'active', thread.resolved && 'resolved', orphaned && 'orphaned'].filter(Boolean).join(' ');
  return (
    <article
      className={classes}
      data-thread-id={thread.id}
      data-testid="review-thread"
      data-orphaned={orphaned}
      data-resolved={thread.resolved}
      aria-current={props.active}
    >
      <button type="button" className="review-quote" onClick={props.onOpen} title={thread.quote} data-testid="thread-quote">
        {thread.quote}
      </button>
      {orphaned && <div className="review-orphaned">{t.orphaned}</div>}
      {thread.resolved && <div className="review-resolved">{t.resolved}</div>}
      {thread.posts.map((post) => (
        <PostView key={post.id} post={post} threadId={thread.id} reviewer={reviewer} readOnly={readOnly} doc={doc} />
      ))}
      {!readOnly && reviewer && (
        <div className="review-thread-actions">
          {!thread.resolved && may(reviewer, 'reply') && !replying && (
            <button type="button" onClick={() => setReplying(true)}>
              {t.reply}
            </button>
          )}
          {may(reviewer, 'resolve') && (
            <button type="button" onClick={() => setResolved(doc, thread.id, !thread.resolved, reviewer.name)}>
              {thread.resolved ? t.reopen : t.resolve}
            </button>
          )}
        </div>
      )}
      {replying && reviewer && (
        <Composer
          placeholder={t.replyPlaceholder}
          submitLabel={t.send}
          autoFocus
          testId="reply-text"
          onCancel={() => setReplying(false)}
          onSubmit={(text) => {
            reply(doc, thread.id, text, by(reviewer), nowIso());
            setReplying(false);
          }}
        />
      )}
    </article>
  );
}

function PostView(props: { post: Post; threadId: string; reviewer: Reviewer | null; readOnly: boolean; doc: Y.Doc }) {
  const { post, reviewer, doc } = props;
  const [editing, setEditing] = useState(false);
  const mine = !props.readOnly && reviewer !== null && reviewer.id === post.authorId;
  return (
    <div className="review-post" data-testid="review-post">
      <div className="review-post-head">
        <strong data-testid="post-author">{post.author}</strong>
        <span className="review-role">{vi.review.roles[post.role] ?? post.role}</span>
        <time dateTime={post.createdAt}>{formatTime(post.createdAt)}</time>
        {post.editedAt && <span className="muted">{t.edited}</span>}
      </div>
      {editing ? (
        <Composer
          placeholder={t.placeholder}
          submitLabel={t.save}
          initial={post.text}
          autoFocus
          testId="edit-post-text"
          onCancel={() => setEditing(false)}
          onSubmit={(text) => {
            editPost(doc, props.threadId, post.id, text, reviewer!.id, nowIso());
            setEditing(false);
          }}
        />
      ) : (
        <p className="review-post-text" data-testid="post-text">
          {post.text}
        </p>
      )}
      {mine && !editing && (
        <div className="review-post-actions">
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {t.edit}
          </button>
          <button type="button" className="link-button" onClick={() => deletePost(doc, props.threadId, post.id, reviewer.id)}>
            {t.delete}
          </button>
        </div>
      )}
    </div>
  );
}
