import { useEffect, useState } from 'react';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useNavigate } from '../../ui/navigation';
import { ArticleEditor } from './ArticleEditor';
import { ArticleSession } from './article-session';
import { SaveStateStore } from './save-state-store';

/** Opens one article for editing and closes it (sending what is pending) when the user leaves. */
export function EditorScreen({ articleId }: { articleId: string }) {
  const navigate = useNavigate();
  const [session, setSession] = useState<ArticleSession | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saveState] = useState(() => new SaveStateStore());
  const [categories, setCategories] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    let opened: ArticleSession | null = null;
    setError(null);
    ArticleSession.open(articleId, saveState.set).then(
      (s) => {
        if (!live) return void s.close();
        opened = s;
        setSession(s);
      },
      (e) => live && setError(e),
    );
    return () => {
      live = false;
      setSession(null);
      void opened?.close();
    };
  }, [articleId, attempt, saveState]);

  useEffect(() => {
    call('settings.get', {}).then((s) => setCategories(s.categories), setError);
    return onEvent('settings.changed', (s) => setCategories(s.categories));
  }, []);

  if (error !== null) {
    return (
      <section className="screen" data-testid="editor-screen">
        <div className="banner banner-error" role="alert">
          {vi.editor.openFailed} {errorMessage(error)}
          <span>
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>
              {vi.shell.retry}
            </button>{' '}
            <button type="button" onClick={() => navigate({ name: 'articles' })}>
              {vi.editor.backToList}
            </button>
          </span>
        </div>
      </section>
    );
  }
  if (!session) {
    return (
      <section className="screen muted" data-testid="editor-screen">
        {vi.editor.loading}
      </section>
    );
  }
  return (
    <section className="editor-screen" data-testid="editor-screen">
      {session.rescued && <div className="banner banner-warning">{vi.editor.save.pendingRescued}</div>}
      <ArticleEditor key={session.articleId} session={session} saveState={saveState} categories={categories} />
    </section>
  );
}
