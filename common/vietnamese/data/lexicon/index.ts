/**
 * The curated lexicon, one block per domain. Entries are multi-syllable
 * words and common collocations; see ../../README.md for how it was built.
 */
import administration from './administration';
import agriculture from './agriculture';
import culture from './culture';
import dailyLife from './daily-life';
import economy from './economy';
import domains2 from './domains2';
import domains3 from './domains3';
import education from './education';
import everyday from './everyday';
import everyday2 from './everyday-2';
import general from './general';
import health from './health';
import law from './law';
import newsWords from './news-words';
import compounds from './compounds';
import phrases from './phrases';
import politics from './politics';
import portalDomains from './portal-domains';
import portalDomains3 from './portal-domains-3';
import security from './security';
import single from './single';
import spelling from './spelling';
import vocabulary from './vocabulary';
import vocabulary3 from './vocabulary-3';

export const LEXICON_BLOCKS: readonly string[] = [
  general, phrases, newsWords, domains2, domains3, compounds, vocabulary, single, spelling, administration, politics, economy, agriculture, health, education, culture, security, law, portalDomains, everyday, dailyLife, everyday2, portalDomains3, vocabulary3,
];
