import { describe, expect, it } from 'vitest';
import { checkContiguity, type TypedRun } from './runs-check';

const run = (keys: string, text: string, before: TypedRun['before'] = null): TypedRun => ({ keys, text, before });
// A's runs; B's zb1 and zb4 start with End (B's caret placed where A may be typing), zb3 with Enter.
const A = [run('qa0', 'xã '), run('qa1', 'tổ '), run('qa2', 'biên ', 'End')];
const B = [run('zb0', 'Thạnh '), run('zb1', 'nghị ', 'End'), run('zb2', 'dân '), run('zb3', 'Ủy ', 'Enter'), run('zb4', 'được ', 'End')];

/** The runs reported broken in `text`. */
const broken = (text: string) => checkContiguity(text, [A, B]).broken;

/** `a` and `b` letter by letter: a[0] b[0] a[1] b[1] … */
const interleave = (a: string, b: string) => Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? '') + (b[i] ?? '')).join('');

describe('the two-writer contiguity check', () => {
  it('passes every run whole, in any order and paragraph', () => {
    expect(broken('qa0xã zb0Thạnh qa1tổ zb1nghị zb2dân qa2biên \nzb3Ủy zb4được ')).toEqual([]);
    expect(broken('zb0Thạnh zb1nghị qa0xã zb2dân \nzb3Ủy zb4được qa1tổ qa2biên ')).toEqual([]);
  });

  it("passes a run cut once by a whole burst of the other's that starts at a caret placement (End)", () => {
    // The fuzz's seed 8: B's End put B's caret right after A's "qa" while A kept typing.
    const result = checkContiguity('qa0xã zb0Thạnh qazb1nghị 1tổ zb2dân qa2biên \nzb3Ủy zb4được ', [A, B]);
    expect(result.broken).toEqual([]);
    expect(result.cuts).toEqual([{ run: 'qa1tổ ', at: 2, burst: ['zb1nghị '] }]);
    // The burst may hold the runs typed after the placement, an Enter among them as a paragraph break.
    expect(broken('qa0xã zb0Thạnh qa1tzb1nghị zb2dân ổ qa2biên \nzb3Ủy zb4được ')).toEqual([]);
    expect(broken('qa0xã zb0Thạnh qazb1nghị zb2dân \nzb3Ủy 1tổ qa2biên zb4được ')).toEqual([]);
    // A's run may cut B's the same way (A's qa2 starts with End: the fuzz's seed 3).
    expect(broken('qa0xã qa1tổ zbqa2biên 0Thạnh zb1nghị zb2dân \nzb3Ủy zb4được ')).toEqual([]);
  });

  it('passes a run cut twice by two different placements', () => {
    const result = checkContiguity('qa0xã qazb1nghị zb2dân 1tzb4được ổ zb0Thạnh qa2biên \nzb3Ủy ', [A, B]);
    expect(result.broken).toEqual([]);
    expect(result.cuts.map((cut) => cut.at)).toEqual([2, 4]);
  });

  it('fails letters interleaved one by one', () => {
    expect(broken(`qa0xã zb0Thạnh ${interleave('qa1tổ ', 'zb1nghị ')}zb2dân qa2biên \nzb3Ủy zb4được `)).toEqual(['qa1tổ ', 'zb1nghị ']);
    expect(broken(`${interleave('qa0xã ', 'zb0Thạnh ')}qa1tổ zb1nghị zb2dân qa2biên \nzb3Ủy zb4được `)).toEqual(['qa0xã ', 'zb0Thạnh ']);
  });

  it('fails a cut by a burst that does not start at a placement', () => {
    // zb0 and zb2 were typed where B's caret already was: no placement.
    expect(broken('qa0xzb0Thạnh ã qa1tổ zb1nghị zb2dân qa2biên \nzb3Ủy zb4được ')).toEqual(['qa0xã ']);
    expect(broken('qa0xã zb0Thạnh zb1nghị qa1zb2dân tổ qa2biên \nzb3Ủy zb4được ')).toEqual(['qa1tổ ']);
  });

  it("fails a cut by a piece of the other's run, or a burst whose paragraph break is not its Enter", () => {
    expect(broken('qa0xã zb0Thạnh qazb1ngh1tổ ị zb2dân qa2biên \nzb3Ủy zb4được ')).toEqual(['qa1tổ ', 'zb1nghị ']);
    // The break after zb3 rather than before it (zb3 started with Enter), or no break at all.
    expect(broken('qa0xã zb0Thạnh qazb1nghị zb2dân zb3Ủy \n1tổ qa2biên zb4được ')).toEqual(['qa1tổ ']);
    expect(broken('qa0xã zb0Thạnh qazb1nghị zb2dân zb3Ủy 1tổ qa2biên \nzb4được ')).toEqual(['qa1tổ ']);
  });

  it('fails one placement used for two cuts', () => {
    expect(broken('qa0zb1nghị xã qa1zb1nghị tổ zb0Thạnh zb2dân qa2biên \nzb3Ủy zb4được ')).toEqual(['qa1tổ ', 'zb1nghị ']);
  });

  it('fails a run missing, doubled, or split across paragraphs', () => {
    expect(broken('qa0xã zb0Thạnh zb1nghị zb2dân qa2biên \nzb3Ủy zb4được ')).toEqual(['qa1tổ ']);
    expect(broken('qa0xã qa1tổ qa1tổ zb0Thạnh zb1nghị zb2dân qa2biên \nzb3Ủy zb4được ')).toEqual(['qa1tổ ']);
    expect(broken('qa0xã qa1\ntổ zb0Thạnh zb1nghị zb2dân qa2biên zb3Ủy zb4được ')).toEqual(['qa1tổ ']);
  });
});
