import { readFileSync } from 'node:fs';

/**
 * The spell benches' article: sentences drawn with a fixed seed from the eval's
 * clean text and one error sentence in four (about one slip per 80 words), in
 * paragraphs of about 100 words, until `words` words.
 */
export function buildSpellParagraphs(words: number): string[] {
  const clean = readFileSync('tests/spell-eval/clean.txt', 'utf8').split('\n').filter(Boolean);
  const errors = readFileSync('tests/spell-eval/errors.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[1]!);
  const pool = [...clean, ...errors.filter((_, i) => i % 4 === 0)];
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const paragraphs: string[] = [];
  let count = 0;
  let current: string[] = [];
  let currentWords = 0;
  while (count < words) {
    const s = pool[Math.floor(next() * pool.length)]!;
    const n = s.split(/\s+/).length;
    current.push(s);
    currentWords += n;
    count += n;
    if (currentWords >= 100) { paragraphs.push(current.join(' ')); current = []; currentWords = 0; }
  }
  if (current.length) paragraphs.push(current.join(' '));
  return paragraphs;
}
