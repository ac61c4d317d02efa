import type { ImportedFile } from '../../../common/api/import.api';
import { convertBytes, isLegacy } from '../../../common/vietnamese/legacy';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A .txt → a new article: bytes decoded (UTF-8, UTF-16, or Windows "ANSI"
 * for TCVN3/VNI files), legacy text converted when detected, the first
 * non-empty line as the title and one paragraph per line.
 */
export function readTextFile(fileName: string, bytes: Uint8Array): ImportedFile {
  const result = convertBytes(bytes);
  const lines = result.text.split(/\r\n|\r|\n/).map((l) => l.trim());
  const first = lines.findIndex((l) => l !== '');
  const title = first >= 0 ? lines[first]! : '';
  const body = lines.slice(first + 1).filter((l) => l !== '');
  return {
    kind: 'txt',
    fileName,
    title,
    sapo: '',
    html: body.map((l) => `<p>${escapeHtml(l)}</p>`).join(''),
    pictures: [],
    importId: null,
    notes: [],
    legacy: result.converted && isLegacy(result.detection.encoding) ? { encoding: result.detection.encoding, runs: body.length + 1 } : null,
    skippedImages: 0,
  };
}
