import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntries } from '../../lexicon';
import { LEXICON_BLOCKS } from './index';

const folder = __dirname;
const blockFiles = readdirSync(folder).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts')).sort();

async function blocksByFile(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of blockFiles) out.set(f, ((await import(join(folder, f))) as { default: string }).default);
  return out;
}

describe('the curated lexicon files', () => {
  it('are named by domain (not by editing pass or by kind) and all are in LEXICON_BLOCKS, once', async () => {
    for (const f of blockFiles) expect(f, 'a file named by editing pass').not.toMatch(/\d|pass|domains|vocabulary|everyday/);
    // Kinds of entry (one syllable, phrase, compound, spelling) are formats inside the domain files, not files.
    for (const f of blockFiles) expect(f, 'a file named by kind').not.toMatch(/^(general|compounds?|phrases?|news-words|single|spelling)\.ts$/);
    const files = await blocksByFile();
    expect(LEXICON_BLOCKS.length).toBe(files.size);
    for (const [f, block] of files) expect(LEXICON_BLOCKS.filter((b) => b === block).length, f).toBe(1);
  });

  it('hold no entry twice, within a file or across files', async () => {
    const where = new Map<string, string[]>();
    for (const [f, block] of await blocksByFile()) {
      for (const entry of parseEntries(block)) {
        const key = entry.normalize('NFC').toLowerCase();
        where.set(key, [...(where.get(key) ?? []), f]);
      }
    }
    const duplicates = [...where].filter(([, files]) => files.length > 1).map(([entry, files]) => `${entry}: ${files.join(', ')}`);
    expect(duplicates).toEqual([]);
    expect(where.size).toBeGreaterThan(9000);
  });
});
