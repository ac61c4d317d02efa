import type { HubAccess, HubRole } from '../../common/api/hub.api';
import type { ArticleStatus } from '../../common/article/model';
import { canChangeStatus } from '../../common/article/workflow';

/**
 * The newsroom's rights (GLOSSARY.md, "People and rights"), decided here and
 * only here: the hub checks every connection and every status change with
 * these functions, whatever a client claims. Pure, so each rule is tested
 * on its own.
 */
export interface Actor {
  id: number;
  role: HubRole;
}

export interface ArticleFacts {
  authorId: number;
  status: ArticleStatus;
}

const BOARD: ReadonlySet<HubRole> = new Set(['reviewer', 'board_head']);
/** A writer may change the text while the article is being written. */
const WRITABLE: ReadonlySet<ArticleStatus> = new Set(['draft', 'returned']);

/** A member of the editorial board (ban biên tập): reviews, decides, is assigned articles. */
export function isBoard(actor: Pick<Actor, 'role'>): boolean {
  return BOARD.has(actor.role);
}

/** What `actor` may do with the article's document, or null when they may not see it. */
export function accessTo(actor: Actor, article: ArticleFacts): HubAccess | null {
  const own = article.authorId === actor.id;
  switch (actor.role) {
    case 'contributor':
      if (!own) return null;
      return WRITABLE.has(article.status) ? 'write' : 'read';
    case 'editor':
      // Comments and suggestions live in the document: editors may add them while it is in review.
      return WRITABLE.has(article.status) || article.status === 'in_review' ? 'write' : 'read';
    case 'reviewer':
    case 'board_head':
      if (own && WRITABLE.has(article.status)) return 'write';
      if (article.status === 'draft') return own ? 'write' : null;
      // The board comments and suggests in the document while it is in review.
      return article.status === 'in_review' ? 'write' : 'read';
    case 'admin':
      return null;
  }
}

/** May `actor` start a new article on the hub (they become its author)? */
export function mayCreate(actor: Actor): boolean {
  return actor.role !== 'admin';
}

/** May `actor` move the article from its status to `to`? The workflow must allow the step too. */
export function mayChangeStatus(actor: Actor, article: ArticleFacts, to: ArticleStatus): boolean {
  const from = article.status;
  if (!canChangeStatus(from, to)) return false;
  if (accessTo(actor, article) === null) return false;
  const writer = actor.role === 'editor' || article.authorId === actor.id;
  const board = BOARD.has(actor.role);
  // Send for review, or take it back to drafting.
  if ((from === 'draft' || from === 'returned') && (to === 'in_review' || to === 'draft')) return writer;
  if (from === 'in_review' && to === 'draft') return writer;
  // The board's decisions: approve, return, reopen.
  if (to === 'approved' || to === 'returned') return board;
  if (from !== 'draft' && from !== 'returned' && to === 'in_review') return board;
  // After the portal answered: whoever may send approved articles to it.
  if (to === 'submitted' || to === 'published') return board || actor.role === 'editor';
  return false;
}

/** Only admins manage accounts. */
export function mayManageAccounts(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** An assignment change as the hub reads it: hub user ids of the assignee before and after (null: none). */
export interface AssignmentChange {
  from: number | null;
  to: number | null;
}

/**
 * May `actor` change who reviews the article (phân công, the document's
 * `assignment` map)? Only while it is in review. The board head assigns
 * any board member or clears it; a reviewer takes an unassigned article
 * ("Nhận bài") or gives back their own ("Bỏ nhận"). `assignee` is the
 * account named by `change.to` (null when it does not exist).
 */
export function mayAssign(actor: Actor, article: ArticleFacts, change: AssignmentChange, assignee: Pick<Actor, 'role'> & { disabled?: boolean } | null): boolean {
  if (article.status !== 'in_review' || accessTo(actor, article) !== 'write') return false;
  if (change.to !== null && (!assignee || assignee.disabled || !BOARD.has(assignee.role))) return false;
  if (actor.role === 'board_head') return true;
  if (actor.role !== 'reviewer') return false;
  if (change.to === null) return change.from === actor.id;
  return change.to === actor.id && (change.from === null || change.from === actor.id);
}

/**
 * Whose articles count in the newsroom's statistics for `actor`: a cộng tác
 * viên sees only their own figures; editors, the board and admins the whole
 * newsroom (an admin cannot open articles, but reviews the quarter's figures).
 */
export function statsScope(actor: Actor): 'all' | 'own' {
  return actor.role === 'contributor' ? 'own' : 'all';
}
