import type { ArticleText } from '../../../common/api/drafts.api';
import { vi } from '../../i18n/vi';

const t = vi.drafts;

/** A plain, read-only rendering of an article's text. */
export function ArticleTextView({ text, testId }: { text: ArticleText; testId: string }) {
  return (
    <article className="drafts-text" data-testid={testId} aria-label={t.readOnly}>
      <h2>{text.title || t.untitled}</h2>
      {text.byline && <p className="drafts-text-byline">{text.byline}</p>}
      {text.sapo && <p className="drafts-text-sapo">{text.sapo}</p>}
      {text.body ? text.body.split('\n').map((line, i) => <p key={i}>{line}</p>) : <p className="muted">{t.emptyBody}</p>}
    </article>
  );
}
