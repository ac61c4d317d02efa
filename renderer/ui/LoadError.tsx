import { errorMessage, vi } from '../i18n/vi';

/** A failed load, said in Vietnamese, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div className="banner banner-error" role="alert">
      {errorMessage(error)} <button onClick={onRetry}>{vi.shell.retry}</button>
    </div>
  );
}
