import { ArticleVideos, InsertMediaMenu, MediaStatus } from './media-videos';
import { choosePhotos } from './media-photos';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import { EditorContent, useEditor } from '@tiptap/react';
import { Placeholder } from '@tiptap/extensions';
import { BODY_FRAGMENT, META_MAP, SAPO_FRAGMENT, TITLE_FRAGMENT } from '../../../common/article/layout';
import { bodyExtensions, lineExtensions } from '../../editor/extensions';
import { Spellcheck } from '../../editor/extensions/spellcheck/spellcheck';
import { SpellMenu } from '../spellcheck/SpellMenu';
import { useSpellcheck } from '../spellcheck/use-spellcheck';
import { StatusActions } from '../review/StatusActions';
import { ReturnNote } from '../review/ReturnNote';
import { ReviewPane } from '../review/ReviewPane';
import { ReviewController } from '../review/review-controller';
import { CommentButton, commentsExtension, ReviewContextMenu, setSuggestingIn, SuggestButton, suggestionOptions } from '../review/review-setup';
import { mayDecideSuggestions, SuggestionPopover } from '../review/SuggestionCard';
import { useCurrentReviewer } from '../review/current-reviewer';
import { errorMessage, vi } from '../../i18n/vi';
import type { ArticleSession } from './article-session';
import { RemoteCursors } from '../newsroom/remote-cursors';
import { ExportMenu } from './ExportMenu';
import { ArticleImages } from './image-store';
import { MetaPanel } from './MetaPanel';
import { SaveStatus } from './SaveStatus';
import type { SaveStateStore } from './save-state-store';
import { Toolbar } from './Toolbar';
import { useCounts } from './counts';
import { LengthCounter } from './LengthCounter';
import { WordTargetBar } from './WordTargetBar';
import { SaveAsTemplateDialog } from '../templates/SaveAsTemplate';
import { TITLE_HINT_KEY } from '../../../common/article/templates';
import { ConvertMenu, LegacyNotice } from '../import/LegacyControls';
import { takeImportNotice } from '../import/client-services';
import type { LegacyConversionNotice } from '../../editor/paste/legacy-paste';
import { PrintPreview } from './PrintPreview';
import { usePreSendCheck } from '../a11y-check/PreSendCheck';
import { TableExit } from '../../editor/extensions/table-exit/table-exit';
import { Icon } from '../../ui/icons';
import { openShortcuts } from '../../ui/shortcuts';
import { FindReplace } from '../../editor/extensions/find-replace/find-replace';
import { focusNow } from '../../editor/focus-now';
import { FindBar, type FindRequest } from './FindBar';
import { SaveVersionDialog } from './SaveVersionDialog';
import { useDeskKeys } from './use-desk-keys';
import './editor.css';

const f = vi.editor.fields;
/**
 * The browser's own checker knows no Vietnamese (every word would be
 * underlined) and re-checks a long article on every change; Tòa Soạn has its
 * own checker for that.
 */
const noBrowserSpellcheck = { spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off' };

export interface ArticleEditorProps {
  session: ArticleSession;
  saveState: SaveStateStore;
  categories: string[];
}

/** Title, sapo and body on the article's Y.Doc, the meta panel, the toolbar and the status bar. */
export function ArticleEditor({ session, saveState, categories }: ArticleEditorProps) {
  const { doc } = session;
  const readOnly = session.readOnly !== null;
  const images = useMemo(() => new ArticleImages(session.articleId), [session.articleId]);
  useEffect(() => () => images.dispose(), [images]);
  const videos = useMemo(() => new ArticleVideos(session.articleId, images), [session.articleId, images]);
  useEffect(() => () => videos.dispose(), [videos]);
  const [imageError, setImageError] = useState<string | null>(null);
  const [bodyEditor, setBodyEditor] = useState<Editor | null>(null);
  const [legacyNotice, setLegacyNotice] = useState<{ message: string; undo?: () => void } | null>(() => {
    const opened = takeImportNotice(session.articleId);
    return opened ? { message: opened } : null;
  });
  const focused = useMemo(() => ({ current: null as Editor | null }), []);
  /** Pasted TCVN3/VNI text was converted: say so, with an undo of the conversion (the paste stays). */
  const legacyPasted = (target: () => Editor | null) => (notice: LegacyConversionNotice) =>
    setLegacyNotice({
      message: vi.importing.pasteConverted(vi.importing.encodings[notice.encoding]),
      undo: () => {
        target()?.chain().focus().undo().run();
        setLegacyNotice(null);
      },
    });

  const insertImages = (editor: Editor | null, files: File[]) => {
    if (!editor) return;
    setImageError(null);
    void (async () => {
      for (const file of files) {
        try {
          const info = await images.add(file);
          editor.chain().focus().insertFigure({ imageId: info.imageId }).run();
        } catch (error) {
          setImageError(vi.editor.images.failed(errorMessage(error)));
        }
      }
    })();
  };

  const spell = useSpellcheck(doc);
  const spellcheck = () => Spellcheck.configure({ checker: spell.checker, onOpen: (target, editor) => spell.open(editor, target) });

  const bodyRef = useMemo(() => ({ current: null as Editor | null }), []);
  const review = useMemo(() => new ReviewController(), []);
  const reviewer = useCurrentReviewer();
  const reviewerRef = useRef(reviewer);
  reviewerRef.current = reviewer;
  const sapoRef = useMemo(() => ({ current: null as Editor | null }), []);
  const titleRef = useMemo(() => ({ current: null as Editor | null }), []);
  const common = { shouldRerenderOnTransaction: false, immediatelyRender: true, editable: !readOnly } as const;
  const title = useEditor(
    {
      ...common,
      extensions: [
        ...lineExtensions({
          collaboration: { document: doc, field: TITLE_FRAGMENT },
          extra: [spellcheck(), FindReplace],
          onLegacyConverted: legacyPasted(() => titleRef.current),
          suggestions: suggestionOptions(review, () => reviewerRef.current, 'title', () => titleRef.current),
        }),
        // A template's title hint ("UBND xã … tổ chức …") while the title is empty.
        Placeholder.configure({ placeholder: () => titleHint(doc) || f.titlePlaceholder }),
      ],
      editorProps: {
        attributes: { class: 'editor-title', 'aria-label': f.title, 'aria-describedby': 'length-title', 'data-testid': 'editor-title', ...noBrowserSpellcheck },
        handleKeyDown: (_view, event) => moveOnEnter(event, () => sapoRef.current),
      },
    },
    [doc],
  );
  const sapo = useEditor(
    {
      ...common,
      extensions: [
        ...lineExtensions({
          collaboration: { document: doc, field: SAPO_FRAGMENT },
          extra: [spellcheck(), FindReplace],
          onLegacyConverted: legacyPasted(() => sapoRef.current),
          suggestions: suggestionOptions(review, () => reviewerRef.current, 'sapo', () => sapoRef.current),
        }),
        Placeholder.configure({ placeholder: f.sapoPlaceholder }),
      ],
      editorProps: {
        attributes: { class: 'editor-sapo', 'aria-label': f.sapo, 'aria-describedby': 'length-sapo', 'data-testid': 'editor-sapo', ...noBrowserSpellcheck },
        handleKeyDown: (_view, event) => moveOnEnter(event, () => bodyRef.current),
      },
    },
    [doc],
  );
  const body = useEditor(
    {
      ...common,
      extensions: bodyExtensions({
        collaboration: { document: doc, field: BODY_FRAGMENT },
        resolveImage: (id) => images.url(id),
        missingImageText: vi.editor.images.missing,
        importImage: (source) => images.importPasted(source),
        importingImageText: vi.editor.images.importing,
        importFailedImageText: vi.editor.images.importFailed,
        retryImageText: vi.editor.images.retry,
        lazyImages: true,
        onImageFiles: (files) => {
          insertImages(bodyRef.current, files);
          return true;
        },
        onLegacyConverted: legacyPasted(() => bodyRef.current),
        media: {
          resolveVideo: (hash) => videos.url(hash),
          texts: vi.media,
          embedCard: (p) => vi.media.embedCard(vi.media.providers[p] ?? p),
          storePoster: (frame) => videos.storePoster(frame),
          choosePoster: () => choosePhotos(images, false).then(([id]) => id ?? ''),
        },
        choosePhotos: () => choosePhotos(images),
        extra: [spellcheck(), FindReplace, TableExit, commentsExtension(doc, review, () => bodyRef.current), RemoteCursors.configure({ articleId: session.articleId })],
        suggestions: suggestionOptions(review, () => reviewerRef.current, 'body', () => bodyRef.current),
      }),
      editorProps: { attributes: { class: 'editor-body', 'aria-label': f.body, 'data-testid': 'editor-body', ...noBrowserSpellcheck } },
    },
    [doc],
  );
  bodyRef.current = body;
  sapoRef.current = sapo;
  titleRef.current = title;
  // One suggestion mode for the three fields (the toolbar toggle, Ctrl+Shift+E in any of them).
  review.setSuggesting = (on) => setSuggestingIn([titleRef.current, sapoRef.current, bodyRef.current], on);
  const fieldEditors = useMemo(() => (title && sapo && body ? { title, sapo, body } : null), [title, sapo, body]);
  useEffect(() => {
    const editors = [title, sapo, body].filter((e): e is Editor => e !== null);
    const handlers = editors.map((e) => () => (focused.current = e));
    editors.forEach((e, i) => e.on('focus', handlers[i]!));
    return () => editors.forEach((e, i) => e.off('focus', handlers[i]!));
  }, [title, sapo, body, focused]);
  useEffect(() => setBodyEditor(body), [body]);
  spell.register([title, sapo, body]);

  const counts = useCounts(sapo, body);
  const [printing, setPrinting] = useState(false);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const [templateSaved, setTemplateSaved] = useState<string | null>(null);
  const [findRequest, setFindRequest] = useState<FindRequest | null>(null);
  const [savingVersion, setSavingVersion] = useState(false);
  const [keysMessage, setKeysMessage] = useState<string | null>(null);
  useDeskKeys({
    save: () => (readOnly ? setKeysMessage(vi.keys.version.readOnly) : setSavingVersion(true)),
    print: () => setPrinting(true),
    find: (replace) => setFindRequest((old) => ({ replace, seq: (old?.seq ?? 0) + 1, initial: selectedWords(focused.current) })),
  });
  const [exportError, setExportError] = useState<string | null>(null);
  const [sideOpen, setSideOpen] = useState(false);
  const narrow = useMediaQuery(SIDE_AS_DRAWER);
  const layout = useRef<HTMLDivElement>(null);
  const side = useRef<HTMLDivElement>(null);
  const preSend = usePreSendCheck(doc, useMemo(() => ({ title, sapo, body }), [title, sapo, body]), () => {
    setSideOpen(true);
    setTimeout(() => side.current?.querySelector<HTMLElement>('[data-testid="meta-image-caption"]')?.focus(), 50);
  });

  // A new article opens with the caret in the title; one with a title, at the start of the body.
  // At once (focusNow), not with TipTap's focus command: that focuses again on the next animation
  // frame, which a busy or background window may give a second later, after the person (or a test)
  // has clicked into the body and started typing there; the rest of their typing then went into
  // the title (issue 24: two writers, runs "missing" from the body were in the title and sapo).
  useEffect(() => {
    if (!title || !body) return;
    if (title.isEmpty) focusNow(title, 'end');
    else focusNow(body, 'start');
    // Once, when the article opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [title !== null && body !== null]);

  /** F6 / Shift+F6: title, sapo, body, side panel, toolbar, round again. */
  const cycleRegions = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && sideOpen && narrow && !event.defaultPrevented) {
      // The drawer closes; the caret goes back to the body.
      setSideOpen(false);
      body?.commands.focus();
      return;
    }
    if (event.key !== 'F6' || event.ctrlKey || event.altKey || event.defaultPrevented) return;
    const root = layout.current;
    if (!root) return;
    event.preventDefault();
    const regions: Array<{ el: HTMLElement | null; focus: () => void }> = [
      ...[title, sapo, body].map((e) => ({ el: e?.view.dom ?? null, focus: () => e?.commands.focus() })),
      {
        el: side.current,
        focus: () => {
          // Beside the text (wide windows, or the drawer already open): at once, so a second F6 goes on from it.
          const target = !narrow || sideOpen ? firstFocusable(side.current) : null;
          if (target) {
            target.focus();
            return;
          }
          setSideOpen(true);
          // Once the drawer shows (narrow windows).
          requestAnimationFrame(() => firstFocusable(side.current)?.focus());
        },
      },
      {
        el: root.querySelector<HTMLElement>('[role="toolbar"]'),
        focus: () => root.querySelector<HTMLElement>('[role="toolbar"] [tabindex="0"]')?.focus(),
      },
    ];
    const active = document.activeElement;
    const at = regions.findIndex((r) => r.el?.contains(active));
    const n = regions.length;
    const next = regions[at < 0 ? (event.shiftKey ? n - 1 : 0) : (at + (event.shiftKey ? n - 1 : 1)) % n]!;
    if (next.el !== side.current) setSideOpen(false);
    next.focus();
  };
  const cycleRef = useRef(cycleRegions);
  cycleRef.current = cycleRegions;
  useEffect(() => {
    // On the window: F6 works wherever the focus is (status bar, a lost focus on <body>).
    const onKey = (event: KeyboardEvent) => cycleRef.current(event);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  /** The toolbar: above the text and the side panels on wide windows, in the text column when the panels are a drawer. */
  const bar = bodyEditor && (
    <div className="editor-bar">
      <Toolbar
        editor={bodyEditor}
        disabled={readOnly}
        onInsertImage={(file) => insertImages(bodyEditor, [file])}
        groups={[
          {
            id: 'media',
            label: vi.media.label,
            priority: 60,
            content: <InsertMediaMenu editor={bodyEditor} videos={videos} disabled={readOnly} choosePhotos={(multiple) => choosePhotos(images, multiple)} />,
          },
          {
            id: 'review',
            label: vi.a11y.toolbar.groups.review,
            priority: 70,
            content: (
              <>
                <CommentButton controller={review} reviewer={reviewer} disabled={readOnly} />
                <SuggestButton controller={review} reviewer={reviewer} disabled={readOnly} />
              </>
            ),
          },
          {
            id: 'convert',
            label: vi.a11y.toolbar.groups.convert,
            priority: 20,
            content: (
              <ConvertMenu
                editor={() => focused.current ?? bodyRef.current}
                disabled={readOnly}
                onDone={(message) => setLegacyNotice({ message })}
              />
            ),
          },
          {
            id: 'template',
            label: vi.writing.templates.saveAs,
            priority: 15,
            content: (
              <button type="button" className="tb-button" title={vi.writing.templates.saveAs} data-testid="tb-save-template" onClick={() => setSavingTemplate(true)}>
                {vi.writing.templates.saveAs}
              </button>
            ),
          },
          {
            id: 'export',
            label: vi.a11y.toolbar.groups.export,
            priority: 30,
            content: <ExportMenu doc={doc} images={images} onPrint={() => setPrinting(true)} onError={setExportError} />,
          },
          ...(narrow
            ? [
                {
                  id: 'side',
                  label: vi.a11y.toolbar.groups.side,
                  priority: 98,
                  content: (
                    <button
                      type="button"
                      className="tb-button side-toggle"
                      aria-expanded={sideOpen}
                      aria-controls="editor-side"
                      data-testid="side-toggle"
                      title={vi.a11y.toolbar.sidePanelHint}
                      onClick={() => {
                        setSideOpen(!sideOpen);
                        if (!sideOpen) requestAnimationFrame(() => firstFocusable(side.current)?.focus());
                      }}
                    >
                      {vi.a11y.toolbar.sidePanel}
                    </button>
                  ),
                },
              ]
            : []),
          {
            id: 'help',
            label: vi.a11y.toolbar.groups.help,
            priority: 10,
            content: (
              <>
                <button
                  type="button"
                  className="tb-button"
                  aria-label={vi.a11y.shortcuts.button}
                  title={vi.a11y.shortcuts.button}
                  data-testid="tb-shortcuts"
                  onClick={openShortcuts}
                >
                  <Icon name="keyboard" />
                </button>
              </>
            ),
          },
        ]}
      />
      <MediaStatus editor={bodyEditor} videos={videos} />
    </div>
  );

  return (
    <div
      ref={layout}
      className={sideOpen ? 'editor-layout with-review side-open' : 'editor-layout with-review'}
      data-testid="article-editor"
    >
      {!narrow && bar}
      <div className="editor-main">
        {readOnly && (
          <div className="banner banner-warning" role="status" data-testid="editor-read-only">
            {session.readOnly === 'trash' ? vi.editor.readOnlyTrash : vi.editor.readOnlyStorage}
          </div>
        )}
        {narrow && bar}
        {exportError && (
          <div className="banner banner-error" role="alert">
            {exportError}
          </div>
        )}
        {savingTemplate && (
          <SaveAsTemplateDialog
            doc={doc}
            onClose={() => setSavingTemplate(false)}
            onSaved={(message) => {
              setSavingTemplate(false);
              setTemplateSaved(message);
            }}
          />
        )}
        {templateSaved && (
          <div className="banner" role="status" data-testid="template-saved">
            {templateSaved}
            <button type="button" className="link-button" onClick={() => setTemplateSaved(null)}>
              {vi.writing.templates.cancel}
            </button>
          </div>
        )}
        {printing && <PrintPreview doc={doc} images={images} onClose={() => setPrinting(false)} />}
        {legacyNotice && (
          <LegacyNotice message={legacyNotice.message} onUndo={legacyNotice.undo} onDismiss={() => setLegacyNotice(null)} />
        )}
        <StatusActions articleId={session.articleId} disabled={readOnly} reviewer={reviewer} beforeSend={preSend.check} />
        {preSend.element}
        <ReturnNote doc={doc} />
        {imageError && (
          <div className="banner banner-error" role="alert">
            {imageError}
          </div>
        )}
        {keysMessage && (
          <div className="banner" role="status" data-testid="keys-message">
            {keysMessage}
          </div>
        )}
        {savingVersion && (
          <SaveVersionDialog session={session} onClose={() => setSavingVersion(false)} onSaved={setKeysMessage} />
        )}
        {findRequest && title && sapo && body && (
          <FindBar
            request={findRequest}
            editors={[title, sapo, body]}
            origin={() => focused.current ?? body}
            readOnly={readOnly}
            onClose={() => setFindRequest(null)}
          />
        )}
        <div className="editor-page">
          <EditorContent editor={title} />
          <LengthCounter editor={title} field="title" />
          <EditorContent editor={sapo} />
          <LengthCounter editor={sapo} field="sapo" />
          <EditorContent editor={body} />
        </div>
      </div>
      <div
        ref={side}
        id="editor-side"
        className="editor-side"
        data-testid="editor-side"
      >
        {bodyEditor && fieldEditors && (
          <ReviewPane articleId={session.articleId} doc={doc} editor={bodyEditor} fields={fieldEditors} controller={review} reviewer={reviewer} readOnly={readOnly} />
        )}
        <MetaPanel doc={doc} categories={categories} images={images} readOnly={readOnly} />
      </div>
      <SaveStatus store={saveState} counts={counts} onRetry={() => session.queue.retry()} extra={<WordTargetBar doc={doc} counts={counts} />} />
      <SpellMenu controller={spell} />
      <ReviewContextMenu controller={review} reviewer={reviewer} disabled={readOnly} />
      {fieldEditors && <SuggestionPopover controller={review} editors={fieldEditors} canDecide={mayDecideSuggestions(reviewer, readOnly)} />}
    </div>
  );
}

/** The words selected in an editor, to look for at once on Ctrl+F (one line, not too long), or ''. */
function selectedWords(editor: Editor | null): string {
  if (!editor) return '';
  const { from, to, empty } = editor.state.selection;
  if (empty) return '';
  const text = editor.state.doc.textBetween(from, to, '\n', ' ');
  return text.includes('\n') || text.length > 100 ? '' : text;
}

/** Where the side panels become a drawer (as in editor.css). */
const SIDE_AS_DRAWER = '(max-width: 1100px)';

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = () => setMatches(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

function firstFocusable(root: HTMLElement | null): HTMLElement | null {
  if (!root) return null;
  return (
    [...root.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex]:not([tabindex="-1"])')].find(
      (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
    ) ?? null
  );
}

/** Enter in the title goes to the sapo, in the sapo to the body (one-line fields cannot split). */
function moveOnEnter(event: KeyboardEvent, next: () => Editor | null): boolean {
  if (event.key !== 'Enter' || event.isComposing || event.shiftKey) return false;
  const target = next();
  if (!target) return false;
  // At once: keys typed right after Enter must land here (TipTap's focus
  // command would focus again a frame later and undo a caret move made meanwhile).
  focusNow(target, 'start');
  return true;
}

function titleHint(doc: Y.Doc): string {
  const hint = doc.getMap<unknown>(META_MAP).get(TITLE_HINT_KEY);
  return typeof hint === 'string' ? hint : '';
}
