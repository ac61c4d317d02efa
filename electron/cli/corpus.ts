/**
 * Reads a newsroom corpus from disk for `learnFromCorpus`: .txt and .md files
 * as UTF-8, .docx through mammoth's raw-text extraction. Node only.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import mammoth from 'mammoth';

export async function readCorpus(path: string): Promise<string[]> {
  const info = await stat(path);
  const files = info.isDirectory() ? await listFiles(path) : [path];
  const texts: string[] = [];
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    if (ext === '.docx') {
      const { value } = await mammoth.extractRawText({ path: file });
      texts.push(value);
    } else if (ext === '.txt' || ext === '.md') {
      texts.push(stripBom(await readFile(file, 'utf8')));
    }
  }
  return texts;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await listFiles(full));
    else out.push(full);
  }
  return out.sort();
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
