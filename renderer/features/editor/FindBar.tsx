import { useEffect, useId, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { vi } from '../../i18n/vi';
import { defaultFindOptions, type FindOptions } from '../../editor/extensions/find-replace/find-text';
import {
  closeFind,
  findStateOf,
  replaceAllMatches,
  replaceCurrentMatch,
  revealCurrentMatch,
  selectCurrentMatch,
  setCurrentMatch,
  setFindQuery,
} from '../../editor/extensions/find-replace/find-replace';
import './find-bar.css';

const t = vi.find;

export interface FindRequest {
  /** Ctrl+H: with the replace row. */
  replace: boolean;
  /** Changes on every Ctrl+F/H, so that a second press focuses the field again. */
  seq: number;
  /** The selected words, looked for at once (as in Word). */
  initial: string;
}

/** Where the find bar stands in the editors, in reading order (title, sapo, body). */
interface Position {
  total: number;
  /** 1-based, 0 when there is no current match. */
  current: number;
}

function positionOf(editors: Editor[]): Position {
  let total = 0;
  let current = 0;
  for (const editor of editors) {
    const state = findStateOf(editor.state);
    if (!state) continue;
    if (current === 0 && state.current >= 0) current = total + state.current + 1;
    total += state.matches.length;
  }
  return { total, current };
}

/** Runs `action` on an editor when no input method is composing in it; later if one is. */
function whenNotComposing(editor: Editor, action: () => void): void {
  if (editor.isDestroyed) return;
  if (editor.view.composing) setTimeout(() => whenNotComposing(editor, action), 100);
  else action();
}

/**
 * Find and replace over the article's title, sapo and body (Ctrl+F, Ctrl+H).
 * A search landmark above the page: Enter / Shift+Enter go to the next /
 * previous match, the count ("2/7") is read by screen readers, Escape
 * closes and puts the caret on the match shown (or back where it was).
 */
export function FindBar(props: {
  request: FindRequest;
  editors: Editor[];
  /** The editor the caret was in when the bar opened. */
  origin: () => Editor | null;
  readOnly: boolean;
  onClose: () => void;
}) {
  const { editors, request } = props;
  const [query, setQuery] = useState(request.initial);
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>(defaultFindOptions);
  const [showReplace, setShowReplace] = useState(request.replace);
  const [position, setPosition] = useState<Position>({ total: 0, current: 0 });
  const [message, setMessage] = useState('');
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const ids = useId();
  const editorsRef = useRef(editors);
  editorsRef.current = editors;

  // Ctrl+F / Ctrl+H again: focus (and show) the right field.
  useEffect(() => {
    if (request.replace) setShowReplace(true);
    if (request.initial) setQuery(request.initial);
    findInput.current?.focus();
    findInput.current?.select();
  }, [request]);

  // The query or an option changed: search every field; the first match shown is the one after the caret.
  useEffect(() => {
    const origin = props.origin();
    for (const editor of editorsRef.current) {
      whenNotComposing(editor, () => setFindQuery(editor.view, query, options, editor === origin ? undefined : -1));
    }
    setMessage('');
    // Nothing after the caret's field matched: the first match anywhere; then in view, as in Word.
    const found = positionOf(editorsRef.current);
    if (found.total > 0 && found.current === 0) show(0);
    else for (const editor of editorsRef.current) if ((findStateOf(editor.state)?.current ?? -1) >= 0) revealCurrentMatch(editor.view);
    // Searching again when only the caret's editor changed would move the current match.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, options]);

  // The count follows edits (each field searches again after a pause in typing).
  useEffect(() => {
    const update = () => {
      const next = positionOf(editorsRef.current);
      setPosition((old) => (old.total === next.total && old.current === next.current ? old : next));
    };
    for (const editor of editors) editor.on('transaction', update);
    update();
    return () => {
      for (const editor of editors) editor.off('transaction', update);
    };
  }, [editors]);

  // Closing (or leaving the article) takes the marks away: the plug-ins go back to costing nothing.
  useEffect(
    () => () => {
      for (const editor of editorsRef.current) whenNotComposing(editor, () => closeFind(editor.view));
    },
    [],
  );

  /** Shows match `n` (0-based over all fields, wrapping). */
  const show = (n: number) => {
    const { total } = positionOf(editors);
    if (total === 0) return;
    let index = ((n % total) + total) % total;
    for (const editor of editors) {
      const state = findStateOf(editor.state);
      if (!state) continue;
      const count = state.matches.length;
      const here = index >= 0 && index < count;
      if (here || state.current >= 0) {
        const at = here ? index : null;
        whenNotComposing(editor, () => {
          setCurrentMatch(editor.view, at);
          if (here) revealCurrentMatch(editor.view);
        });
      }
      index -= count;
    }
  };
  const step = (delta: number) => {
    const { current, total } = positionOf(editors);
    if (total === 0) return;
    show(current === 0 ? (delta > 0 ? 0 : total - 1) : current - 1 + delta);
  };

  const close = () => {
    const holder = editors.find((e) => (findStateOf(e.state)?.current ?? -1) >= 0);
    const target = holder ?? props.origin() ?? editors.at(-1);
    if (holder) whenNotComposing(holder, () => selectCurrentMatch(holder.view));
    props.onClose();
    target?.commands.focus();
  };

  const replaceOne = () => {
    if (props.readOnly) return setMessage(t.readOnly);
    const holder = editors.find((e) => (findStateOf(e.state)?.current ?? -1) >= 0);
    if (!holder) return step(1);
    whenNotComposing(holder, () => {
      replaceCurrentMatch(holder, replacement);
      revealCurrentMatch(holder.view);
    });
  };
  const replaceAll = () => {
    if (props.readOnly) return setMessage(t.readOnly);
    let n = 0;
    // One undo step per field; in the body, Ctrl+Z brings every replaced match back at once.
    for (const editor of editors) if (!editor.view.composing) n += replaceAllMatches(editor, replacement);
    setMessage(t.replaced(n));
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const status = query === '' ? '' : position.total === 0 ? t.none : t.count(position.current, position.total);
  const spoken = query === '' ? '' : position.total === 0 ? t.none : t.countSpoken(position.current, position.total);

  const toggle = (key: keyof FindOptions, label: string, hint?: string) => (
    <label className="find-option" title={hint}>
      <input
        type="checkbox"
        checked={options[key]}
        data-testid={`find-${key}`}
        onChange={(e) => setOptions({ ...options, [key]: e.target.checked })}
      />{' '}
      {label}
    </label>
  );

  return (
    <div className="find-bar" role="search" aria-label={t.label} data-testid="find-bar" onKeyDown={onKeyDown}>
      <div className="find-row">
        <button
          type="button"
          className="find-toggle"
          aria-expanded={showReplace}
          aria-controls={`${ids}-replace`}
          aria-label={t.toggleReplace}
          title={t.toggleReplace}
          onClick={() => setShowReplace(!showReplace)}
        >
          {showReplace ? '▾' : '▸'}
        </button>
        <input
          ref={findInput}
          type="search"
          className="find-input"
          aria-label={t.find}
          aria-describedby={`${ids}-count`}
          placeholder={t.findPlaceholder}
          data-testid="find-input"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.nativeEvent.isComposing || e.key !== 'Enter') return;
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          }}
        />
        <span id={`${ids}-count`} className="find-count" data-testid="find-count" aria-hidden="true">
          {status}
        </span>
        <button type="button" aria-label={t.previous} title={t.previous} data-testid="find-previous" disabled={position.total === 0} onClick={() => step(-1)}>
          ↑
        </button>
        <button type="button" aria-label={t.next} title={t.next} data-testid="find-next" disabled={position.total === 0} onClick={() => step(1)}>
          ↓
        </button>
        {toggle('ignoreAccents', t.ignoreAccents, t.ignoreAccentsHint)}
        {toggle('matchCase', t.matchCase)}
        {toggle('wholeWord', t.wholeWord)}
        <button type="button" className="find-close" aria-label={t.close} title={t.close} data-testid="find-close" onClick={close}>
          ×
        </button>
      </div>
      {showReplace && (
        <div className="find-row" id={`${ids}-replace`}>
          <input
            ref={replaceInput}
            className="find-input"
            aria-label={t.replace}
            placeholder={t.replacePlaceholder}
            data-testid="replace-input"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.nativeEvent.isComposing || e.key !== 'Enter') return;
              e.preventDefault();
              replaceOne();
            }}
          />
          <button type="button" title={t.replaceOneHint} data-testid="replace-one" disabled={position.total === 0} onClick={replaceOne}>
            {t.replaceOne}
          </button>
          <button type="button" title={t.replaceAllHint} data-testid="replace-all" disabled={position.total === 0} onClick={replaceAll}>
            {t.replaceAll}
          </button>
        </div>
      )}
      <span className="visually-hidden" role="status" aria-live="polite" data-testid="find-status">
        {message || spoken}
      </span>
    </div>
  );
}
