/**
 * The two-writer fuzz's contiguity check (issue 24: "every run of text one
 * person typed stays contiguous, never interleaved letter by letter with the
 * other's").
 *
 * A run must appear in the text exactly once, in one piece. The one exception
 * is what no editor on Yjs can avoid (nor Google Docs): the other writer put
 * their caret (`End`) at the very point where this writer was typing, and both
 * typed there within the sync delay; Yjs orders the concurrent letters by
 * client id, so the other's whole burst lands inside this run ("qa" + "zb1Thạnh "
 * + "1tổ "). So a run may be cut, and is then still "in one piece", only:
 * - by a whole burst of the other writer: one or more of the other's runs,
 *   consecutive in the order they were typed, each whole; a run of the burst
 *   that started with Enter stands after a paragraph break (the other's caret
 *   stayed before the rest of this run, so their Enter pushed the rest into the
 *   new paragraph, as in any editor; two-window fuzz seed 8);
 * - whose first run started with `End` (a caret placement), each placement
 *   explaining at most one cut in the whole text;
 * - strictly inside the run (the run's own letters on both sides, in order).
 * A run may be cut that way more than once (by different placements). Letters
 * interleaved one by one, a piece of the other's run, a burst not starting at
 * a placement, a placement used twice, a run missing or doubled: all fail.
 */
export interface TypedRun {
  /** ASCII, typed first; it names the run ("qa3"). */
  keys: string;
  /** Vietnamese, typed after the keys. */
  text: string;
  /** What the writer pressed before the run. */
  before: 'End' | 'Enter' | null;
}

export const runText = (run: TypedRun): string => run.keys + run.text;

/** A cut explained by a burst of the other writer's: which run, where, and the burst's runs. */
export interface Cut {
  run: string;
  /** How many of the run's characters come before the burst. */
  at: number;
  burst: string[];
}

export interface ContiguityResult {
  /** The runs that are missing, doubled or broken up in a way no placement explains. */
  broken: string[];
  /** The cuts allowed by the rule above (for the report). */
  cuts: Cut[];
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;
/** Stands between the text and the bursts moved out of it; no run contains it. */
const APART = '\u0001';

/**
 * Checks every run of every writer (`writers[w]`: writer w's runs in the order
 * typed) in `text`, the converged body (paragraphs joined with "\n").
 */
export function checkContiguity(text: string, writers: TypedRun[][]): ContiguityResult {
  const all = writers.flatMap((runs, w) => runs.map((run, i) => ({ w, i, s: runText(run) })));
  const used = new Set<string>(); // placements (`${writer}:${index}`) that explained a cut
  const cuts: Cut[] = [];
  let t = text;

  /** The other writer's bursts that may cut a run: from an unused `End` run on, an Enter as a paragraph break. */
  const bursts = (w: number, taken: Set<string>) => {
    const runs = writers[w]!;
    const out: { key: string; s: string; names: string[] }[] = [];
    runs.forEach((run, k) => {
      const key = `${w}:${k}`;
      if (run.before !== 'End' || used.has(key) || taken.has(key)) return;
      let s = '';
      const names: string[] = [];
      for (let m = k; m < runs.length; m++) {
        s += (m > k && runs[m]!.before === 'Enter' ? '\n' : '') + runText(runs[m]!);
        names.push(runText(runs[m]!));
        out.push({ key, s, names: [...names] });
      }
    });
    return out;
  };

  interface Match {
    end: number;
    cuts: { at: number; key: string; s: string; names: string[] }[];
  }
  /** Every way `run` (from its character j on) matches `t` from `pos` with at least one cut. */
  const matchFrom = (run: string, other: number, pos: number, j: number, taken: Set<string>): Match[] => {
    if (j === run.length) return [{ end: pos, cuts: [] }];
    const found: Match[] = [];
    if (t[pos] === run[j]) found.push(...matchFrom(run, other, pos + 1, j + 1, taken));
    if (j > 0)
      for (const burst of bursts(other, taken))
        if (t.startsWith(burst.s, pos))
          for (const rest of matchFrom(run, other, pos + burst.s.length, j, new Set([...taken, burst.key])))
            found.push({ end: rest.end, cuts: [{ at: j, ...burst }, ...rest.cuts] });
    return found;
  };

  for (let progress = true; progress; ) {
    progress = false;
    for (const r of all) {
      if (occurrences(t, r.s) !== 0) continue; // once: whole; twice or more: broken, never explained
      const spans: { start: number; match: Match }[] = [];
      for (let start = t.indexOf(r.s[0]!); start !== -1; start = t.indexOf(r.s[0]!, start + 1))
        for (const match of matchFrom(r.s, 1 - r.w, start, 0, new Set()))
          if (match.cuts.length > 0) {
            // One span per start and end; of the ways to explain it, the fewest cuts (one burst rather than two).
            const same = spans.find((x) => x.start === start && x.match.end === match.end);
            if (!same) spans.push({ start, match });
            else if (match.cuts.length < same.match.cuts.length) same.match = match;
          }
      if (spans.length !== 1) continue; // not explained, or ambiguous
      const { start, match } = spans[0]!;
      for (const cut of match.cuts) {
        used.add(cut.key);
        cuts.push({ run: r.s, at: cut.at, burst: cut.names });
      }
      // The run made whole where it is; the bursts moved out of the text, still whole.
      t = t.slice(0, start) + r.s + t.slice(match.end) + match.cuts.map((cut) => APART + cut.s).join('');
      progress = true;
    }
  }
  return { broken: all.filter((r) => occurrences(t, r.s) !== 1).map((r) => r.s), cuts };
}
