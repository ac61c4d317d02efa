/**
 * Checks a whole file paragraph by paragraph (one line = one paragraph), so
 * offsets are UTF-16 offsets into the file's text exactly as read.
 */
import type { Issue, VietnameseSpellchecker } from '../../common/vietnamese/index';

export function checkText(checker: VietnameseSpellchecker, text: string, ignore?: Iterable<string>): Issue[] {
  const session = checker.article(ignore);
  const issues: Issue[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const issue of session.checkParagraph(line)) {
      issues.push({ ...issue, start: issue.start + offset, end: issue.end + offset });
    }
    offset += line.length + 1;
  }
  return issues;
}

/** Line and column (1-based, UTF-16) of an offset, for the readable report. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

export function formatReport(file: string, text: string, issues: Issue[]): string {
  const lines = issues.map((i) => {
    const { line, column } = lineColumn(text, i.start);
    const hint = i.suggestions.length ? ` Gợi ý: ${i.suggestions.join(', ')}.` : '';
    return `${file}:${line}:${column}  «${i.text}»  ${i.message}${hint}`;
  });
  lines.push(issues.length === 0 ? 'Không tìm thấy lỗi chính tả.' : `Tìm thấy ${issues.length} lỗi có thể có.`);
  return lines.join('\n');
}
