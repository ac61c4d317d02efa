/**
 * The confusion model: how likely a writer who meant syllable `y` typed
 * syllable `x`. It knows the confusions Vietnamese writers actually make
 * (ch/tr, s/x, d/gi/r, l/n, hỏi/ngã, final n/ng and c/t, i/y, a missing or
 * wrong mark, an adjacent key, a dropped or extra letter) and gives each a
 * cost; anything else is Infinity. Lower is more likely.
 */
import { skeleton, stripTone, toneOfChar, type Tone } from './alphabet';
import { parseSyllable } from './syllable';

export type ConfusionKind =
  | 'tone' | 'hoi-nga' | 'onset' | 'coda' | 'vowel-mark' | 'no-marks'
  | 'keyboard' | 'dropped-letter' | 'extra-letter' | 'swap';

export interface Shape {
  /** Lower-case letters without tone, vowel marks kept ("nguoi" → "nguoi", "người" → "ngươi"). */
  bare: string;
  onset: string;
  rhyme: string;
  tone: Tone;
  /** Lower case, all marks removed. */
  plain: string;
  /** The rhyme's vowels and its final consonant(s) (splitRhyme), worked out once per shape. */
  vowels: string;
  coda: string;
}

export function shapeOf(word: string): Shape {
  const lower = word.toLowerCase();
  const s = parseSyllable(lower);
  let bare = '';
  let tone: Tone = 0;
  for (const ch of lower) {
    bare += stripTone(ch);
    if (toneOfChar(ch) !== 0) tone = toneOfChar(ch);
  }
  let plain = skeleton(lower);
  let rhyme = s ? s.rhyme : bare;
  // A lone y after a consonant is the i of the syllable keys (lý = lí, tỷ = tỉ).
  if (s && rhyme === 'y' && s.onset !== '' && s.onset !== 'qu') {
    rhyme = 'i';
    bare = bare.slice(0, -1) + 'i';
    plain = plain.slice(0, -1) + 'i';
  }
  const [vowels, coda] = splitRhyme(rhyme);
  return { bare, onset: s?.onset ?? '', rhyme, tone: s?.tone ?? tone, plain, vowels, coda };
}

const ONSET_GROUPS = [['ch', 'tr'], ['s', 'x'], ['d', 'gi', 'r'], ['l', 'n'], ['d', 'đ'], ['v', 'd'],
  ['c', 'k', 'q'], ['g', 'gh'], ['ng', 'ngh'], ['h', 'kh'], ['th', 't'], ['nh', 'n'], ['ph', 'p']];
/** Finals (and last vowels) written for one another: CODA_PAIRS.get(written)?.has(meant). Nested maps, so that a look-up builds no string. */
const CODA_PAIRS = new Map<string, Set<string>>();
for (const pair of ['n|ng', 'ng|n', 'c|t', 't|c', 'ch|t', 't|ch', 'nh|n', 'n|nh', 'ch|c', 'c|ch', 'nh|ng', 'ng|nh', 'i|y', 'y|i', 'u|o', 'o|u', 'p|t', 't|p']) {
  const [a, b] = pair.split('|') as [string, string];
  let set = CODA_PAIRS.get(a);
  if (!set) CODA_PAIRS.set(a, (set = new Set()));
  set.add(b);
}

function codaPair(a: string, b: string): boolean {
  return CODA_PAIRS.get(a)?.has(b) ?? false;
}

/** Cost of an onset written for another: ONSET_COST.get(written)?.get(meant). */
const ONSET_COST = new Map<string, Map<string, number>>();
for (const group of ONSET_GROUPS) {
  for (const a of group) for (const b of group) {
    if (a === b) continue;
    const base = group.includes('tr') || group.includes('x') || group.includes('gi') || group.includes('l') ? 1 : 1.4;
    let row = ONSET_COST.get(a);
    if (!row) ONSET_COST.set(a, (row = new Map()));
    row.set(b, Math.min(row.get(b) ?? 9, base));
  }
}

function onsetCost(a: string | undefined, b: string | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : ONSET_COST.get(a)?.get(b);
}

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_POS = new Map<string, [number, number]>();
ROWS.forEach((row, r) => [...row].forEach((k, c) => KEY_POS.set(k, [r, c + r * 0.5])));

export function adjacentKeys(a: string, b: string): boolean {
  const p = KEY_POS.get(a);
  const q = KEY_POS.get(b);
  if (!p || !q) return false;
  return Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1.01 && a !== b;
}

/** Splits a rhyme into vowels and final consonants. */
function splitRhyme(rhyme: string): [string, string] {
  const m = /^([^bcdđghklmnpqrstvx]*)(.*)$/.exec(rhyme)!;
  return [m[1]!, m[2]!];
}

/**
 * Cost of the writer meaning `y` (a real syllable) but writing `x`.
 * Infinity when no single known confusion explains it.
 */
export function confusionCost(x: Shape, y: Shape): number {
  // Fast rejection: every confusion keeps the onset, the rhyme or the
  // mark-less spelling, or is one edit (which keeps the first or last letter).
  if (x.onset !== y.onset && x.rhyme !== y.rhyme && x.plain !== y.plain) {
    const d = x.bare.length - y.bare.length;
    if (d > 1 || d < -1) return Infinity;
    if (x.bare[0] !== y.bare[0] && x.bare[x.bare.length - 1] !== y.bare[y.bare.length - 1]) return Infinity;
  }
  if (x.bare === y.bare) {
    if (x.tone === y.tone) return 0;
    const pair = x.tone * 10 + y.tone;
    if (pair === 34 || pair === 43) return 1;
    if (x.tone === 0) return 1.3;
    if (y.tone === 0) return 1.9;
    // Telex tone keys next to each other: s/x (sắc/ngã), f/r (huyền/hỏi).
    if (pair === 24 || pair === 42 || pair === 13 || pair === 31) return 1.5;
    // A stop coda allows only sắc and nặng, so the choice is between those two.
    if ((pair === 25 || pair === 52) && /(p|t|c|ch)$/.test(x.bare)) return 1.2;
    return 1.8;
  }
  if (x.tone === y.tone) {
    if (x.rhyme === y.rhyme && x.onset !== y.onset) {
      const c = onsetCost(x.onset, y.onset);
      if (c !== undefined) return c;
    }
    // "dia" for "gia": gi takes the i of the rhyme, so the spellings differ in the first letter only.
    if ((x.onset === 'gi') !== (y.onset === 'gi') && x.bare.slice(1) === y.bare.slice(1)) {
      const c = onsetCost(x.onset === 'gi' ? 'gi' : x.bare[0], y.onset === 'gi' ? 'gi' : y.bare[0]);
      if (c !== undefined) return c;
    }
    if (x.onset === y.onset && x.rhyme !== y.rhyme) {
      const xv = x.vowels;
      const yv = y.vowels;
      if (xv === yv && codaPair(x.coda, y.coda)) return 1.1;
      if (x.coda === y.coda && codaPair(xv.slice(-1), yv.slice(-1)) && xv.slice(0, -1) === yv.slice(0, -1)) return 1.6;
    }
    if (x.plain === y.plain) return x.bare === x.plain ? 1.3 : 1.2;
  }
  if (x.bare === x.plain && x.plain === y.plain) return 1.5 + (x.tone === 0 ? 0 : 0.5);
  if (x.plain === y.plain) return 2.2;
  // l/n inside an onset cluster ("lhất" for "nhất", "lguồn" for "nguồn").
  if (x.tone === y.tone && x.bare.length === y.bare.length && x.bare.length > 2 && x.bare.slice(1) === y.bare.slice(1)
    && ((x.bare[0] === 'l' && y.bare[0] === 'n') || (x.bare[0] === 'n' && y.bare[0] === 'l')) && /^[ln][hg]/.test(x.bare)) return 1.1;
  const edit = editKind(x.bare, y.bare);
  if (edit && x.tone === y.tone) return edit === 'keyboard' ? 1.9 : edit === 'dropped-letter' ? 1.7 : 2.1;
  return Infinity;
}

/** One edit between two bare spellings, named by how it happens on a keyboard. */
export function editKind(x: string, y: string): ConfusionKind | null {
  const lx = x.length;
  const ly = y.length;
  if (lx === ly) {
    let first = -1;
    let diffs = 0;
    for (let i = 0; i < lx; i++) if (x[i] !== y[i]) { if (first < 0) first = i; diffs++; }
    if (diffs === 1) {
      const a = skeleton(x[first]!);
      const b = skeleton(y[first]!);
      if (a === b) return 'vowel-mark';
      return adjacentKeys(a, b) ? 'keyboard' : null;
    }
    if (diffs === 2 && x[first] === y[first + 1] && x[first + 1] === y[first]) return 'swap';
    return null;
  }
  if (Math.abs(lx - ly) !== 1) return null;
  const [short, long] = lx < ly ? [x, y] : [y, x];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.slice(i) !== long.slice(i + 1)) return null;
  return lx < ly ? 'dropped-letter' : 'extra-letter';
}
