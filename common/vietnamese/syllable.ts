/**
 * Vietnamese syllable structure: onset + rhyme (medial, nucleus, coda) + tone.
 * Validity is decided from the phonology and the spelling rules (c/k/q,
 * g/gh, ng/ngh, stop codas take only sắc or nặng, …), not from a list; the
 * list of attested syllables lives in the lexicon and only tells
 * possible-but-unused syllables from real ones.
 */
import { addTone, isVietnameseLetter, isVowel, stripTone, toneOfChar, type Tone } from './alphabet';

export type ToneStyle = 'old' | 'new';

export interface Syllable {
  /** Lower-case onset as written: '', 'b', 'ch', 'gi', 'ngh', 'qu', … */
  onset: string;
  /** Lower-case rhyme without tone: medial + nucleus + coda ("oan", "ương"). */
  rhyme: string;
  /** Leading vowel letters of the rhyme. */
  vowels: string;
  /** Final consonant(s) of the rhyme: '', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'. */
  coda: string;
  tone: Tone;
  /** Number of letters that carried a tone mark (more than one is a slip). */
  toneMarks: number;
}

const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'ch', 'nh', 'qu',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

const STOP_CODAS = new Set(['p', 't', 'c', 'ch']);

/** Nucleus → codas it accepts ('-' means it may end the syllable). */
const NUCLEI: Record<string, string[]> = {
  'a': ['-', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'o', 'u', 'y'],
  'ă': ['c', 'm', 'n', 'ng', 'p', 't'],
  'â': ['c', 'm', 'n', 'ng', 'p', 't', 'u', 'y'],
  'e': ['-', 'c', 'm', 'n', 'ng', 'p', 't', 'o'],
  'ê': ['-', 'ch', 'm', 'n', 'nh', 'p', 't', 'u'],
  'i': ['-', 'ch', 'm', 'n', 'nh', 'p', 't', 'u', 'a'],
  'o': ['-', 'c', 'i', 'm', 'n', 'ng', 'p', 't'],
  'oo': ['c', 'ng'],
  'ô': ['-', 'c', 'i', 'm', 'n', 'ng', 'p', 't'],
  'ơ': ['-', 'i', 'm', 'n', 'p', 't'],
  'u': ['-', 'c', 'i', 'm', 'n', 'ng', 'p', 't', 'a'],
  'ư': ['-', 'c', 'i', 'm', 'n', 'ng', 't', 'u', 'a'],
  'iê': ['c', 'm', 'n', 'ng', 'p', 't', 'u'],
  'uô': ['c', 'i', 'm', 'n', 'ng', 't'],
  'ươ': ['c', 'i', 'm', 'n', 'ng', 'p', 't', 'u'],
};

/** Which nuclei take the rounding medial, and how it is written. */
const MEDIAL_O = new Set(['a', 'ă', 'e']);
const MEDIAL_U = new Set(['â', 'ê', 'i', 'ơ', 'iê']);

interface RhymeInfo { medial: string; nucleus: string; coda: string }

/** Every written rhyme, with the context it needs. */
const RHYMES = new Map<string, RhymeInfo[]>();
/** Rhymes after the onset "qu", whose u is the medial. */
const QU_RHYMES = new Set<string>();

function addRhyme(written: string, info: RhymeInfo): void {
  const list = RHYMES.get(written) ?? [];
  list.push(info);
  RHYMES.set(written, list);
}

for (const [nucleus, codas] of Object.entries(NUCLEI)) {
  for (const c of codas) {
    const coda = c === '-' ? '' : c;
    const body = nucleus + coda;
    // "ia"/"ua"/"ưa" are the open forms of iê/uô/ươ; written as their own rows above.
    addRhyme(body, { medial: '', nucleus, coda });
    if (nucleus === 'i' && (coda === '' || coda === 'a')) addRhyme('y' + coda, { medial: '', nucleus: 'y', coda });
    if (nucleus === 'iê') addRhyme('yê' + coda, { medial: '', nucleus: 'yê', coda });
    if (MEDIAL_O.has(nucleus)) addRhyme('o' + body, { medial: 'o', nucleus, coda });
    if (MEDIAL_U.has(nucleus)) {
      const written = nucleus === 'i' ? 'y' + coda : nucleus === 'iê' ? 'yê' + coda : body;
      addRhyme('u' + written, { medial: 'u', nucleus, coda });
    }
    if (['a', 'ă', 'â', 'e', 'ê', 'i', 'ơ', 'ô', 'o'].includes(nucleus) && coda !== 'a') QU_RHYMES.add(body);
    if (nucleus === 'i' && coda !== 'a') QU_RHYMES.add('y' + coda);
    if (nucleus === 'iê') QU_RHYMES.add('yê' + coda);
  }
}
// "oai", "oay", "oao", "oeo", "uây", "uyu": the medial before a nucleus with a vowel coda.
for (const r of ['oai', 'oay', 'oao', 'oeo', 'uây', 'uâu', 'uyu', 'uya', 'uơi']) {
  addRhyme(r, { medial: r[0]!, nucleus: r[1]!, coda: r.slice(2) });
}

const FRONT = new Set(['e', 'ê', 'i', 'y']);

/** Take a word apart. Returns null when it is not made of Vietnamese letters. */
export function parseSyllable(word: string): Syllable | null {
  if (word.length === 0 || word.length > 8) return null;
  let bare = '';
  let tone: Tone = 0;
  let toneMarks = 0;
  for (const ch of word.toLowerCase()) {
    if (!isVietnameseLetter(ch)) return null;
    const t = toneOfChar(ch);
    if (t !== 0) { tone = t; toneMarks++; }
    bare += stripTone(ch);
  }
  let onset = '';
  for (const o of ONSETS) {
    if (bare.startsWith(o)) { onset = o; break; }
  }
  let rhyme = bare.slice(onset.length);
  if (onset === 'gi' && !/[aăâeêioôơuưy]/.test(rhyme)) { onset = 'g'; rhyme = 'i' + rhyme; }
  let v = 0;
  while (v < rhyme.length && isVowel(rhyme[v]!)) v++;
  return { onset, rhyme, vowels: rhyme.slice(0, v), coda: rhyme.slice(v), tone, toneMarks };
}

/** True when the syllable obeys Vietnamese phonotactics and spelling rules. */
export function isWellFormed(s: Syllable): boolean {
  if (s.toneMarks > 1 || s.vowels.length === 0) return false;
  const { onset, rhyme } = s;
  if (STOP_CODAS.has(s.coda) && s.tone !== 2 && s.tone !== 5) return false;
  if (onset === 'qu') return QU_RHYMES.has(rhyme);
  let infos = RHYMES.get(rhyme);
  if (onset === 'gi' && !infos) infos = RHYMES.get('i' + rhyme);
  if (!infos) return false;
  const first = rhyme[0]!;
  const front = FRONT.has(first);
  // "gì", "gìn": the i of gi is the nucleus itself.
  if (onset === 'g' && first === 'i' && !/[aăâeêoôơuưy]/.test(rhyme.slice(1))) return true;
  if (onset === 'k' && !front) return false;
  if ((onset === 'c' || onset === 'g' || onset === 'ng') && front) return false;
  if ((onset === 'gh' || onset === 'ngh') && !front) return false;
  return infos.some((info) => {
    // "yê"/"y" + coda spellings only without onset or after the medial u.
    if (info.nucleus === 'yê' && onset !== '') return false;
    if (info.nucleus === 'y' && info.coda !== '' && onset !== '') return false;
    if (info.medial !== '' && ['b', 'm', 'v', 'ph', 'p'].includes(onset)) return false;
    if (info.medial === 'o' && onset === 'gi') return false;
    return true;
  });
}

/** Index (inside the rhyme) of the vowel that carries the tone mark. */
function toneIndex(s: Syllable, style: ToneStyle): number {
  const vw = s.vowels;
  let marked = -1;
  for (let i = 0; i < vw.length; i++) if ('ăâêôơư'.includes(vw[i]!)) marked = i;
  if (marked >= 0) return marked;
  if (vw.length === 1) return 0;
  if (s.coda !== '') return vw.length - 1;
  if (vw.length >= 3) return 1;
  if (vw === 'oa' || vw === 'oe' || vw === 'uy') return style === 'new' ? 1 : 0;
  return 0;
}

/**
 * Write a syllable with its tone mark on the right vowel, keeping the case of
 * each letter position of `original` (which must have the same length).
 */
export function composeSyllable(s: Syllable, style: ToneStyle, original?: string): string {
  const at = s.onset.length + toneIndex(s, style);
  const letters = [...(s.onset + s.rhyme)];
  if (s.tone !== 0) letters[at] = addTone(letters[at]!, s.tone);
  if (!original) return letters.join('');
  const orig = [...original];
  return letters.map((c, i) => {
    const o = orig[i];
    return o !== undefined && o !== o.toLowerCase() ? c.toUpperCase() : c;
  }).join('');
}

/**
 * The key under which a syllable is stored: lower case, new tone style,
 * and a lone "y" after a consonant written "i" (lý = lí, kỹ = kĩ, Mỹ = Mĩ).
 */
export function syllableKey(s: Syllable): string {
  if (s.rhyme === 'y' && s.onset !== '' && s.onset !== 'qu') {
    return composeSyllable({ ...s, rhyme: 'i', vowels: 'i' }, 'new');
  }
  // qui is the older spelling of quy (qui định = quy định): one key for both.
  if (s.rhyme === 'i' && s.onset === 'qu') return composeSyllable({ ...s, rhyme: 'y', vowels: 'y' }, 'new');
  return composeSyllable(s, 'new');
}

/** Key of a written word, or null when it is not a Vietnamese syllable shape. */
const keyCache = new Map<string, string | null>();

export function keyOf(word: string): string | null {
  let key = keyCache.get(word);
  if (key === undefined) {
    const s = parseSyllable(word);
    key = s && s.vowels.length > 0 && s.toneMarks <= 1 ? syllableKey(s) : null;
    if (keyCache.size > 100_000) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}
