/**
 * The curated lexicon, one block per domain; files are named by domain, never by
 * kind of entry or by editing pass. Entries are multi-syllable words, common
 * collocations and one-syllable words; see ../../README.md for how it was built.
 */
import administration from './administration';
import agriculture from './agriculture';
import commonWords from './common-words';
import construction from './construction';
import culture from './culture';
import dailyLife from './daily-life';
import economy from './economy';
import education from './education';
import environment from './environment';
import health from './health';
import labourWelfare from './labour-welfare';
import law from './law';
import politics from './politics';
import religionEthnic from './religion-ethnic';
import security from './security';
import sport from './sport';
import technology from './technology';
import transport from './transport';

/** Domain blocks first, then the words of no domain; no entry is in two blocks (index.test.ts). */
export const LEXICON_BLOCKS: readonly string[] = [
  politics, administration, law, security, economy, agriculture, health, education, culture, sport, transport, labourWelfare, environment, construction, technology, religionEthnic, dailyLife, commonWords,
];
