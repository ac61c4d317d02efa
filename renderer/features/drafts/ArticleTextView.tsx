import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { foldedQueryWords, markMatches, wordPattern } from '../../../common/article/highlight';
import { vi } from '../../i18n/vi';
import type { ArticlePreview, PreviewBlock } from './article-text';

const t = vi.drafts;

/** What a search found: its words are marked, and the view scrolls to the first hit in `field`. */
export interface PreviewHighlight {
  query: string;
  field: 'title' | 'sapo' | 'byline' | 'body';
}

/**
 * A read-only rendering of an article: headings, lists, quotes and tables as
 * they are. Built as React elements from plain text, so nothing in the
 * document can inject markup.
 */
export function ArticleTextView({ text, testId, highlight }: { text: ArticlePreview; testId: string; highlight?: PreviewHighlight }) {
  const root = useRef<HTMLElement>(null);
  const query = highlight?.query ?? '';
  const pattern = useMemo(() => (query.trim() ? wordPattern(foldedQueryWords(query)) : null), [query]);
  const mark = (value: string): ReactNode =>
    pattern ? markMatches(value, pattern).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text)) : value;

  useEffect(() => {
    const container = root.current;
    if (!container || !highlight) return;
    const target =
      container.querySelector(`[data-part="${highlight.field}"] mark`) ?? container.querySelector('mark');
    if (!(target instanceof HTMLElement)) return;
    target.classList.add('drafts-hit-current');
    // Scroll the preview box only (not the page), to put the passage a third of the way down.
    const offset = target.getBoundingClientRect().top - container.getBoundingClientRect().top;
    container.scrollTop += offset - container.clientHeight / 3;
  }, [highlight, text]);

  return (
    <article ref={root} className="drafts-text" data-testid={testId} aria-label={t.readOnly} tabIndex={0}>
      <h2 data-part="title">{mark(text.title) || t.untitled}</h2>
      {text.byline && (
        <p className="drafts-text-byline" data-part="byline">
          {mark(text.byline)}
        </p>
      )}
      {text.sapo && (
        <p className="drafts-text-sapo" data-part="sapo">
          {mark(text.sapo)}
        </p>
      )}
      <div data-part="body">
        {text.blocks.length > 0 ? <Blocks blocks={text.blocks} mark={mark} /> : <p className="muted">{t.emptyBody}</p>}
      </div>
    </article>
  );
}

function Blocks({ blocks, mark }: { blocks: PreviewBlock[]; mark: (text: string) => ReactNode }) {
  return <>{blocks.map((b, i) => <Block key={i} block={b} mark={mark} />)}</>;
}

function Block({ block, mark }: { block: PreviewBlock; mark: (text: string) => ReactNode }) {
  switch (block.type) {
    case 'paragraph':
      return <p>{mark(block.text)}</p>;
    case 'heading': {
      // The article's own title is the h2 above: its headings sit one level below.
      const Tag = (['h3', 'h4', 'h5'] as const)[block.level - 2]!;
      return <Tag className="drafts-text-heading">{mark(block.text)}</Tag>;
    }
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, i) => (
            <li key={i}>
              <Blocks blocks={item} mark={mark} />
            </li>
          ))}
        </List>
      );
    }
    case 'quote':
      return (
        <blockquote>
          <Blocks blocks={block.blocks} mark={mark} />
        </blockquote>
      );
    case 'table':
      return (
        <div className="drafts-text-table">
          <table>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.cells.map((cell, c) => {
                    const Cell = cell.header ? 'th' : 'td';
                    return (
                      <Cell key={c} colSpan={cell.colspan} rowSpan={cell.rowspan}>
                        <Blocks blocks={cell.blocks} mark={mark} />
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'figure':
      return (
        <p className="drafts-text-figure">
          <span className="muted">[{t.picture}]</span> {block.caption && mark(block.caption)}
        </p>
      );
    case 'rule':
      return <hr />;
  }
}
