import { useEffect, useId, useState } from 'react';
import type { NewsroomLexiconView } from '../../../common/api/spell-learn.api';
import type { EventPayload, MethodResult } from '../../../common/api';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';

const t = vi.spellcheck.learn;
const EXAMPLES = 12;

/**
 * Settings › "Học từ bài đã đăng": the spellchecker learns the newsroom's
 * words from the portal's published posts, the articles approved in the app
 * and a folder of old articles, with progress per source. Open editors check
 * again with what was learnt (spellLearn.changed).
 */
export function NewsroomLearning() {
  const ids = useId();
  const [lexicon, setLexicon] = useState<NewsroomLexiconView | null>(null);
  const [portal, setPortal] = useState(true);
  const [articles, setArticles] = useState(true);
  const [folder, setFolder] = useState('');
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<EventPayload<'spellLearn.progress'> | null>(null);
  const [result, setResult] = useState<MethodResult<'spellLearn.run'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('spellLearn.lexicon', {}).then(setLexicon, (e) => setError(errorMessage(e)));
    const offChanged = onEvent('spellLearn.changed', setLexicon);
    const offProgress = onEvent('spellLearn.progress', setProgress);
    return () => {
      offChanged();
      offProgress();
    };
  }, []);

  const run = async () => {
    setError(null);
    setResult(null);
    const chosenFolder = folder.trim() || null;
    if (!portal && !articles && !chosenFolder) {
      setError(t.nothingChosen);
      return;
    }
    setRunning(true);
    setProgress(null);
    try {
      const answer = await call('spellLearn.run', { portal, articles, folder: chosenFolder });
      setResult(answer);
      setLexicon(answer.lexicon);
    } catch (e) {
      setError(t.failed(errorMessage(e)));
    } finally {
      setRunning(false);
    }
  };

  return (
    <section className="settings-dictionary" aria-labelledby={`${ids}-title`} data-testid="spell-learn">
      <h2 id={`${ids}-title`}>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <label className="checkbox">
        <input type="checkbox" checked={portal} onChange={(e) => setPortal(e.target.checked)} disabled={running} />
        {t.portal}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={articles} onChange={(e) => setArticles(e.target.checked)} disabled={running} />
        {t.articles}
      </label>
      <label>
        {t.folder}{' '}
        <input type="text" value={folder} onChange={(e) => setFolder(e.target.value)} disabled={running} aria-describedby={`${ids}-folder-hint`} data-testid="spell-learn-folder" />
      </label>
      <small id={`${ids}-folder-hint`} className="muted">
        {t.folderHint}
      </small>
      <p>
        <button type="button" onClick={() => void run()} disabled={running} data-testid="spell-learn-run">
          {running ? t.running : t.run}
        </button>
      </p>
      {running && (
        <p data-testid="spell-learn-progress">
          <progress aria-label={t.progress} max={progress?.total ?? undefined} value={progress?.total ? progress.done : undefined} />{' '}
          {progress && t.progressText(t.source[progress.source], progress.done, progress.total)}
        </p>
      )}
      {result && (
        <ul data-testid="spell-learn-result">
          {result.sources.map((s) => (
            <li key={s.source} className={s.problem ? 'error-text' : undefined}>
              {s.problem ? t.sourceProblem(t.source[s.source], errorMessage({ code: s.problem })) : t.sourceResult(t.source[s.source], s.learnt, s.skipped)}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="muted" data-testid="spell-learn-summary">
        {lexicon ? t.summary(lexicon.entries.length, lexicon.words.length, lexicon.articles) : vi.shell.connecting}
      </p>
      {lexicon && lexicon.entries.length > 0 && (
        <p className="muted" data-testid="spell-learn-examples">
          {t.examples}: <span lang="vi">{lexicon.entries.filter((e) => e !== e.toLowerCase()).slice(0, EXAMPLES).join(', ')}</span>
        </p>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
