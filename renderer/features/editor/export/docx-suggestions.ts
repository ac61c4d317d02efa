import { DeletedTextRun, InsertedTextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { parseSuggestionId } from '../../../editor/extensions/suggestions/suggestion-id';

/**
 * Pending suggested changes (đề xuất sửa) as Word tracked changes: text
 * under an insertion mark becomes <w:ins>, under a deletion mark <w:del>,
 * each with its author and time, so Word's Review tab can accept or reject
 * them. `null` for a run without a suggestion.
 */
export class DocxRevisions {
  private next = 1;

  run(marks: Map<string, unknown>, options: IRunOptions & { text: string }): ParagraphChild | null {
    const kind = marks.has('insertion') ? 'insertion' : marks.has('deletion') ? 'deletion' : null;
    if (!kind) return null;
    const info = parseSuggestionId((marks.get(kind) as { id?: unknown } | undefined)?.id);
    const change = { id: this.next++, author: info.author || '?', date: info.at || new Date(0).toISOString() };
    const text = options.text.replace(/\u200B/g, '');
    return kind === 'insertion' ? new InsertedTextRun({ ...options, text, ...change }) : new DeletedTextRun({ ...options, text, ...change });
  }
}
