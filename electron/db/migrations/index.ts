import type { Migration } from '../migration';
import { migration as createArticles } from './0001-create-articles';
import { migration as createDocLog } from './0002-create-doc-log';
import { migration as createVersions } from './0003-create-versions';
import { migration as createSearch } from './0004-create-search';
import { migration as searchPrefixIndex } from './0005-search-prefix-index';
import { migration as createOutbox } from './0010-create-outbox';

/**
 * Every migration, sorted by version. 0001–0009 belong to drafts/history/search,
 * 0010–0019 to the portal's outbox: add yours to this list in version order.
 */
export const migrations: Migration[] = [createArticles, createDocLog, createVersions, createSearch, searchPrefixIndex, createOutbox].sort(
  (a, b) => a.version - b.version,
);
