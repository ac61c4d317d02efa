import { useEffect, useRef, useState } from 'react';
import { vi } from '../../i18n/vi';
import type { SpellcheckController } from './use-spellcheck';
import './spellcheck.css';

const t = vi.spellcheck;

/** Suggestions for one marked word: arrows to move, Enter to take, Escape to close. */
export function SpellMenu({ controller }: { controller: SpellcheckController }) {
  const target = controller.target;
  const menu = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!target) return;
    setError(null);
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onDown = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) controller.close();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [target, controller]);

  if (!target) return null;

  const onKeyDown = (event: React.KeyboardEvent) => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      controller.close();
      target.editor.commands.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (index + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
      buttons[next]?.focus();
    }
  };

  return (
    <div
      ref={menu}
      className="spell-menu"
      role="menu"
      aria-label={t.menuLabel}
      data-testid="spell-menu"
      style={{ left: target.left, top: target.top + 4 }}
      onKeyDown={onKeyDown}
    >
      <div className="spell-menu-message">{target.issue.message}</div>
      {target.issue.suggestions.length === 0 && <div className="spell-menu-empty">{t.noSuggestion}</div>}
      {target.issue.suggestions.slice(0, 6).map((suggestion) => (
        <button key={suggestion} type="button" role="menuitem" className="spell-suggestion" onClick={() => controller.apply(suggestion)}>
          {suggestion}
        </button>
      ))}
      <hr />
      <button
        type="button"
        role="menuitem"
        onClick={() => controller.addToDictionary().catch(() => setError(t.addFailed))}
      >
        {t.addToDictionary}
      </button>
      <button type="button" role="menuitem" data-testid="spell-ignore-once" onClick={() => controller.ignoreOnce()}>
        {t.ignoreOnce}
      </button>
      <button type="button" role="menuitem" data-testid="spell-ignore-article" onClick={() => controller.ignoreInArticle()}>
        {t.ignore}
      </button>
      {error && (
        <div role="alert" className="error-text">
          {error}
        </div>
      )}
    </div>
  );
}
