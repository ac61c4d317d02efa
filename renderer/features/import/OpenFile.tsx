import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { errorMessage, vi } from '../../i18n/vi';
import './import.css';
import { clientImportServices, leaveImportNotice } from './client-services';
import { importArticle } from './import-article';

const t = vi.importing;
const ACCEPT = '.docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

/**
 * "Mở tệp Word…" and the drop target around the drafts list: a .docx or .txt
 * becomes a new article, then opens in the editor.
 */
export function useOpenFile(onOpened: (articleId: string) => void) {
  const [status, setStatus] = useState<{ busy: string | null; error: string | null }>({ busy: null, error: null });
  const open = async (file: File) => {
    performance.mark('toasoan:import-chosen');
    setStatus({ busy: t.open.opening(file.name), error: null });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { articleId, file: imported } = await importArticle({ name: file.name, bytes }, clientImportServices, t.open.notesHeading);
      if (imported.legacy) leaveImportNotice(articleId, t.open.converted(t.encodings[imported.legacy.encoding]));
      setStatus({ busy: null, error: null });
      onOpened(articleId);
    } catch (error) {
      setStatus({ busy: null, error: t.open.failed(file.name, errorMessage(error)) });
    }
  };
  const openFiles = (files: FileList | File[] | null) => {
    const list = Array.from(files ?? []);
    if (list.length === 0) return;
    if (list.length > 1) setStatus({ busy: null, error: t.open.tooMany });
    else void open(list[0]!);
  };
  return { status, openFiles };
}

export function OpenFileButton(props: { onFiles: (files: FileList | null) => void; disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" data-testid="open-file" title={t.open.title} disabled={props.disabled} onClick={() => input.current?.click()}>
        {t.open.button}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid="open-file-input"
        onChange={(event) => {
          props.onFiles(event.target.files);
          event.target.value = '';
        }}
      />
    </>
  );
}

/** The drafts list as a drop target for Word and text files. */
export function FileDropZone(props: { onFiles: (files: FileList | null) => void; children: ReactNode }) {
  const [over, setOver] = useState(false);
  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');
  return (
    <div
      className={over ? 'file-drop file-drop-over' : 'file-drop'}
      data-testid="file-drop"
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        props.onFiles(event.dataTransfer.files);
      }}
    >
      {over && <div className="file-drop-hint">{t.open.dropHint}</div>}
      {props.children}
    </div>
  );
}

export function OpenFileStatus(props: { busy: string | null; error: string | null }) {
  if (props.busy) return <p className="muted" role="status" data-testid="open-file-busy">{props.busy}</p>;
  if (props.error) return <p role="alert" className="error-text" data-testid="open-file-error">{props.error}</p>;
  return null;
}
