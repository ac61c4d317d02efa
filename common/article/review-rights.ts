/**
 * Who may do what in the review (GLOSSARY.md, "People and rights"). The hub
 * enforces these; the UI only hides what a person may not use. Role codes
 * are the hub's; the local user working alone is `quan_tri` and may do
 * everything.
 */
export type ReviewRole = 'cong_tac_vien' | 'bien_tap_vien' | 'thanh_vien_bbt' | 'truong_bbt' | 'quan_tri';

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
  | 'assign';

const rights: Record<ReviewRole, readonly ReviewAction[]> = {
  cong_tac_vien: ['reply', 'resolve'],
  bien_tap_vien: ['comment', 'reply', 'resolve', 'suggest'],
  thanh_vien_bbt: ['comment', 'reply', 'resolve', 'suggest', 'decide', 'assign'],
  truong_bbt: ['comment', 'reply', 'resolve', 'suggest', 'decide', 'assign'],
  quan_tri: ['comment', 'reply', 'resolve', 'suggest', 'decide', 'assign'],
};

export function may(who: Reviewer | null, action: ReviewAction): boolean {
  if (!who) return false;
  return (rights[who.role as ReviewRole] ?? []).includes(action);
}

/** The local user's identity when no hub account is signed in. */
export const LOCAL_ROLE: ReviewRole = 'quan_tri';
