import { useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import { META_MAP, metaKeys } from '../../../common/article/layout';
import { spellIssuesIn } from '../../editor/extensions/spellcheck/spellcheck';
import { vi } from '../../i18n/vi';
import { ModalDialog } from '../../ui/ModalDialog';
import { checkArticle, type ArticleJson, type Finding } from './check';
import { missingParts, type MissingPart } from './required-parts';
import './a11y-check.css';

const t = vi.a11y.check;
const req = vi.media.required;

function missingText(part: MissingPart): string {
  switch (part.code) {
    case 'video':
      return req.video;
    case 'photos':
      return req.photos(part.have, part.need);
    case 'infographic':
      return req.infographic;
    case 'infographic-alt':
      return req.infographicAlt(part.index);
  }
}
const SPELLING_SHOWN = 15;

export interface PreSendEditors {
  title: Editor | null;
  sapo: Editor | null;
  body: Editor | null;
}

/** The accessibility findings of the open article (also used by tests and the docs' examples). */
export function findingsOf(doc: Y.Doc, body: Editor): Finding[] {
  const meta = doc.getMap<unknown>(META_MAP);
  const featured = meta.get(metaKeys.featuredImage) as { caption?: string } | null | undefined;
  return checkArticle({
    body: body.getJSON() as ArticleJson,
    kind: typeof meta.get(metaKeys.kind) === 'string' ? (meta.get(metaKeys.kind) as string) : undefined,
    featuredImage: featured ? { caption: featured.caption ?? '' } : null,
  });
}

/** The parts the article's kind requires that it lacks (docs/media.md). */
export function missingOf(doc: Y.Doc, body: Editor): MissingPart[] {
  const kind = doc.getMap<unknown>(META_MAP).get(metaKeys.kind);
  return missingParts(body.getJSON() as ArticleJson, typeof kind === 'string' ? kind : undefined);
}

/**
 * Before "Gửi duyệt" and "Gửi lên cổng": the parts the article's kind
 * requires and lacks (it cannot go until they are there), the spellcheck findings and the
 * accessibility findings, each with a way to fix it. Nothing found: no
 * dialog, the article goes. Gives a function that resolves to "send".
 */
export function usePreSendCheck(doc: Y.Doc, editors: PreSendEditors, onFeaturedCaption: () => void) {
  const [pending, setPending] = useState<((send: boolean) => void) | null>(null);
  const [round, setRound] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  /**
   * A fix from the dialog removes its row, and the focus with it: it goes on
   * to the next finding's first control, or to "Gửi" once nothing is left.
   */
  const fixed = () => {
    setRound((n) => n + 1);
    requestAnimationFrame(() => {
      const root = list.current;
      if (!root || root.contains(document.activeElement)) return;
      const next = root.querySelector<HTMLElement>('.check-list li :is(input, button)') ?? root.querySelector<HTMLElement>('[data-testid="pre-send-anyway"]');
      next?.focus();
    });
  };

  const spelling = useMemo(() => {
    void round;
    if (!pending) return [];
    return (['title', 'sapo', 'body'] as const).flatMap((field) => {
      const editor = editors[field];
      return editor ? spellIssuesIn(editor.state).map((found) => ({ ...found, editor, field })) : [];
    });
  }, [pending, round, editors]);
  const findings = useMemo(() => {
    void round;
    return pending && editors.body ? findingsOf(doc, editors.body) : [];
  }, [pending, round, doc, editors.body]);
  const missing = useMemo(() => {
    void round;
    return pending && editors.body ? missingOf(doc, editors.body) : [];
  }, [pending, round, doc, editors.body]);

  const check = (): Promise<boolean> => {
    const body = editors.body;
    if (!body) return Promise.resolve(true);
    const anything =
      missingOf(doc, body).length > 0 ||
      findingsOf(doc, body).length > 0 || [editors.title, editors.sapo, body].some((e) => e && spellIssuesIn(e.state).length > 0);
    if (!anything) return Promise.resolve(true);
    return new Promise((resolve) => setPending(() => resolve));
  };

  const finish = (send: boolean) => {
    pending?.(send);
    setPending(null);
  };
  /** Leave the dialog with the caret where the part is, or where it can be inserted; an infographic's alt field gets the focus. */
  const goToPart = (editor: Editor, part: MissingPart) => {
    if (part.code !== 'infographic-alt') return goTo(editor, part.pos);
    finish(false);
    setTimeout(() => {
      // Not the editor's focus(): it takes the focus back a frame later, away from the field.
      editor.commands.setTextSelection(part.pos + 2);
      const dom = editor.view.nodeDOM(part.pos);
      const field = dom instanceof HTMLElement ? dom.querySelector<HTMLElement>('[data-testid="infographic-alt"]') : null;
      field?.scrollIntoView({ block: 'center' });
      field?.focus();
    }, 0);
  };
  /** Leave the dialog (not sending) with the caret on the problem. */
  const goTo = (editor: Editor, from: number, to = from) => {
    finish(false);
    setTimeout(() => editor.chain().focus().setTextSelection({ from, to }).scrollIntoView().run(), 0);
  };

  const element = pending && editors.body && (
    <ModalDialog title={t.title} onClose={() => finish(false)} testId="pre-send-check" className="pre-send-check">
      <div ref={list}>
        {missing.length > 0 && (
          <section aria-label={req.heading(missing.length)} className="check-required">
            <h3>{req.heading(missing.length)}</h3>
            <p>{req.intro}</p>
            <ul className="check-list" data-testid="missing-parts">
              {missing.map((part) => (
                <li key={`${part.code}-${part.pos}`} data-code={part.code}>
                  <span>{missingText(part)}</span>
                  <button type="button" data-testid={`go-missing-${part.code}`} onClick={() => goToPart(editors.body!, part)}>
                    {req.goTo}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <p>{t.intro}</p>
        {findings.length > 0 && (
          <section aria-label={t.a11yHeading(findings.length)}>
            <h3>{t.a11yHeading(findings.length)}</h3>
            <ul className="check-list" data-testid="a11y-findings">
              {findings.map((finding) => (
                <FindingRow
                  key={`${finding.code}-${finding.pos}`}
                  finding={finding}
                  body={editors.body!}
                  onChanged={fixed}
                  goTo={goTo}
                  onFeaturedCaption={() => {
                    finish(false);
                    onFeaturedCaption();
                  }}
                />
              ))}
            </ul>
          </section>
        )}
        {spelling.length > 0 && (
          <section aria-label={t.spellingHeading(spelling.length)}>
            <h3>{t.spellingHeading(spelling.length)}</h3>
            <ul className="check-list" data-testid="spell-findings">
              {spelling.slice(0, SPELLING_SHOWN).map((s) => (
                <li key={`${s.field}-${s.from}`}>
                  <span>{t.spelling(s.issue.text, s.issue.message)}</span>
                  <button type="button" onClick={() => goTo(s.editor, s.from, s.to)}>
                    {t.goTo}
                  </button>
                </li>
              ))}
            </ul>
            {spelling.length > SPELLING_SHOWN && <p className="muted">{t.more(spelling.length - SPELLING_SHOWN)}</p>}
          </section>
        )}
        {missing.length === 0 && findings.length === 0 && spelling.length === 0 && <p role="status">{t.none}</p>}
        <div className="modal-buttons">
          <button type="button" onClick={() => finish(false)} data-testid="pre-send-back">
            {t.back}
          </button>
          {missing.length === 0 && (
            <button type="button" className="primary" onClick={() => finish(true)} data-testid="pre-send-anyway">
              {findings.length === 0 && spelling.length === 0 ? t.send : t.sendAnyway}
            </button>
          )}
        </div>
      </div>
    </ModalDialog>
  );

  return { check, element };
}

function FindingRow(props: {
  finding: Finding;
  body: Editor;
  onChanged: () => void;
  goTo: (editor: Editor, from: number, to?: number) => void;
  onFeaturedCaption: () => void;
}) {
  const { finding, body } = props;
  const issues = t.issues;
  const [alt, setAlt] = useState('');
  const setAttr = (name: string, value: unknown) => {
    body.view.dispatch(body.state.tr.setNodeAttribute(finding.pos, name, value));
    props.onChanged();
  };
  const goButton = (from: number, to?: number) => (
    <button type="button" onClick={() => props.goTo(body, from, to)}>
      {t.goTo}
    </button>
  );

  switch (finding.code) {
    case 'image-alt':
      return (
        <li data-code={finding.code}>
          <span>{issues['image-alt'].message(finding.index)}</span>
          <span className="muted">{issues['image-alt'].fix}</span>
          <form
            className="check-fix"
            onSubmit={(e) => {
              e.preventDefault();
              if (alt.trim()) setAttr('alt', alt.trim().normalize('NFC'));
            }}
          >
            <input aria-label={t.altLabel} value={alt} onChange={(e) => setAlt(e.target.value)} data-testid="fix-alt-input" />
            <button type="submit" data-testid="fix-alt-save">
              {t.save}
            </button>
          </form>
        </li>
      );
    case 'featured-alt':
      return (
        <li data-code={finding.code}>
          <span>{issues['featured-alt'].message()}</span>
          <span className="muted">{issues['featured-alt'].fix}</span>
          <button type="button" onClick={props.onFeaturedCaption}>
            {t.goTo}
          </button>
        </li>
      );
    case 'heading-skip':
      return (
        <li data-code={finding.code}>
          <span>{issues['heading-skip'].message(finding.from, finding.to)}</span>
          <span className="check-fix">
            <button type="button" onClick={() => setAttr('level', finding.fixLevel)} data-testid="fix-heading">
              {issues['heading-skip'].fix(finding.fixLevel)}
            </button>
            {goButton(finding.pos + 1)}
          </span>
        </li>
      );
    case 'link-text':
    case 'color-only':
      return (
        <li data-code={finding.code}>
          <span>{issues[finding.code].message(finding.text)}</span>
          <span className="muted">{issues[finding.code].fix}</span>
          {goButton(finding.pos, finding.end)}
        </li>
      );
    case 'table-header':
      return (
        <li data-code={finding.code}>
          <span>{issues['table-header'].message(finding.index)}</span>
          <span className="check-fix">
            <button
              type="button"
              data-testid="fix-table-header"
              onClick={() => {
                // Inside the first cell's paragraph: table, row, cell, paragraph.
                body.chain().setTextSelection(finding.pos + 4).toggleHeaderRow().run();
                props.onChanged();
              }}
            >
              {issues['table-header'].fix}
            </button>
            {goButton(finding.pos + 4)}
          </span>
        </li>
      );
    case 'infographic-text':
      return (
        <li data-code={finding.code}>
          <span>{issues['infographic-text'].message()}</span>
          <span className="muted">{issues['infographic-text'].fix}</span>
          {goButton(finding.pos)}
        </li>
      );
  }
}
