import { useEffect, useState } from 'react';
import type { ChannelShare } from '../../../common/api/channels.api';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { formatTime } from '../../ui/format-time';
import { ConfirmDialog } from '../../ui/ModalDialog';
import './channels.css';

const t = vi.channels;

function upsert(list: ChannelShare[], share: ChannelShare): ChannelShare[] {
  const index = list.findIndex((s) => s.id === share.id);
  if (index < 0) return [...list, share].sort((a, b) => b.id - a.id);
  return list.map((s) => (s.id === share.id ? share : s));
}

/** The shares of one article (or all, in the outbox), live: state, error, link, "Thử lại", "Gỡ khỏi kênh". */
export function ShareList({ articleId, emptyText }: { articleId?: string; emptyText?: string }) {
  const [shares, setShares] = useState<ChannelShare[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<ChannelShare | null>(null);

  useEffect(() => {
    let live = true;
    const off = onEvent('channels.changed', (share) => {
      if (!articleId || share.articleId === articleId) setShares((list) => upsert(list ?? [], share));
    });
    const load = articleId ? call('channels.articleShares', { articleId }) : call('channels.list', {});
    load.then(
      (list) => live && setShares((current) => [...list].sort((a, b) => b.id - a.id).reduce(upsert, current ?? [])),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
      off();
    };
  }, [articleId]);

  const act = async (action: () => Promise<ChannelShare>) => {
    setError(null);
    try {
      const share = await action();
      setShares((list) => upsert(list ?? [], share));
    } catch (e) {
      setError(e);
    }
  };

  const visible = (shares ?? []).filter((s) => articleId || s.state !== 'removed');
  return (
    <div className="channel-shares" data-testid="channel-shares">
      {error !== null && (
        <p role="alert" className="error-text">
          {errorMessage(error)}
        </p>
      )}
      {shares !== null && visible.length === 0 && emptyText && <p className="muted">{emptyText}</p>}
      {visible.length > 0 && (
        <ul>
          {visible.map((share) => (
            <li key={share.id} data-testid="channel-share" data-channel={share.channel} data-state={share.state}>
              <strong>{t.names[share.channel]}</strong>
              {!articleId && <> — {share.title}</>}: <span data-testid="channel-share-state">{t.states[share.state]}</span>
              {share.error && share.state !== 'sent' && share.state !== 'removed' && (
                <span className="error-text" data-testid="channel-share-error">
                  {' '}
                  — {vi.errors[share.error.code]}
                </span>
              )}{' '}
              <small className="muted">{formatTime(share.updatedAt)}</small>
              {share.remoteLink && share.state === 'sent' && (
                <>
                  {' '}
                  <a href={share.remoteLink} target="_blank" rel="noreferrer">
                    {t.share.view}
                  </a>
                </>
              )}
              {share.state === 'failed' && (
                <button type="button" className="link-button" onClick={() => void act(() => call('channels.retry', { id: share.id }))}>
                  {t.share.retry}
                </button>
              )}
              {share.state !== 'removed' && share.state !== 'removing' && share.state !== 'sending' && (
                <button type="button" className="link-button" data-testid="channel-share-remove" onClick={() => setRemoving(share)}>
                  {t.share.remove}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {removing && (
        <ConfirmDialog
          title={t.share.remove}
          message={t.share.confirmRemove}
          confirm={t.share.remove}
          cancel={t.share.cancel}
          danger
          testId="channel-confirm-remove"
          confirmTestId="channel-confirm-remove-yes"
          onConfirm={() => {
            const id = removing.id;
            setRemoving(null);
            void act(() => call('channels.remove', { id }));
          }}
          onCancel={() => setRemoving(null)}
        />
      )}
    </div>
  );
}
