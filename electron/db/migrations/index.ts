import type { Migration } from '../migration';
import { migration as createArticles } from './0001-create-articles';
import { migration as createDocLog } from './0002-create-doc-log';
import { migration as createVersions } from './0003-create-versions';
import { migration as createSearch } from './0004-create-search';
import { migration as searchPrefixIndex } from './0005-search-prefix-index';
import { migration as logIntegrity } from './0021-log-integrity';
import { migration as createOutbox } from './0010-create-outbox';
import { migration as createHubLinks } from './0020-create-hub-links';
import { migration as outboxNotes } from './0011-outbox-notes';
import { migration as createStats } from './0030-create-stats';
import { migration as royaltyPeriods } from './0031-royalty-periods';
import { migration as hubOwedStatus } from './0051-hub-owed-status';
import { migration as channelShares } from './0050-channel-shares';

/**
 * Every migration, sorted by version. The runner applies the versions above
 * `PRAGMA user_version`, so versions only ever grow: the next migration is
 * 0012, whatever it is for, never a free number below the highest one.
 */
export const migrations: Migration[] = [
  createArticles,
  createDocLog,
  createVersions,
  createSearch,
  searchPrefixIndex,
  createOutbox,
  outboxNotes,
  createHubLinks,
  logIntegrity,
  createStats,
  royaltyPeriods,
  channelShares,
  hubOwedStatus,
].sort(
  (a, b) => a.version - b.version,
);
