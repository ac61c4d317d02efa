import type { Generated } from 'kysely';

/**
 * The hub's tables, for Kysely. The same schema runs on SQLite (one machine)
 * and PostgreSQL (several hub instances): booleans are 0/1 integers and times
 * ISO-8601 text, so the two engines answer queries identically.
 */
export interface HubSchema {
  users: {
    id: Generated<number>;
    name: string;
    display_name: string;
    role: string;
    password_hash: string;
    disabled: number;
    created_at: string;
  };
  sessions: {
    token_hash: string;
    user_id: number;
    created_at: string;
    expires_at: string;
    revoked_at: string | null;
  };
  articles: {
    id: string;
    author_id: number;
    status: string;
    title: string;
    created_at: string;
    updated_at: string;
    byline: Generated<string>;
    category: Generated<string>;
    kind: Generated<string>;
  };
  status_events: {
    id: Generated<number>;
    article_id: string;
    from_status: string | null;
    to_status: string;
    at: string;
  };
  audit_log: {
    id: Generated<number>;
    article_id: string;
    user_id: number;
    at: string;
    from_status: string;
    to_status: string;
    note: string;
  };
  doc_updates: {
    id: Generated<number>;
    article_id: string;
    data: Uint8Array;
    checksum: string;
  };
  doc_snapshots: {
    article_id: string;
    state: Uint8Array;
    checksum: string;
    compacted_at: string;
  };
}

export type Engine = 'sqlite' | 'postgres';
