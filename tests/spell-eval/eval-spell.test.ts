import { describe, expect, it } from 'vitest';
import type { Issue } from '../../common/vietnamese/index';
import { loadEvalSet, unseenBatches } from '../../electron/cli/eval-data';
import { score, summarize } from './eval-spell';

describe('evaluation set', () => {
  it('has at least 300 error sentences and at least as many clean ones', () => {
    const set = loadEvalSet('tests/spell-eval');
    expect(set.errors.length).toBeGreaterThanOrEqual(300);
    expect(set.clean.length).toBeGreaterThanOrEqual(set.errors.length);
    for (const e of set.errors) expect(e.sentence.slice(e.start, e.end).length).toBeGreaterThan(0);
    expect(new Set(set.errors.map((e) => e.kind)).size).toBeGreaterThanOrEqual(10);
  });
});

describe('unseen batches', () => {
  it('are found beside the main set, in order, each with errors and clean sentences', () => {
    const batches = unseenBatches('tests/spell-eval');
    expect(batches[0]?.name).toBe('unseen-1');
    for (const { set } of batches) {
      expect(set.errors.length).toBeGreaterThanOrEqual(80);
      expect(set.clean.length).toBeGreaterThanOrEqual(100);
      expect(set.clean.some((c) => c.sentence.startsWith('#'))).toBe(false);
    }
  });
});

describe('scoring', () => {
  const sentence = 'Huyện có chủ chương mới.';
  const start = sentence.indexOf('chương');
  const error = { kind: 'context', sentence, start, end: start + 6, correction: 'trương', heldOut: false };
  const issue = (suggestions: string[]): Issue => ({ start, end: start + 6, text: 'chương', kind: 'context', suggestions, message: '' });

  it('counts a detection, and a correction by the rank of the right suggestion', () => {
    const s = score(() => [issue(['chướng', 'trương'])], [], [error]);
    expect(s).toMatchObject({ detected: 1, top1: 0, top3: 1 });
    expect(summarize(score(() => [issue(['trương'])], [], [error]))).toMatchObject({ recallPercent: 100, top1Percent: 100 });
  });

  it('counts issues on clean sentences as false alarms per 1,000 syllables', () => {
    const s = summarize(score((t) => (t.startsWith('Xã') ? [issue(['x'])] : []), ['Xã có năm thôn.', 'Huyện có mười xã.'], []));
    expect(s.falseAlarms).toBe(1);
    expect(s.falseAlarmsPer1000).toBe(125);
  });

  it('misses an error that no issue overlaps', () => {
    expect(score(() => [], [], [error]).detected).toBe(0);
  });
});
