import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_FILE, detokenize, loadRealCorpus, REAL_INJECTORS, REAL_KINDS } from './real-corpus';

describe('real-text evaluation set', () => {
  it('undoes the treebank tokenisation', () => {
    expect(detokenize('Anh nói : " Coi bộ nhỏ nhưng quan trọng lắm ! "')).toBe('Anh nói: "Coi bộ nhỏ nhưng quan trọng lắm!"');
    expect(detokenize('Giá tăng 5 % ( so với năm ngoái ) .')).toBe('Giá tăng 5% (so với năm ngoái).');
  });

  it('is skipped, not failed, when the corpus is absent', () => {
    expect(loadRealCorpus(mkdtempSync(join(tmpdir(), 'no-corpus-')))).toBeNull();
  });

  it('splits by blocks of 20 sentences and puts exactly one error, reproducibly, into each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    const sentences = Array.from({ length: 60 }, (_, i) => `# text = Câu thứ ${i} nói về việc trồng lúa , chăn nuôi và học tập của người dân trong xã .`);
    writeFileSync(join(dir, CORPUS_FILE), sentences.map((s) => `${s}\n1\tx\n`).join('\n'));
    const a = loadRealCorpus(dir)!;
    const b = loadRealCorpus(dir)!;
    expect(a.dev.clean).toHaveLength(40);
    expect(a.test.clean).toHaveLength(20);
    expect(a.dev.clean[20]).toContain('Câu thứ 40 ');
    expect(a.dev.errors).toEqual(b.dev.errors);
    for (const e of a.dev.errors) {
      const clean = a.dev.clean.find((c) => c.slice(0, e.start) === e.sentence.slice(0, e.start))!;
      expect(clean.slice(e.start, e.start + e.correction.length)).toBe(e.correction);
      expect(e.sentence.slice(e.start, e.end)).not.toBe(e.correction);
    }
    expect(new Set(a.dev.errors.map((e) => e.kind)).size).toBeGreaterThan(5);
  });

  it('makes the errors each class names', () => {
    expect(REAL_KINDS).toHaveLength(12);
    expect(REAL_INJECTORS['i-y']!('bị')).toBe('bỵ');
    expect(REAL_INJECTORS['i-y']!('lý')).toBeNull();
    expect(REAL_INJECTORS['uy-ui']!('thủy')).toBe('thủi');
    expect(REAL_INJECTORS['c-t-final']!('các')).toBe('cát');
    expect(REAL_INJECTORS['ch-tr']!('chủ')).toBe('trủ');
  });
});
