import { useEffect, useState, useSyncExternalStore } from 'react';
import { may, type Reviewer } from '../../../common/article/review-rights';
import type { HubUser } from '../../../common/api/hub.api';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useNavigate } from '../../ui/navigation';
import { formatTime } from '../../ui/format-time';
import { useCurrentReviewer } from './current-reviewer';
import { loadInbox, setAssignment, waitedFor, type Inbox, type InboxArticle } from './review-inbox';
import type { ReviewNotifications } from './review-notifications';
import './review.css';

const t = vi.review.queue;

/** "Duyệt bài": notifications, "Việc của tôi" and, for the board, the review queue. */
export function ReviewScreen(props: { notifications: ReviewNotifications }) {
  const me = useCurrentReviewer();
  const navigate = useNavigate();
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const notices = useSyncExternalStore(props.notifications.list.subscribe, props.notifications.list.get);

  useEffect(() => {
    let live = true;
    loadInbox(me).then(
      (value) => live && (setInbox(value), setError(null)),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [me, version]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onEvent('drafts.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => setVersion((v) => v + 1), 500);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, []);
  useEffect(() => () => props.notifications.markRead(), [props.notifications]);

  const open = (articleId: string) => navigate({ name: 'editor', articleId });
  const board = may(me, 'decide');

  return (
    <section className="screen review-screen" data-testid="review-screen">
      <h1>{t.title}</h1>
      {error !== null && (
        <p role="alert" className="error-text">
          {errorMessage(error)}
        </p>
      )}
      <section aria-labelledby="review-notices">
        <h2 id="review-notices">{t.notices}</h2>
        {notices.length === 0 ? (
          <p className="muted">{t.noNotices}</p>
        ) : (
          <ul className="review-notice-list" data-testid="review-notices">
            {notices.map((n) => (
              <li key={n.id} className={n.read ? undefined : 'unread'} data-kind={n.kind}>
                <button type="button" className="link-button" onClick={() => open(n.articleId)}>
                  {n.text}
                </button>{' '}
                <time className="muted">{formatTime(n.at)}</time>
              </li>
            ))}
          </ul>
        )}
      </section>
      {inbox && (
        <>
          <section aria-labelledby="review-mine" data-testid="my-work">
            <h2 id="review-mine">{t.mine}</h2>
            <MyList title={t.returnedToMe} items={inbox.returnedToMe} open={open} testId="mine-returned" />
            <MyList title={t.repliesForMe} items={inbox.repliesForMe} open={open} testId="mine-replies" count={(a) => a.awaitingMyReply} />
            {board && <MyList title={t.assignedToMe} items={inbox.assignedToMe} open={open} testId="mine-assigned" />}
          </section>
          {board && (
            <section aria-labelledby="review-queue">
              <h2 id="review-queue">
                {t.queue} <span className="muted">({inbox.queue.length})</span>
              </h2>
              {inbox.queue.length === 0 ? (
                <p className="muted">{t.empty}</p>
              ) : (
                <QueueTable items={inbox.queue} me={me} open={open} onChanged={() => setVersion((v) => v + 1)} />
              )}
            </section>
          )}
        </>
      )}
    </section>
  );
}

function MyList(props: { title: string; items: InboxArticle[]; open: (id: string) => void; testId: string; count?: (a: InboxArticle) => number }) {
  return (
    <div className="review-mine" data-testid={props.testId}>
      <h3>
        {props.title} <span className="muted">({props.items.length})</span>
      </h3>
      {props.items.length > 0 && (
        <ul>
          {props.items.map((a) => (
            <li key={a.summary.id}>
              <button type="button" className="link-button" onClick={() => props.open(a.summary.id)}>
                {a.summary.title || vi.drafts.untitled}
              </button>
              {props.count && <span className="muted"> · {t.replies(props.count(a))}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function QueueTable(props: { items: InboxArticle[]; me: Reviewer | null; open: (id: string) => void; onChanged: () => void }) {
  const { me } = props;
  const [error, setError] = useState<unknown>(null);
  const board = useBoard(me);
  const change = async (a: InboxArticle, to: { id: string; name: string } | null) => {
    setError(null);
    try {
      await setAssignment(a.summary.id, to && me ? { toId: to.id, to: to.name, by: me.name, at: new Date().toISOString() } : null);
      props.onChanged();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      {error !== null && (
        <p role="alert" className="error-text">
          {errorMessage(error)}
        </p>
      )}
      <table className="review-queue" data-testid="review-queue">
        <thead>
          <tr>
            <th>{t.columns.title}</th>
            <th>{t.columns.waited}</th>
            <th>{t.columns.author}</th>
            <th>{t.columns.category}</th>
            <th>{t.columns.kind}</th>
            <th>{t.columns.words}</th>
            <th>{t.columns.comments}</th>
            <th>{t.columns.assignee}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((a) => {
            const waited = waitedFor(a.waitingSince);
            const mine = a.assignment?.toId === me?.id;
            return (
              <tr key={a.summary.id} data-testid="queue-row">
                <td>
                  <button type="button" className="link-button" onClick={() => props.open(a.summary.id)}>
                    {a.summary.title || vi.drafts.untitled}
                  </button>
                </td>
                <td title={formatTime(a.waitingSince)}>{t.waited[waited.unit](waited.value)}</td>
                <td>{a.summary.byline || vi.drafts.noByline}</td>
                <td>{a.summary.category}</td>
                <td>{vi.editor.kinds[a.summary.kind]}</td>
                <td>{a.summary.wordCount.toLocaleString('vi-VN')}</td>
                <td data-testid="queue-comments">{a.openThreads}</td>
                <td data-testid="queue-assignee">
                  {a.assignment?.to ?? <span className="muted">{t.unassigned}</span>}{' '}
                  {may(me, 'assign') && !mine && (!a.assignment || may(me, 'assignOthers')) && (
                    <button type="button" data-testid="queue-take" onClick={() => me && void change(a, me)}>
                      {t.take}
                    </button>
                  )}
                  {mine && (
                    <button type="button" data-testid="queue-release" onClick={() => void change(a, null)}>
                      {t.release}
                    </button>
                  )}
                  {board.length > 0 && (
                    <select
                      data-testid="queue-assign"
                      aria-label={t.assignTo}
                      value=""
                      onChange={(e) => {
                        const to = board.find((u) => u.id === e.target.value);
                        if (to) void change(a, to);
                      }}
                    >
                      <option value="">{t.assignTo}</option>
                      {board
                        .filter((u) => u.id !== a.assignment?.toId)
                        .map((u) => (
                          <option key={u.id} value={u.id}>
                            {u.name}
                          </option>
                        ))}
                    </select>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

/** The board members the board head can assign to ("Giao cho…"): the hub's board, others than me. Alone, nobody. */
function useBoard(me: Reviewer | null): Array<{ id: string; name: string }> {
  const [board, setBoard] = useState<HubUser[]>([]);
  const allowed = may(me, 'assignOthers') && !!me?.id.startsWith('hub:');
  useEffect(() => {
    let live = true;
    if (allowed) call('hub.board', {}).then((users) => live && setBoard(users), () => live && setBoard([]));
    return () => {
      live = false;
    };
  }, [allowed]);
  if (!allowed) return [];
  return board.map((u) => ({ id: `hub:${u.id}`, name: u.name })).filter((u) => u.id !== me?.id);
}
