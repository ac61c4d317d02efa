/**
 * Who may do what in the review (GLOSSARY.md, "People and rights"). The hub
 * enforces these; the UI only hides what a person may not use. Role codes
 * are the hub's (common/api/hub.api.ts, HubRole); the local user working
 * alone is `admin` (quản trị) and may do everything.
 */
export type ReviewRole = 'contributor' | 'editor' | 'reviewer' | 'board_head' | 'admin';

export interface Reviewer {
  id: string;
  name: string;
  role: ReviewRole | string;
}

export type ReviewAction =
  | 'comment' // open a thread on a passage
  | 'reply' // answer a thread (contributors may, on their own articles)
  | 'resolve'
  | 'suggest'
  | 'decide' // approve or return
  | 'assign' // take an article in review ("Nhận bài") or give it back
  | 'assignOthers'; // assign it to another board member ("Giao cho…"): the board head

const rights: Record<ReviewRole, readonly ReviewAction[]> = {
  contributor: ['reply', 'resolve'],
  editor: ['comment', 'reply', 'resolve', 'suggest'],
  reviewer: ['comment', 'reply', 'resolve', 'suggest', 'decide', 'assign'],
  board_head: ['comment', 'reply', 'resolve', 'suggest', 'decide', 'assign', 'assignOthers'],
  admin: ['comment', 'reply', 'resolve', 'suggest', 'decide', 'assign', 'assignOthers'],
};

export function may(who: Reviewer | null, action: ReviewAction): boolean {
  if (!who) return false;
  return (rights[who.role as ReviewRole] ?? []).includes(action);
}

/** The local user's identity when no hub account is signed in. */
export const LOCAL_ROLE: ReviewRole = 'admin';
