/**
 * The curated lexicon, one block per domain. Entries are multi-syllable
 * words and common collocations; see ../../README.md for how it was built.
 */
import administration from './administration';
import agriculture from './agriculture';
import compounds from './compounds';
import construction from './construction';
import culture from './culture';
import dailyLife from './daily-life';
import economy from './economy';
import education from './education';
import environment from './environment';
import general from './general';
import health from './health';
import labourWelfare from './labour-welfare';
import law from './law';
import newsWords from './news-words';
import phrases from './phrases';
import politics from './politics';
import religionEthnic from './religion-ethnic';
import security from './security';
import single from './single';
import spelling from './spelling';
import sport from './sport';
import technology from './technology';
import transport from './transport';

/** Domain blocks first, then the general vocabulary (by kind); no entry is in two blocks (index.test.ts). */
export const LEXICON_BLOCKS: readonly string[] = [
  politics, administration, law, security, economy, agriculture, health, education, culture, sport, transport, labourWelfare, environment, construction, technology, religionEthnic, dailyLife, newsWords, phrases, general, compounds, spelling, single,
];
