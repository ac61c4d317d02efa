import { useEffect, useId, useMemo, useState } from 'react';
import { foldVietnamese, vietnameseSortKey } from '../../../common/article/fold';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';

const t = vi.spellcheck.dictionary;
/** More than this and the list asks for a filter (the dictionary may hold thousands of words). */
const SHOWN = 200;

/**
 * "Từ điển riêng" in Settings: the words added with "Thêm vào từ điển",
 * sorted in Vietnamese order, with a filter (accents optional) and a
 * "Xóa" per word. A removal is saved at once, like the adding was, and
 * every open article is checked again (settings.changed).
 */
export function UserDictionary() {
  const [words, setWords] = useState<string[] | null>(null);
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = useId();

  useEffect(() => {
    call('settings.get', {}).then(
      (s) => setWords(s.userDictionary),
      (e) => setError(errorMessage(e)),
    );
    return onEvent('settings.changed', (s) => setWords(s.userDictionary));
  }, []);

  const sorted = useMemo(
    () => (words ?? []).map((w) => ({ w, key: vietnameseSortKey(w), folded: foldVietnamese(w) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    [words],
  );
  const wanted = foldVietnamese(filter.trim().normalize('NFC'));
  const matching = wanted ? sorted.filter((e) => e.folded.includes(wanted)) : sorted;

  const remove = async (word: string) => {
    setError(null);
    try {
      // Read again just before writing: a word added meanwhile in an article is kept.
      const current = (await call('settings.get', {})).userDictionary;
      const next = current.filter((w) => w !== word);
      await call('settings.set', { patch: { userDictionary: next } });
      setWords(next);
      setStatus(t.removed(word));
    } catch (e) {
      setError(t.removeFailed(errorMessage(e)));
    }
  };

  return (
    <section className="settings-dictionary" aria-labelledby={`${ids}-title`} data-testid="user-dictionary">
      <h2 id={`${ids}-title`}>{t.title}</h2>
      <p className="muted">{words === null ? vi.shell.connecting : words.length === 0 ? t.empty : t.count(words.length)}</p>
      {words !== null && words.length > 0 && (
        <>
          <label>
            {t.filter}{' '}
            <input type="search" value={filter} data-testid="dictionary-filter" onChange={(e) => setFilter(e.target.value)} />
          </label>
          <ul className="dictionary-words" aria-label={t.title}>
            {matching.slice(0, SHOWN).map(({ w }) => (
              <li key={w} data-testid="dictionary-word">
                <span lang="vi">{w}</span>{' '}
                <button type="button" aria-label={t.removeWord(w)} data-testid="dictionary-remove" onClick={() => void remove(w)}>
                  {t.remove}
                </button>
              </li>
            ))}
          </ul>
          {matching.length > SHOWN && <p className="muted">{t.more(matching.length - SHOWN)}</p>}
          {matching.length === 0 && <p className="muted">{t.noMatch}</p>}
        </>
      )}
      <p role="status" className="muted">
        {status}
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
