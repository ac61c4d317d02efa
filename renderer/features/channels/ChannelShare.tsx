import { useState } from 'react';
import { channelLimits, codePoints, shareProblem, type ChannelName, type ShareContent, type ShareDraft } from '../../../common/api/channels.api';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useNavigate } from '../../ui/navigation';
import { ShareList } from './ShareList';
import './channels.css';

const t = vi.channels.share;
const names = vi.channels.names;
const CHANNELS: ChannelName[] = ['facebook', 'zalo'];

function Counter({ text, max }: { text: string; max: number }) {
  const n = codePoints(text.trim());
  return <small className={n > max ? 'error-text' : 'muted'}>{t.count(n, max)}</small>;
}

/**
 * "Chia sẻ lên kênh" on an article: the channels to share to, each one's
 * text (prefilled from the sapo, editable, counted against the channel's
 * limits), the portal link, and the shares so far with their state.
 */
export function ChannelShare({ articleId }: { articleId: string }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<ShareDraft | null>(null);
  const [content, setContent] = useState<Record<string, ShareContent>>({});
  const [chosen, setChosen] = useState<Set<ChannelName>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setError(null);
    try {
      const next = await call('channels.draft', { articleId });
      setDraft(next);
      setContent(next.content);
      setChosen(new Set(next.configured));
      setOpen(true);
    } catch (e) {
      setError(e);
    }
  };

  const edit = (channel: ChannelName, patch: Partial<ShareContent>) =>
    setContent((all) => ({ ...all, [channel]: { ...all[channel]!, ...patch } }));

  const share = async (now: boolean) => {
    setError(null);
    const shares = [...chosen].map((channel) => ({ channel, content: content[channel]! }));
    if (shares.length === 0) return setError(new Error(t.chooseOne));
    for (const { channel, content: c } of shares) {
      const problem = shareProblem(channel, c);
      if (problem) return setError({ code: problem, channel });
    }
    setBusy(true);
    try {
      await call('channels.share', { articleId, shares, now });
      setOpen(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const message = (e: unknown) => {
    if (e instanceof Error && e.message === t.chooseOne) return t.chooseOne;
    const channel = (e as { channel?: string } | null)?.channel;
    return channel ? `${names[channel]}: ${errorMessage(e)}` : errorMessage(e);
  };

  return (
    <div className="channel-share" data-testid="channel-share-panel">
      {!open && (
        <button type="button" onClick={() => void start()} data-testid="channel-share-open">
          {t.button}
        </button>
      )}
      {open && draft && (
        <fieldset className="channel-share-form">
          <legend>{t.legend}</legend>
          {draft.configured.length === 0 && (
            <p className="error-text" role="alert">
              {t.notConfigured}{' '}
              <button type="button" className="link-button" onClick={() => navigate({ name: 'settings' })}>
                {t.openSettings}
              </button>
            </p>
          )}
          <p data-testid="channel-share-link">
            {draft.link ? (
              <>
                {t.link} <a href={draft.link} target="_blank" rel="noreferrer">{draft.link}</a>
              </>
            ) : (
              t.noLink
            )}
          </p>
          <p className="muted">{t.featured}</p>
          {CHANNELS.map((channel) => {
            const c = content[channel]!;
            const configured = draft.configured.includes(channel);
            const on = chosen.has(channel);
            return (
              <div key={channel} className="channel-share-channel" data-channel={channel}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    name={`share-${channel}`}
                    checked={on}
                    disabled={!configured}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(channel);
                      else next.delete(channel);
                      setChosen(next);
                    }}
                  />
                  {names[channel]}
                </label>
                {on && channel === 'zalo' && (
                  <>
                    <label>
                      {t.title}
                      <input name="zalo-title" value={c.title} onChange={(e) => edit(channel, { title: e.target.value })} />
                      <Counter text={c.title} max={channelLimits.zalo.title} />
                    </label>
                    <label>
                      {t.description}
                      <textarea name="zalo-description" rows={2} value={c.description} onChange={(e) => edit(channel, { description: e.target.value })} />
                      <Counter text={c.description} max={channelLimits.zalo.description} />
                    </label>
                    <label>
                      {t.cover}
                      <input name="zalo-cover" type="url" value={c.coverUrl} onChange={(e) => edit(channel, { coverUrl: e.target.value })} />
                    </label>
                  </>
                )}
                {on && (
                  <label>
                    {t.text[channel]}
                    <textarea name={`${channel}-text`} rows={3} value={c.text} onChange={(e) => edit(channel, { text: e.target.value })} />
                    <Counter text={c.text} max={channel === 'facebook' ? channelLimits.facebook.message : channelLimits.zalo.body} />
                  </label>
                )}
              </div>
            );
          })}
          <div className="form-actions">
            {!draft.published && (
              <button type="button" className="primary" disabled={busy} onClick={() => void share(false)} data-testid="channel-share-on-publish">
                {t.onPublish}
              </button>
            )}
            <button
              type="button"
              className={draft.published ? 'primary' : undefined}
              disabled={busy || !draft.link}
              onClick={() => void share(true)}
              data-testid="channel-share-now"
            >
              {t.now}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t.cancel}
            </button>
          </div>
        </fieldset>
      )}
      {error !== null && (
        <p role="alert" className="error-text" data-testid="channel-share-error-message">
          {message(error)}
        </p>
      )}
      <ShareList articleId={articleId} />
    </div>
  );
}
