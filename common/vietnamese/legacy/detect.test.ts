import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LegacyEncoding } from './convert';
import { convertLegacy, convertRuns, detectEncoding, encodingOfFont } from './detect';
import { toTcvn3, toViqr, toVni } from './encode';
import { LETTERS, TCVN3_CAPITALS } from './tables';

const EVAL = join(__dirname, '../../../tests/spell-eval');

/** Every clean sentence of the spellchecker's evaluation sets (correct Unicode). */
function cleanSentences(): string[] {
  const files = [join(EVAL, 'clean.txt'), join(EVAL, 'base.txt')];
  for (const dir of readdirSync(EVAL)) if (dir.startsWith('unseen-')) files.push(join(EVAL, dir, 'clean.txt'));
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#')),
  );
}

const capitalCode = new Map(Object.entries(TCVN3_CAPITALS).map(([code, letter]) => [letter, code]));

/** What TCVN3 can keep: a toned capital is written with the lower-case code, except in all-capital words. */
function tcvn3Expectation(text: string): string {
  return text.replace(/\S+/g, (word) => {
    const letters = [...word].filter((c) => c.toLowerCase() !== c.toUpperCase());
    if (letters.length >= 2 && letters.every((c) => c === c.toUpperCase())) return word;
    const tonedCapital = (c: string) => c > '\u007f' && c !== c.toLowerCase() && !capitalCode.has(c) && LETTERS.includes(c.toLowerCase());
    return [...word].map((c) => (tonedCapital(c) ? c.toLowerCase() : c)).join('');
  });
}

describe('detection never converts correct Unicode', () => {
  const sentences = cleanSentences();

  it('leaves every clean evaluation sentence unchanged, one by one', () => {
    expect(sentences.length).toBeGreaterThan(1000);
    const changed = sentences.filter((s) => convertLegacy(s).text !== s);
    expect(changed).toEqual([]);
  });

  it('leaves the whole evaluation text unchanged, and calls it Unicode', () => {
    const all = sentences.join('\n');
    const result = convertLegacy(all);
    expect(result.converted).toBe(false);
    expect(result.detection.encoding).toBe('unicode');
  });

  it('composes decomposed Unicode (NFD) and reports it', () => {
    const nfd = sentences.slice(0, 20).join('\n').normalize('NFD');
    expect(detectEncoding(nfd).encoding).toBe('nfd');
    expect(convertLegacy(nfd).text).toBe(sentences.slice(0, 20).join('\n'));
  });
});

describe('detection finds the legacy encoding of the evaluation sentences', () => {
  const sentences = cleanSentences();
  const cases: [LegacyEncoding, (s: string) => string, (s: string) => string][] = [
    ['tcvn3', toTcvn3, tcvn3Expectation],
    ['vni', toVni, (s) => s],
    ['viqr', toViqr, (s) => s],
  ];

  for (const [encoding, encode, expected] of cases) {
    it(`${encoding}: the whole text, and nearly every sentence on its own`, () => {
      const whole = sentences.map(encode).join('\n');
      const result = convertLegacy(whole);
      expect(result.detection.encoding).toBe(encoding);
      expect(result.detection.confidence).toBeGreaterThan(0.9);
      expect(result.text).toBe(sentences.map(expected).join('\n'));

      const missed = sentences.filter((s) => encode(s) !== s && convertLegacy(encode(s)).text !== expected(s));
      // A one-word line may not give enough evidence; a real sentence does.
      expect(missed.length, missed.slice(0, 5).join('\n')).toBeLessThanOrEqual(sentences.length * 0.01);
    });
  }
});

describe('fonts and mixed runs', () => {
  it('knows the ABC and VNI font names', () => {
    expect(encodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(encodingOfFont('".VnTimeH", serif')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(encodingOfFont("'VNI-Times'")).toEqual({ encoding: 'vni', capitals: false });
    expect(encodingOfFont('Times New Roman')).toBeNull();
  });

  it('converts a font-named run even when its words alone would not decide', () => {
    expect(convertLegacy('c¸', { font: '.VnTime' }).text).toBe('cá');
    expect(convertLegacy('c¸').converted).toBe(false);
  });

  it('converts each run of a mixed document on its own', () => {
    const runs = [
      { text: 'Héi nghÞ tæng kÕt c«ng t¸c n¨m 2024', font: '.VnTime' },
      { text: 'Phó Chủ tịch UBND huyện phát biểu', font: 'Times New Roman' },
      { text: 'Hoäi nghò ñaïi bieåu', font: 'VNI-Times' },
      { text: 'tæng kÕt c«ng t¸c vµ triÓn khai nhiÖm vô n¨m 2025', font: null },
      { text: 'Sáng nay, bà con rất vui', font: null },
    ];
    const result = convertRuns(runs);
    expect(result.texts).toEqual([
      'Hội nghị tổng kết công tác năm 2024',
      'Phó Chủ tịch UBND huyện phát biểu',
      'Hội nghị đại biểu',
      'tổng kết công tác và triển khai nhiệm vụ năm 2025',
      'Sáng nay, bà con rất vui',
    ]);
    expect(result.converted).toBe(3);
  });
});
