/**
 * Leftovers of the Telex and VNI input methods: keystrokes that the input
 * method did not turn into marks (tuyeen, ddoàn, ddaoj, nguowfi, vie65t).
 * Decoding replays the keys; the caller decides whether the result is a
 * real syllable.
 */
import { addTone, stripTone, toneOfChar, type Tone } from './alphabet';
import { composeSyllable, parseSyllable } from './syllable';

const TELEX_TONES: Record<string, Tone> = { s: 2, f: 1, r: 3, x: 4, j: 5 };
const VNI_TONES: Record<string, Tone> = { '1': 2, '2': 1, '3': 3, '4': 4, '5': 5 };
const CIRCUMFLEX: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };
const HORN: Record<string, string> = { a: 'ă', o: 'ơ', u: 'ư' };
const PLAIN_VOWELS = 'aăâeêioôơuưy';

/** Replays a word as Telex keystrokes; null when no key acted as a mark. */
export function decodeTelex(word: string): string | null {
  const lower = word.toLowerCase();
  const out: string[] = [];
  let tone: Tone = 0;
  let acted = false;
  for (let i = 0; i < lower.length; i++) {
    const raw = lower[i]!;
    const t = toneOfChar(raw);
    if (t !== 0) tone = t;
    const ch = stripTone(raw);
    const prev = out[out.length - 1];
    const hasVowel = out.some((c) => PLAIN_VOWELS.includes(c));
    if (ch === 'd' && prev === 'd' && out.length === 1) { out[0] = 'đ'; acted = true; continue; }
    if (CIRCUMFLEX[ch] && prev === ch) { out[out.length - 1] = CIRCUMFLEX[ch]!; acted = true; continue; }
    if (ch === 'w') {
      acted = true;
      const last = lastIndexOf(out, 'aou');
      if (last < 0) { out.push('ư'); continue; }
      out[last] = HORN[out[last]!]!;
      if (out[last] === 'ơ' && out[last - 1] === 'u') out[last - 1] = 'ư';
      continue;
    }
    if (hasVowel && TELEX_TONES[ch] !== undefined && i > 0) {
      tone = TELEX_TONES[ch]!;
      acted = true;
      continue;
    }
    out.push(ch);
  }
  return acted ? finish(out, tone, word) : null;
}

/** Replays a word as VNI keystrokes (digits 1–9); null when it has no digit. */
export function decodeVni(word: string): string | null {
  if (!/[1-9]/.test(word)) return null;
  const out: string[] = [];
  let tone: Tone = 0;
  for (const raw of word.toLowerCase()) {
    const t = toneOfChar(raw);
    if (t !== 0) tone = t;
    const ch = stripTone(raw);
    if (VNI_TONES[ch] !== undefined) { tone = VNI_TONES[ch]!; continue; }
    if (ch === '6') { if (!mark(out, 'aeo', CIRCUMFLEX)) return null; continue; }
    if (ch === '7') {
      const last = lastIndexOf(out, 'ou');
      if (last < 0) return null;
      out[last] = HORN[out[last]!]!;
      if (out[last] === 'ơ' && out[last - 1] === 'u') out[last - 1] = 'ư';
      continue;
    }
    if (ch === '8') { if (!mark(out, 'a', HORN)) return null; continue; }
    if (ch === '9') { if (out[0] !== 'd') return null; out[0] = 'đ'; continue; }
    if (/[0-9]/.test(ch)) return null;
    out.push(ch);
  }
  return finish(out, tone, word);
}

function lastIndexOf(letters: string[], set: string): number {
  for (let i = letters.length - 1; i >= 0; i--) if (set.includes(letters[i]!)) return i;
  return -1;
}

function mark(letters: string[], set: string, table: Record<string, string>): boolean {
  const i = lastIndexOf(letters, set);
  if (i < 0) return false;
  letters[i] = table[letters[i]!]!;
  return true;
}

function finish(letters: string[], tone: Tone, original: string): string | null {
  const s = parseSyllable(letters.join(''));
  if (!s || s.vowels.length === 0) return null;
  const word = composeSyllable({ ...s, tone }, 'new');
  const first = original[0]!;
  return first !== first.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Places a tone on a bare syllable (used by candidate generation). */
export function withTone(bare: string, tone: Tone): string {
  const s = parseSyllable(bare);
  return s ? composeSyllable({ ...s, tone }, 'new') : addTone(bare, tone);
}
