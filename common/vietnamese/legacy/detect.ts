import { isWellFormed, parseSyllable } from '../syllable';
import { fromCp1258, fromLegacy, fromTcvn3, fromViqr, fromVni, type LegacyEncoding } from './convert';

/**
 * Which encoding a piece of text is in. Fonts decide when they are known
 * (".VnTime" is TCVN3 whatever the text looks like); otherwise each word
 * that could be legacy text is read both ways, and a reading wins only with
 * words that are Vietnamese syllables in it and not as Unicode. Text that is
 * already correct Unicode (any ơ, ư, ạ … or words that only make sense as
 * they are) is never converted.
 */

export type DetectedEncoding = LegacyEncoding | 'unicode' | 'nfd';

export interface Detection {
  encoding: DetectedEncoding;
  /** 0..1: how sure. Auto-conversion needs `AUTO_CONVERT_CONFIDENCE`. */
  confidence: number;
  /** Words that spoke for the chosen encoding. */
  evidence: number;
}

/** Below this, text is left as it is unless the user asks. */
export const AUTO_CONVERT_CONFIDENCE = 0.6;

export interface FontEncoding {
  encoding: LegacyEncoding;
  /** ABC's capital fonts (.VnTimeH …) show every letter as a capital. */
  capitals: boolean;
}

/**
 * The encoding a font name implies: ABC/TCVN3 fonts are named ".Vn…"
 * (.VnTime, .VnArial, .VnTimeH), VNI fonts "VNI-…" (VNI-Times, VNI-Helve).
 * Takes a CSS font-family list; the first family decides.
 */
export function encodingOfFont(fontFamily: string | null | undefined): FontEncoding | null {
  if (!fontFamily) return null;
  const first = fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '').trim();
  if (/^\.vn/i.test(first)) return { encoding: 'tcvn3', capitals: /h$/i.test(first) };
  if (/^vni[-\s]/i.test(first)) return { encoding: 'vni', capitals: false };
  return null;
}

/** Letters only Unicode Vietnamese has (not in Latin-1): ă đ ĩ ũ ơ ư and U+1EA0–U+1EF9. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const COMBINING = /[\u0300-\u036f]/;
const HIGH = /[\u0080-\u00ff]/;
const VIQR_HINT = /[aeiouy][(^+'`?~.]|(?:^|[^a-z])dd/i;
const EDGE_PUNCTUATION = /^[\s"'“”‘’«»(\[{<]+|[\s"'“”‘’«»)\]}>,;:!?.…]+$/g;

type Vote = 'unicode' | 'strong' | 'nfd' | 'none' | LegacyEncoding[];

const BYTE_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'cp1258'];
const decoders: Record<LegacyEncoding, (w: string) => string> = {
  tcvn3: (w) => fromTcvn3(w),
  vni: fromVni,
  cp1258: fromCp1258,
  viqr: fromViqr,
};

function isSyllable(word: string): boolean {
  if (word.length === 0) return false;
  const s = parseSyllable(word);
  return s !== null && isWellFormed(s);
}

/** Compound spellings such as "Hßa-B×nh" are judged part by part. */
function allSyllables(word: string): boolean {
  const parts = word.split('-');
  return parts.every((p) => isSyllable(p));
}

/** What one word says about the encoding. Cached: texts repeat their words. */
const voteCache = new Map<string, Vote>();

function voteOf(raw: string): Vote {
  let vote = voteCache.get(raw);
  if (vote !== undefined) return vote;
  vote = computeVote(raw);
  if (voteCache.size > 50_000) voteCache.clear();
  voteCache.set(raw, vote);
  return vote;
}

function computeVote(raw: string): Vote {
  if (UNICODE_VIETNAMESE.test(raw)) return 'strong';
  if (COMBINING.test(raw)) return 'nfd';
  if (HIGH.test(raw)) {
    const word = raw.replace(EDGE_PUNCTUATION, '');
    if (!word) return 'none';
    const asIs = allSyllables(word);
    const readings = BYTE_ENCODINGS.filter((enc) => {
      const decoded = decoders[enc](word);
      return decoded !== word && allSyllables(decoded);
    });
    if (asIs) return readings.length === 0 ? 'unicode' : 'none';
    return readings.length > 0 ? readings : 'none';
  }
  if (VIQR_HINT.test(raw)) {
    const word = raw.replace(/^[\s"'“”‘’«»(\[{<]+|[\s"“”‘’«»)\]}>,;:!]+$/g, '');
    const decoded = fromViqr(word);
    const core = decoded.replace(/[.?]+$/, '');
    if (decoded !== word && !isSyllable(word) && allSyllables(core)) return ['viqr'];
  }
  return 'none';
}

interface Tally {
  votes: Record<LegacyEncoding, number>;
  unicode: number;
  strong: number;
  nfd: number;
}

function tally(text: string): Tally {
  const t: Tally = { votes: { tcvn3: 0, vni: 0, viqr: 0, cp1258: 0 }, unicode: 0, strong: 0, nfd: 0 };
  // Word by word without splitting the whole text first: a long text usually settles early.
  const words = /\S+/g;
  let i = 0;
  for (let match = words.exec(text); match; match = words.exec(text), i++) {
    const vote = voteOf(match[0]);
    if (vote === 'none') continue;
    if (vote === 'unicode') t.unicode++;
    else if (vote === 'strong') {
      t.strong++;
      // One letter only Unicode has rules out every legacy reading (see decide): what is left to
      // know is whether the text has decomposed letters, which one native scan of the rest tells.
      if (!anyFrom(COMBINING_ANYWHERE, text, words.lastIndex)) break;
    } else if (vote === 'nfd') t.nfd++;
    else for (const enc of vote) t.votes[enc] += 1 / vote.length;
    // Enough evidence either way: the rest of a long text will not change the answer.
    if ((i & 63) === 63 && settled(t)) {
      // A legacy verdict stands only if no letter of the rest is one only Unicode has.
      if (isLegacyVerdict(t) && anyFrom(UNICODE_VIETNAMESE_ANYWHERE, text, words.lastIndex)) t.strong++;
      break;
    }
  }
  return t;
}

const COMBINING_ANYWHERE = new RegExp(COMBINING.source, 'g');
const UNICODE_VIETNAMESE_ANYWHERE = new RegExp(UNICODE_VIETNAMESE.source, 'g');

function anyFrom(pattern: RegExp, text: string, from: number): boolean {
  pattern.lastIndex = from;
  return pattern.test(text);
}

const isLegacyVerdict = (t: Tally) => Math.max(...Object.values(t.votes)) > t.unicode + t.strong;

/**
 * A text settles when one reading has won beyond doubt: 200 words for it and
 * ten times as many as against it; or, with nothing at all against it, 40
 * words and five times as many as every other reading together (a TCVN3 or
 * VNI text says so in its first hundred words). Unicode settles with 200
 * words that read right as they stand (or at once with a letter only Unicode has).
 */
function settled(t: Tally): boolean {
  const best = Math.max(...Object.values(t.votes));
  const others = Object.values(t.votes).reduce((a, b) => a + b, 0) - best;
  const against = t.unicode + t.strong;
  return (
    (best >= 200 && best >= 10 * (against + 1)) ||
    (best >= 40 && against === 0 && best >= 5 * others) ||
    (against >= 200 && best * 10 <= against)
  );
}

/** Detects the encoding of a text (see the file comment). */
export function detectEncoding(text: string): Detection {
  return decide(tally(text));
}

function decide(t: Tally): Detection {
  let best: LegacyEncoding = 'tcvn3';
  for (const enc of Object.keys(t.votes) as LegacyEncoding[]) if (t.votes[enc] > t.votes[best]) best = enc;
  const votes = t.votes[best];
  const others = Object.values(t.votes).reduce((a, b) => a + b, 0) - votes;
  if (votes >= 1 && t.strong === 0) {
    const share = votes / (votes + t.unicode + others);
    // One odd word is not enough to rewrite someone's text; a sentence is.
    const weight = Math.min(1, 0.3 + 0.15 * votes);
    return { encoding: best, confidence: round(share * weight), evidence: Math.round(votes) };
  }
  if (t.nfd > 0) return { encoding: 'nfd', confidence: 1, evidence: t.nfd };
  const against = t.strong + t.unicode;
  return { encoding: 'unicode', confidence: against > 0 ? 1 : 0.5, evidence: against };
}

const round = (x: number) => Math.round(x * 100) / 100;

export interface Conversion {
  text: string;
  /** What was found; `converted` is false when the text was left as it was (apart from NFC). */
  detection: Detection;
  converted: boolean;
}

export interface ConvertOptions {
  /** `auto` (default) detects; a named encoding converts whatever the text looks like. */
  from?: 'auto' | LegacyEncoding;
  /** The run's CSS font-family, when known. */
  font?: string | null;
}

/** Converts one piece of text to NFC Unicode, detecting its encoding unless told. */
export function convertLegacy(text: string, options: ConvertOptions = {}): Conversion {
  const from = options.from ?? 'auto';
  if (from !== 'auto') {
    const out = fromLegacy(text, from);
    return { text: out, detection: { encoding: from, confidence: 1, evidence: 0 }, converted: out !== text.normalize('NFC') };
  }
  const font = encodingOfFont(options.font);
  if (font && !UNICODE_VIETNAMESE.test(text)) {
    const out = fromLegacy(text, font.encoding, { capitals: font.capitals });
    return { text: out, detection: { encoding: font.encoding, confidence: 1, evidence: 0 }, converted: out !== text };
  }
  const detection = detectEncoding(text);
  if (isLegacy(detection.encoding) && detection.confidence >= AUTO_CONVERT_CONFIDENCE) {
    return { text: fromLegacy(text, detection.encoding), detection, converted: true };
  }
  const nfc = text.normalize('NFC');
  return { text: nfc, detection, converted: false };
}

export function isLegacy(encoding: DetectedEncoding): encoding is LegacyEncoding {
  return encoding !== 'unicode' && encoding !== 'nfd';
}

export interface TextRun {
  text: string;
  /** CSS font-family or Word's run font (w:rFonts), when known. */
  font?: string | null;
}

export interface RunsConversion {
  texts: string[];
  /** The encoding of the text as a whole (font-named runs count for their font). */
  detection: Detection;
  /** How many runs were converted. */
  converted: number;
}

/**
 * Mixed documents: runs in a legacy font are converted by their font; the
 * other runs by what the document's unfonted text shows, each run only if it
 * does not itself read as Unicode. So a Unicode quotation inside a TCVN3
 * letter, or a TCVN3 paragraph pasted into a Unicode article, each stay right.
 */
export function convertRuns(runs: readonly TextRun[]): RunsConversion {
  const fonts = runs.map((r) => encodingOfFont(r.font));
  // Runs that are plainly Unicode (ơ, ư, ạ …) say nothing about the others.
  const tallies = runs.map((r, i) => (fonts[i] ? null : tally(r.text)));
  const total: Tally = { votes: { tcvn3: 0, vni: 0, viqr: 0, cp1258: 0 }, unicode: 0, strong: 0, nfd: 0 };
  let unicodeRuns = 0;
  for (const t of tallies) {
    if (!t) continue;
    if (t.strong > 0) {
      unicodeRuns++;
      continue;
    }
    for (const enc of Object.keys(t.votes) as LegacyEncoding[]) total.votes[enc] += t.votes[enc];
    total.unicode += t.unicode;
    total.nfd += t.nfd;
  }
  const overall = decide(total);
  // Beside Unicode runs, legacy text needs more than a couple of odd words to be believed.
  const enough = (enc: LegacyEncoding) => unicodeRuns === 0 || (total.votes[enc] >= 3 && total.votes[enc] >= 2 * (unicodeRuns + total.unicode));
  const target =
    isLegacy(overall.encoding) && overall.confidence >= AUTO_CONVERT_CONFIDENCE && enough(overall.encoding) ? overall.encoding : null;
  let converted = 0;
  const fontCounts = new Map<LegacyEncoding, number>();
  const texts = runs.map((run, i) => {
    const font = fonts[i];
    if (font && !UNICODE_VIETNAMESE.test(run.text)) {
      const out = fromLegacy(run.text, font.encoding, { capitals: font.capitals });
      if (out !== run.text) {
        converted++;
        fontCounts.set(font.encoding, (fontCounts.get(font.encoding) ?? 0) + 1);
      }
      return out;
    }
    const own = tallies[i];
    // In a mixed document a run converts on its own evidence; in a legacy one, undecided runs follow the rest.
    const evidence = own ? own.votes[target ?? 'tcvn3'] : 0;
    if (target && own && own.strong === 0 && (unicodeRuns === 0 ? own.unicode <= evidence : evidence > own.unicode)) {
      const out = fromLegacy(run.text, target);
      if (out !== run.text.normalize('NFC')) converted++;
      return out;
    }
    return run.text.normalize('NFC');
  });
  let detection = overall;
  if (!target && fontCounts.size > 0) {
    const [encoding, count] = [...fontCounts].sort((a, b) => b[1] - a[1])[0]!;
    detection = { encoding, confidence: 1, evidence: count };
  }
  return { texts, detection, converted };
}
